// 统计与排名: period inputs that fit the chosen period, and the ranking charts drawn from the ranking tables.
(function () {
  'use strict';

  // Custom periods take from/to; the others a date inside them.
  const period = document.getElementById('period');
  function fitInputs() {
    const custom = period.value === 'custom';
    document.querySelectorAll('.stats-custom').forEach(el => { el.hidden = !custom; el.querySelector('input').disabled = !custom; });
    document.querySelectorAll('.stats-single').forEach(el => { el.hidden = custom; el.querySelector('input').disabled = custom; });
  }
  if (period) {
    period.addEventListener('change', fitInputs);
    fitInputs();
  }

  if (typeof echarts === 'undefined') {
    return;
  }
  const FIGURES = ['composite', 'response', 'resolution', 'satisfaction'];
  const COLORS = { composite: '#0d6efd', response: '#20c997', resolution: '#fd7e14', satisfaction: '#6f42c1' };
  const charts = [];

  function number(value) {
    return value === undefined || value === '' ? null : Number(value);
  }

  function draw(box) {
    const table = document.getElementById(box.dataset.table);
    const rows = Array.from(table.querySelectorAll('tbody tr'));
    const all = rows.length <= 12;
    box.style.height = (rows.length * (all ? 44 : 24) + 70) + 'px';
    const chart = echarts.init(box, null, { renderer: 'canvas' });
    const names = FIGURES.map(f => box.dataset[f]);
    const selected = {};
    FIGURES.forEach((f, i) => { selected[names[i]] = all || f === 'composite'; });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 48, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, selected: selected },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', min: 0, max: 100 },
      yAxis: { type: 'category', inverse: true, data: rows.map(r => r.dataset.name) },
      series: FIGURES.map((f, i) => ({
        name: names[i], type: 'bar', itemStyle: { color: COLORS[f] }, barMaxWidth: 14,
        label: { show: f === 'composite', position: 'right', formatter: p => p.value == null ? '' : p.value },
        data: rows.map(r => number(r.dataset[f]))
      }))
    });
    // A bar opens the cases behind it, where the viewer may see them (the same link as the table's).
    chart.on('click', p => {
      const row = rows[p.dataIndex];
      const link = row && row.querySelector('td[data-figure="' + FIGURES[p.seriesIndex] + '"] a');
      if (link) {
        window.location.href = link.href;
      }
    });
    charts.push(chart);
    return chart;
  }

  document.querySelectorAll('.stats-chart').forEach(box => {
    if (box.offsetWidth > 0) {
      draw(box);
    }
  });
  // Charts in tabs not yet shown are drawn when their tab opens (a hidden box has no size).
  document.querySelectorAll('[data-bs-toggle="tab"]').forEach(tab => tab.addEventListener('shown.bs.tab', () => {
    document.querySelectorAll('.stats-chart').forEach(box => {
      if (box.offsetWidth > 0 && !echarts.getInstanceByDom(box)) {
        draw(box);
      }
    });
    charts.forEach(c => c.resize());
  }));
  window.addEventListener('resize', () => charts.forEach(c => c.resize()));
})();
