/* The scripts of insight/topics.html and insight/topic.html, kept out of the pages so that the CSP allows no inline script. */
(function () {
  'use strict';
  var form = document.getElementById('topic-form');
  if (form) {
    form.addEventListener('submit', async function (ev) {
      ev.preventDefault();
      var f = form.elements;
      var selected = function (select) { return Array.from(select.selectedOptions).map(function (o) { return o.value; }); };
      var answer = await zhili.call('POST', form.dataset.api, {
        title: f.title.value, problem: f.problem.value, categories: selected(f.categories),
        leadUnits: selected(f.leadUnits), actions: f.actions.value, start: f.start.value || null,
        baselineMonths: Number(f.baselineMonths.value), published: f.published.checked
      });
      if (answer.ok) { location.href = '/topics/' + answer.body.topic.id; return; }
      var box = form.querySelector('.form-problem');
      box.textContent = zhili.problemText(answer, '提交失败');
      box.classList.remove('d-none');
    });
  }
  zhili.stepForms('form.topic-step');
  var chart = document.getElementById('topic-chart');
  if (chart && window.echarts) {
    var rows = JSON.parse(chart.dataset.rows);
    echarts.init(chart).setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: ['本题解决率', '可比类别解决率', '本题诉求量'] },
      xAxis: { type: 'category', data: rows.map(function (r) { return r.month; }) },
      yAxis: [{ type: 'value', name: '%', max: 100 }, { type: 'value', name: '件' }],
      series: [
        { name: '本题解决率', type: 'line', data: rows.map(function (r) { return r.resolution; }) },
        { name: '可比类别解决率', type: 'line', lineStyle: { type: 'dashed' }, data: rows.map(function (r) { return r.othersResolution; }) },
        { name: '本题诉求量', type: 'bar', yAxisIndex: 1, data: rows.map(function (r) { return r.received; }),
          markLine: { symbol: 'none', data: [{ xAxis: chart.dataset.start }] } }
      ]
    });
  }
})();
