/* 管理部件 map: the district's streets (and grids when close) as the background, the components of the chosen 大类
 * in the visible box from the API, coloured by state — gathered into counted cells when there are too many to draw —
 * and a component's details (and, for the 监督中心, its state) beside the map. */
(function () {
  const root = document.getElementById('urban-components');
  if (!root) return;
  const api = root.dataset.api;
  const status = document.getElementById('component-status');
  const colours = { INTACT: '#198754', DAMAGED: '#fd7e14', LOST: '#dc3545', OCCUPIED: '#6f42c1' };
  document.querySelectorAll('.state-dot').forEach(d => { d.style.background = colours[d.dataset.state]; });

  const map = L.map('component-map', { attributionControl: false, preferCanvas: true });
  map.setView([39.11, 117.15], 13);
  const background = L.layerGroup().addTo(map);
  const grids = L.layerGroup().addTo(map);
  const components = L.layerGroup().addTo(map);
  const renderer = L.canvas({ padding: 0.2 });
  let selected = null;

  zhili.call('GET', root.dataset.streets).then(answer => {
    if (!answer.ok) return;
    const layer = L.geoJSON(answer.body, {
      style: { color: '#6c757d', weight: 1, fillOpacity: 0.03 },
      onEachFeature: (f, l) => l.bindTooltip(f.properties.name, { sticky: true })
    }).addTo(background);
    // The district as a whole, unless someone has already gone to a component while the streets were loading.
    // Without animation: Leaflet drops a setView asked for while a zoom animation runs (a search answered meanwhile).
    if (!selected) map.fitBounds(layer.getBounds(), { animate: false });
    root.dataset.ready = 'true';
  });

  function majors() {
    return Array.from(root.querySelectorAll('#component-layers input:checked')).map(i => i.value);
  }

  let request = 0;
  async function refresh() {
    const mine = ++request;
    const b = map.getBounds();
    const bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(v => v.toFixed(6)).join(',');
    const chosen = majors();
    const answer = chosen.length
      ? await zhili.call('GET', api + '/map?bbox=' + bbox + '&majors=' + chosen.join(','))
      : { ok: true, body: { features: [], clustered: false } };
    if (mine !== request) return;
    components.clearLayers();
    if (!answer.ok) {
      status.className = 'small text-danger mt-1';
      status.textContent = zhili.problemText(answer, root.dataset.msgFailed);
      return;
    }
    const body = answer.body;
    status.className = 'small text-secondary mt-1';
    if (body.clustered) {
      let total = 0;
      body.features.forEach(f => {
        const p = f.properties;
        total += p.count;
        const [lng, lat] = f.geometry.coordinates;
        const radius = 6 + Math.min(18, Math.sqrt(p.count));
        // Orange where more than one in twenty-five is not 完好: a cell worth a closer look.
        L.circleMarker([lat, lng], { renderer, radius, weight: 1, color: '#0d6efd',
          fillColor: p.faulty * 25 > p.count ? '#fd7e14' : '#0d6efd', fillOpacity: 0.45 })
          .bindTooltip(p.count + (p.faulty ? ' / ' + p.faulty : ''))
          .on('click', () => map.setView([lat, lng], map.getZoom() + 2))
          .addTo(components);
      });
      status.textContent = root.dataset.msgClustered.replace('{0}', total);
    } else {
      body.features.forEach(f => {
        const p = f.properties;
        const colour = colours[p.state] || '#0d6efd';
        let layer;
        if (f.geometry.type === 'LineString') {
          layer = L.polyline(f.geometry.coordinates.map(c => [c[1], c[0]]), { renderer, color: colour, weight: 4 });
        } else {
          const [lng, lat] = f.geometry.coordinates;
          layer = L.circleMarker([lat, lng], { renderer, radius: p.id === selected ? 8 : 5, weight: 1,
            color: '#fff', fillColor: colour, fillOpacity: 0.9 });
        }
        layer.bindTooltip(p.name + ' ' + p.id).on('click', () => show(p.id)).addTo(components);
      });
      status.textContent = root.dataset.msgShown.replace('{0}', body.features.length);
    }
    grids.clearLayers();
    if (map.getZoom() >= 16) {
      const g = await zhili.call('GET', root.dataset.grids + '&bbox=' + bbox);
      if (g.ok && mine === request) {
        L.geoJSON(g.body, { style: { color: '#adb5bd', weight: 0.6, dashArray: '3', fillOpacity: 0 },
          interactive: false }).addTo(grids);
      }
    }
  }

  const labels = {};
  root.querySelectorAll('#component-labels').forEach(t =>
    t.content.querySelectorAll('[data-key]').forEach(s => { labels[s.dataset.key] = s.textContent; }));

  async function show(id, fly) {
    const answer = await zhili.call('GET', api + '/' + encodeURIComponent(id));
    const card = document.getElementById('component-detail');
    if (!answer.ok) {
      status.className = 'small text-danger mt-1';
      status.textContent = zhili.problemText(answer, root.dataset.msgNone);
      return;
    }
    const c = answer.body;
    selected = c.id;
    card.hidden = false;
    const rows = Object.keys(labels).filter(k => c[k] != null && c[k] !== '')
      .map(k => '<dt class="col-5 fw-normal text-secondary">' + zhili.text(labels[k]) + '</dt><dd class="col-7 mb-1">'
        + zhili.text(c[k]) + '</dd>');
    (c.attributes || []).forEach(a => rows.push('<dt class="col-5 fw-normal text-secondary">' + zhili.text(a.label)
      + '</dt><dd class="col-7 mb-1">' + zhili.text(a.value) + '</dd>'));
    document.getElementById('component-fields').innerHTML = rows.join('');
    const form = document.getElementById('component-edit');
    if (form) form.state.value = c.state;
    document.getElementById('component-edit-result').textContent = '';
    if (fly) map.setView([c.lat, c.lng], 18, { animate: false });
  }

  const edit = document.getElementById('component-edit');
  if (edit) edit.addEventListener('submit', async e => {
    e.preventDefault();
    const box = document.getElementById('component-edit-result');
    const answer = await zhili.call('PATCH', api + '/' + selected, { state: edit.state.value });
    box.className = 'small mt-1 ' + (answer.ok ? 'text-success' : 'text-danger');
    box.textContent = answer.ok ? root.dataset.msgSaved : zhili.problemText(answer, root.dataset.msgFailed);
    if (answer.ok) { show(selected); refresh(); }
  });

  document.getElementById('component-search').addEventListener('submit', async e => {
    e.preventDefault();
    const q = e.target.q.value.trim();
    if (!q) return;
    if (/^[0-9]{16}$/.test(q)) return show(q, true);
    const answer = await zhili.call('GET', api + '?size=1&q=' + encodeURIComponent(q));
    if (answer.ok && answer.body.items.length) show(answer.body.items[0].id, true);
    else { status.className = 'small text-danger mt-1'; status.textContent = root.dataset.msgNone; }
  });

  root.querySelectorAll('#component-layers input').forEach(i => i.addEventListener('change', refresh));
  let timer = null;
  map.on('moveend', () => { clearTimeout(timer); timer = setTimeout(refresh, 150); });
  refresh();
})();
