/* The cockpit (insight/cockpit.html and cockpit-screen.html): the heat map, trends and rising categories loaded after
   the server-rendered tiles, and the tiles kept current from the live stream. No inline script (CSP). */
(function () {
  'use strict';
  var root = document.getElementById('cockpit');
  if (!root) { return; }
  var query = root.dataset.query || '';
  var big = root.dataset.screen === 'big';
  var suffix = query ? '?' + query : '';
  var textColor = big ? '#e6edf3' : '#333';

  function get(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error(url + ' ' + r.status); } return r.json(); });
  }
  /* Links stay on the wall in big-screen mode. */
  function drill(link) {
    return big && link.indexOf('/cockpit?') === 0 ? link.replace('/cockpit?', '/cockpit/screen?') : link;
  }
  function pct(v) { return v === null || v === undefined ? '—' : (v > 0 ? '+' : '') + v + '%'; }

  /* The heat map: the places below the area, coloured by cases received, from the org module's GeoJSON. */
  var childLevel = { DISTRICT: 'STREET', STREET: 'COMMUNITY', COMMUNITY: 'GRID' }[root.dataset.level];
  var geoUrl = '/api/v1/org/geojson?level=' + childLevel + (root.dataset.level === 'DISTRICT' ? '' : '&parent=' + root.dataset.code);
  Promise.all([get('/api/v1/cockpit/heat' + suffix), get(geoUrl)]).then(function (both) {
    var heat = both[0], geo = both[1];
    var list = document.getElementById('cockpit-places');
    var links = {};
    heat.cells.forEach(function (c) {
      links[c.code] = drill(c.link);
      var li = document.createElement('li');
      li.className = 'list-inline-item cockpit-place';
      var a = document.createElement('a');
      a.href = drill(c.link);
      a.dataset.code = c.code;
      a.textContent = c.name + ' ' + c.received;
      li.appendChild(a);
      list.appendChild(li);
    });
    var el = document.getElementById('cockpit-map');
    if (!window.echarts || !geo.features || geo.features.length === 0) { return; }
    echarts.registerMap('cockpit-' + heat.parent, geo);
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: { formatter: function (p) { return p.data ? p.data.label + '：' + p.data.value + ' 件' : ''; } },
      visualMap: { min: 0, max: Math.max(heat.max, 1), calculable: true, left: 0, bottom: 0,
        inRange: { color: ['#fff5eb', '#fd8d3c', '#a50f15'] }, textStyle: { color: textColor } },
      series: [{ type: 'map', map: 'cockpit-' + heat.parent, nameProperty: 'code', roam: true,
        label: { show: heat.cells.length <= 40, formatter: function (p) { return p.data ? p.data.label : ''; }, color: '#222' },
        data: heat.cells.map(function (c) { return { name: c.code, value: c.received, label: c.name }; }) }]
    });
    chart.on('click', function (p) { if (links[p.name]) { location.href = links[p.name]; } });
    el.dataset.drawn = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  }).catch(function (e) { console.warn(e); });

  /* Trends: 13 months of cases received, with 环比 and 同比 of the latest. */
  get('/api/v1/cockpit/trends' + suffix).then(function (t) {
    var months = t.months;
    var last = months[months.length - 1];
    document.getElementById('cockpit-trend-note').textContent =
      last.month + ' 受理 ' + last.received + ' 件，环比 ' + pct(last.monthOnMonth) + '，同比 ' + pct(last.yearOnYear);
    var el = document.getElementById('cockpit-trends');
    if (!window.echarts) { return; }
    echarts.init(el).setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: ['受理量', '环比 %', '同比 %'], textStyle: { color: textColor } },
      grid: { left: 50, right: 50, top: 30, bottom: 25 },
      xAxis: { type: 'category', data: months.map(function (m) { return m.month; }), axisLabel: { color: textColor } },
      yAxis: [{ type: 'value', name: '件', axisLabel: { color: textColor } }, { type: 'value', name: '%', axisLabel: { color: textColor } }],
      series: [
        { name: '受理量', type: 'bar', data: months.map(function (m) { return m.received; }) },
        { name: '环比 %', type: 'line', yAxisIndex: 1, data: months.map(function (m) { return m.monthOnMonth; }) },
        { name: '同比 %', type: 'line', yAxisIndex: 1, lineStyle: { type: 'dashed' }, data: months.map(function (m) { return m.yearOnYear; }) }
      ]
    });
    el.dataset.drawn = 'true';
  }).catch(function (e) { console.warn(e); });

  /* Rising categories, each linking to its cases. */
  get('/api/v1/cockpit/rising' + suffix).then(function (r) {
    var ol = document.getElementById('cockpit-rising');
    if (r.categories.length === 0) { ol.outerHTML = '<p class="text-secondary mb-0">近30天没有上升的类别</p>'; return; }
    r.categories.forEach(function (c) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = c.link;
      a.textContent = (c.path || c.code) + '：' + c.received + ' 件（+' + c.change + (c.percent !== null ? '，' + pct(c.percent) : '') + '）';
      li.appendChild(a);
      ol.appendChild(li);
    });
  }).catch(function (e) { console.warn(e); });

  /* Live tiles: each [data-field] names its value in the summary pushed by the stream. */
  function valueAt(obj, path) {
    return path.split('.').reduce(function (o, k) { return o === null || o === undefined ? o : o[k]; }, obj);
  }
  if (window.EventSource) {
    var live = document.getElementById('cockpit-live');
    var source = new EventSource('/api/v1/cockpit/stream' + suffix);
    source.addEventListener('summary', function (ev) {
      var s = JSON.parse(ev.data);
      document.querySelectorAll('#cockpit-tiles [data-field]').forEach(function (el) {
        var v = valueAt(s, el.dataset.field);
        var text = v === null || v === undefined ? '—' : v + (el.dataset.unit || '');
        if (el.textContent !== text) { el.textContent = text; el.classList.add('kpi-changed'); }
      });
      root.dataset.fingerprint = s.fingerprint;
      live.classList.remove('d-none');
    });
    source.onerror = function () { live.classList.add('d-none'); };
  }

  var clock = document.getElementById('cockpit-clock');
  if (clock) {
    var tick = function () { clock.textContent = new Date().toLocaleString('zh-CN', { hour12: false }); };
    tick();
    setInterval(tick, 1000);
  }
})();
