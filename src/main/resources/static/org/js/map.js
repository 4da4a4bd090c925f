/*
 * 地图: the district's boundary layers drawn from the org API's GeoJSON (WGS84) on a blank background.
 * Grids are fetched for the visible area only once zoomed in, so the page stays fast with ~4,000 grids.
 * The 定位 tool asks /locate for the grid, community and street of a clicked point.
 */
(function () {
  'use strict';
  const el = document.getElementById('org-map');
  if (!el || !window.L) {
    return;
  }
  const msg = el.dataset;
  const api = msg.api;
  const status = document.getElementById('map-status');
  const GRID_ZOOM = 15;
  const levelNames = {
    DISTRICT: msg.msgLevelDistrict, STREET: msg.msgLevelStreet, COMMUNITY: msg.msgLevelCommunity, GRID: msg.msgLevelGrid
  };
  const looks = {
    DISTRICT: { color: '#212529', weight: 3, fill: false },
    STREET: { color: '#d63384', weight: 2.5, fillColor: '#d63384', fillOpacity: 0.04 },
    COMMUNITY: { color: '#0d6efd', weight: 1.2, fillColor: '#0d6efd', fillOpacity: 0.04 },
    GRID: { color: '#495057', weight: 0.6, fillColor: '#adb5bd', fillOpacity: 0.02 }
  };

  const map = L.map(el, { attributionControl: false, zoomSnap: 0.5, preferCanvas: true, minZoom: 11, maxZoom: 19 });
  let locating = false;

  function style(level) {
    // Generated (示意) boundaries are dashed, imported ones solid: the legend says so.
    return feature => Object.assign({}, looks[level],
      { dashArray: feature.properties.source === 'GENERATED' ? '6 4' : null });
  }

  function escape(text) {
    const div = document.createElement('div');
    div.textContent = text == null ? '' : String(text);
    return div.innerHTML;
  }

  function describe(p) {
    return '<strong>' + escape(p.name) + '</strong><br>' +
      escape(levelNames[p.level] || p.level) + ' · ' + escape(msg.msgCode) + ' <code>' + escape(p.code) + '</code><br>' +
      '<span class="badge ' + (p.source === 'GENERATED' ? 'text-bg-warning' : 'text-bg-info') + '">' +
      escape(p.sourceLabel) + '</span> ' +
      '<a href="' + msg.units + encodeURIComponent(p.code) + '">»</a>';
  }

  function onEachFeature(feature, layer) {
    layer.on('click', e => {
      L.DomEvent.stop(e);
      if (locating) {
        locateAt(e.latlng.lng, e.latlng.lat, 'wgs84');
      } else {
        L.popup().setLatLng(e.latlng).setContent(describe(feature.properties)).openOn(map);
      }
    });
    if (feature.properties.level === 'STREET') {
      layer.bindTooltip(escape(feature.properties.shortName), { permanent: true, direction: 'center', className: 'org-label' });
    }
  }

  function layerFor(level) {
    return L.geoJSON(null, { style: style(level), onEachFeature: onEachFeature });
  }

  async function geojson(params) {
    const response = await fetch(api + '/geojson?' + new URLSearchParams(params),
      { headers: { Accept: 'application/geo+json' }, credentials: 'same-origin' });
    if (!response.ok) {
      throw new Error(response.status);
    }
    return response.json();
  }

  const district = layerFor('DISTRICT');
  const streets = layerFor('STREET');
  const communities = layerFor('COMMUNITY');
  const grids = layerFor('GRID');
  [district, streets, communities, grids].forEach(l => l.addTo(map));
  L.control.layers(null, {
    [msg.msgDistrict]: district, [msg.msgStreets]: streets, [msg.msgCommunities]: communities, [msg.msgGrids]: grids
  }, { collapsed: window.innerWidth < 768 }).addTo(map);

  // Legend: what dashed and solid lines mean.
  const legend = L.control({ position: 'bottomright' });
  legend.onAdd = () => {
    const div = L.DomUtil.create('div', 'org-legend');
    div.innerHTML = '<strong>' + escape(msg.msgLegend) + '</strong><br><span class="org-legend-levels">' +
      ['STREET', 'COMMUNITY', 'GRID'].map(l => '<span class="swatch imported" style="border-color:' + looks[l].color +
        '"></span>' + escape(levelNames[l]) + '<br>').join('') + '</span>' +
      '<span class="swatch generated" style="border-color:#6c757d"></span>' + escape(msg.msgGenerated) +
      '<br><span class="swatch imported" style="border-color:#6c757d"></span>' + escape(msg.msgImported);
    return div;
  };
  legend.addTo(map);

  // 定位: a toggle; while on, a click anywhere asks which grid, community and street it is in.
  const locateControl = L.control({ position: 'topleft' });
  locateControl.onAdd = () => {
    const div = L.DomUtil.create('div', 'leaflet-bar org-locate');
    const a = L.DomUtil.create('a', '', div);
    a.href = '#';
    a.title = msg.msgLocateHint;
    a.setAttribute('role', 'button');
    a.setAttribute('aria-label', msg.msgLocate);
    a.innerHTML = '<i class="bi bi-crosshair"></i>';
    L.DomEvent.on(a, 'click', e => {
      L.DomEvent.stop(e);
      locating = !locating;
      div.classList.toggle('active', locating);
      el.classList.toggle('locating', locating);
      a.title = locating ? msg.msgLocateOff : msg.msgLocateHint;
      status.textContent = locating ? msg.msgLocateHint : '';
    });
    return div;
  };
  locateControl.addTo(map);
  map.on('click', e => {
    if (locating) {
      locateAt(e.latlng.lng, e.latlng.lat, 'wgs84');
    }
  });

  let marker = null;
  async function locateAt(lng, lat, crs) {
    const response = await fetch(api + '/locate?' + new URLSearchParams({ lng: lng, lat: lat, crs: crs }),
      { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    const body = await response.json();
    let at;
    let html;
    if (response.ok) {
      at = L.latLng(body.wgs84.lat, body.wgs84.lng);
      html = ['grid', 'community', 'street'].filter(k => body[k]).map(k =>
        escape(levelNames[k.toUpperCase()]) + '：<strong>' + escape(body[k].name) + '</strong> <code>' +
        escape(body[k].code) + '</code>').join('<br>');
    } else {
      at = crs === 'wgs84' ? L.latLng(lat, lng) : null;
      html = escape(response.status === 404 ? msg.msgLocateFailed : (body.detail || response.status));
    }
    status.textContent = html.replace(/<[^>]+>/g, ' ');
    if (!at) {
      return;
    }
    if (marker) {
      marker.remove();
    }
    marker = L.circleMarker(at, { radius: 6, color: '#dc3545', fillOpacity: 0.8 }).addTo(map);
    L.popup().setLatLng(at).setContent(html).openOn(map);
    if (!map.getBounds().contains(at)) {
      map.panTo(at);
    }
  }

  document.getElementById('locate-form').addEventListener('submit', e => {
    e.preventDefault();
    const form = new FormData(e.target);
    locateAt(form.get('lng').trim(), form.get('lat').trim(), form.get('crs'));
  });

  // Grids: the whole scope when it is a few communities, otherwise what is in view once zoomed in.
  let gridsForScope = false;
  let gridRequest = 0;
  async function refreshGrids() {
    if (gridsForScope || !map.hasLayer(grids)) {
      return;
    }
    if (map.getZoom() < GRID_ZOOM) {
      grids.clearLayers();
      status.textContent = locating ? msg.msgLocateHint : msg.msgGridsZoom;
      return;
    }
    const b = map.getBounds().pad(0.2);
    const request = ++gridRequest;
    const data = await geojson({ level: 'GRID', bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(v => v.toFixed(6)).join(',') });
    if (request === gridRequest) {
      grids.clearLayers();
      grids.addData(data);
      status.textContent = locating ? msg.msgLocateHint : '';
    }
  }
  map.on('moveend overlayadd', refreshGrids);

  function focusOn(code) {
    let found = null;
    [grids, communities, streets, district].forEach(group => group.eachLayer(layer => {
      if (!found && layer.feature && layer.feature.properties.code === code) {
        found = layer;
      }
    }));
    if (found) {
      found.setStyle({ color: '#dc3545', weight: 3, fillOpacity: 0.15 });
      found.bringToFront();
      map.fitBounds(found.getBounds().pad(0.5), { maxZoom: 17 });
      L.popup().setLatLng(found.getBounds().getCenter()).setContent(describe(found.feature.properties)).openOn(map);
    }
    return found;
  }

  status.textContent = msg.msgLoading;
  Promise.all([geojson({ level: 'DISTRICT' }), geojson({ level: 'STREET' }), geojson({ level: 'COMMUNITY' })])
    .then(async ([d, s, c]) => {
      district.addData(d);
      streets.addData(s);
      communities.addData(c);
      const scope = c.features.length ? communities : (s.features.length ? streets : district);
      if (scope.getLayers().length) {
        map.fitBounds(scope.getBounds());
      } else {
        map.setView([39.11, 117.15], 13);
      }
      if (c.features.length > 0 && c.features.length <= 5) {
        gridsForScope = true;
        grids.addData(await geojson({ level: 'GRID' }));
      }
      const focus = msg.focus;
      if (focus && focus.length === 15 && !gridsForScope) {
        grids.addData(await geojson({ level: 'GRID', parent: focus.substring(0, 12) }));
      }
      status.textContent = '';
      if (focus) {
        focusOn(focus);
      }
      refreshGrids();
    })
    .catch(() => { status.textContent = msg.msgLoadFailed; });
})();
