/* 热点预警: the areas on a Leaflet map shaded by how surprising their counts are, a sparkline per hot spot
 * (the baseline periods and the recent one), and the leader's actions. */
(function () {
  const root = document.getElementById('routing-hot-spots');
  if (!root) return;
  const api = root.dataset.api;
  const status = document.getElementById('hot-spots-status');
  const items = Array.from(root.querySelectorAll('#hot-spot-list [data-id]'));
  const heat = {};
  items.forEach(item => {
    const score = -Math.log10(Math.max(parseFloat(item.dataset.p), 1e-12));
    heat[item.dataset.area] = Math.max(heat[item.dataset.area] || 0, score);
    const history = item.dataset.history.split(',').map(Number);
    const spark = item.querySelector('.sparkline');
    if (spark && window.echarts) {
      echarts.init(spark).setOption({
        grid: { left: 2, right: 2, top: 4, bottom: 4 },
        xAxis: { type: 'category', show: false, data: history.map((_, i) => i) },
        yAxis: { type: 'value', show: false, min: 0 },
        series: [{ type: 'bar', data: history.map((v, i) => ({ value: v,
          itemStyle: { color: i === history.length - 1 ? '#dc3545' : '#adb5bd' } })) }]
      });
    }
  });

  const map = L.map('hot-spot-map', { attributionControl: false });
  function colour(score) {
    return score >= 6 ? '#800026' : score >= 4 ? '#bd0026' : score >= 3 ? '#e31a1c' : score >= 2 ? '#fc4e2a' : '#fd8d3c';
  }
  function mapFailed() {
    status.className = 'small text-danger';
    status.textContent = root.dataset.msgMapFailed;
  }
  zhili.call('GET', root.dataset.geojson)
    .then(answer => {
      if (!answer.ok) return mapFailed();
      const geojson = answer.body;
      const layer = L.geoJSON(geojson, {
        style: f => {
          const score = heat[f.properties.code];
          return score ? { color: '#6c757d', weight: 1, fillColor: colour(score), fillOpacity: 0.7 }
            : { color: '#adb5bd', weight: 0.5, fillOpacity: 0.05 };
        },
        onEachFeature: (f, l) => l.bindTooltip(f.properties.name + (heat[f.properties.code]
          ? root.dataset.msgTooltip.replace('{0}', heat[f.properties.code].toFixed(1)) : ''))
      }).addTo(map);
      map.fitBounds(layer.getBounds());
    })
    .catch(mapFailed);

  items.forEach(item => item.querySelectorAll('[data-act]').forEach(button => button.addEventListener('click', async () => {
    const note = item.querySelector('.proactive-note');
    const answer = await zhili.call('POST', api + '/hot-spots/' + item.dataset.id + '/' + button.dataset.act,
      button.dataset.act === 'proactive' ? { note: note ? note.value : null } : {});
    if (answer.ok) {
      status.className = 'small text-success';
      status.textContent = button.dataset.act === 'proactive'
        ? root.dataset.msgProactive.replace('{0}', answer.body.trackingNumber).replace('{1}', answer.body.leadUnit.name)
        : root.dataset.msgDismissed;
      button.parentElement.remove();
    } else {
      status.className = 'small text-danger';
      status.textContent = zhili.problemText(answer, root.dataset.msgFailed);
    }
  })));

  const detect = document.getElementById('detect');
  if (detect) detect.addEventListener('click', async () => {
    const answer = await zhili.call('POST', api + '/hot-spots/detect', {});
    if (answer.ok) location.reload(); else { status.className = 'small text-danger'; status.textContent = zhili.problemText(answer, root.dataset.msgFailed); }
  });
})();
