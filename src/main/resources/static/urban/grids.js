/* 网格走访覆盖率: the units of the table on a Leaflet map, coloured by the month's coverage; a click drills down. */
(function () {
  const root = document.getElementById('grid-coverage');
  if (!root) return;
  const status = document.getElementById('coverage-map-status');
  const coverage = {};
  root.querySelectorAll('#coverage-table tbody tr[data-code]').forEach(row => {
    const value = row.dataset.coverage;
    coverage[row.dataset.code] = value === undefined || value === '' ? null : parseFloat(value);
  });
  function colour(c) {
    return c >= 90 ? '#1a9850' : c >= 75 ? '#91cf60' : c >= 60 ? '#fee08b' : c >= 40 ? '#fc8d59' : '#d73027';
  }
  const map = L.map('coverage-map', { attributionControl: false });
  const level = root.dataset.level;
  const params = new URLSearchParams({ level: level });
  if (root.dataset.district !== 'true' || level !== 'STREET') params.set('parent', root.dataset.parent);
  const month = document.getElementById('month').value;
  zhili.call('GET', root.dataset.geojson + '?' + params.toString())
    .then(answer => {
      if (!answer.ok) {
        status.textContent = root.dataset.msgMapFailed;
        return;
      }
      const layer = L.geoJSON(answer.body, {
        style: f => {
          const c = coverage[f.properties.code];
          return c === undefined || c === null
            ? { color: '#adb5bd', weight: 0.5, fillColor: '#f8f9fa', fillOpacity: 0.3 }
            : { color: '#495057', weight: 1, fillColor: colour(c), fillOpacity: 0.75 };
        },
        onEachFeature: (f, l) => {
          const c = coverage[f.properties.code];
          l.bindTooltip(f.properties.name + (c === undefined || c === null ? '' : ' · ' + c + '%'));
          l.on('click', () => {
            location.href = level === 'GRID' ? '/urban/grids/' + f.properties.code
              : '/urban/grids?parent=' + f.properties.code + '&month=' + month;
          });
        }
      }).addTo(map);
      if (layer.getLayers().length) map.fitBounds(layer.getBounds());
      else status.textContent = root.dataset.msgNone;
    })
    .catch(() => { status.textContent = root.dataset.msgMapFailed; });
})();
