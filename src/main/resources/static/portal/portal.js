// The public request form: a searchable category list, a map to pick the place, at most 3 photos.
(function () {
  'use strict';
  var search = document.getElementById('category-search');
  var select = document.getElementById('categoryCode');
  if (search && select) {
    search.addEventListener('input', function () {
      var q = search.value.trim();
      Array.prototype.forEach.call(select.options, function (o) {
        o.hidden = q !== '' && o.value !== '' && o.text.indexOf(q) < 0;
      });
    });
  }

  var photos = document.getElementById('photos');
  if (photos) {
    photos.addEventListener('change', function () {
      photos.setCustomValidity(photos.files.length > 3 ? '最多上传 3 张照片' : '');
      photos.reportValidity();
    });
  }

  var mapDiv = document.getElementById('portal-map');
  if (!mapDiv || typeof L === 'undefined') {
    return;
  }
  // No tile server: the map draws only the district's streets, which is enough to point at a place.
  var map = L.map(mapDiv, { attributionControl: false, zoomSnap: 0.25 }).setView([39.13, 117.15], 12);
  var lng = document.getElementById('lng');
  var lat = document.getElementById('lat');
  var label = document.getElementById('point-label');
  var marker = null;
  function place(latlng) {
    if (marker) {
      marker.setLatLng(latlng);
    } else {
      marker = L.circleMarker(latlng, { radius: 8, color: '#d63384', weight: 3 }).addTo(map);
    }
    lng.value = latlng.lng.toFixed(6);
    lat.value = latlng.lat.toFixed(6);
    label.textContent = '已选位置：' + lng.value + ', ' + lat.value;
  }
  window.zhili.call('GET', mapDiv.dataset.boundaries, undefined, { Accept: 'application/geo+json' }).then(function (answer) {
    if (!answer.ok) {
      return;
    }
    var layer = L.geoJSON(answer.body, {
      style: { color: '#0d6efd', weight: 1, fillOpacity: 0.06 },
      onEachFeature: function (f, l) {
        l.bindTooltip(f.properties.name, { sticky: true });
        l.on('click', function (e) { place(e.latlng); });
      }
    }).addTo(map);
    map.fitBounds(layer.getBounds());
    if (lng.value && lat.value) {
      place(L.latLng(parseFloat(lat.value), parseFloat(lng.value)));
    }
  });
})();
