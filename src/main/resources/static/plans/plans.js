// Target cards: actual values (year to date) against the target, one small ECharts chart per card.
document.querySelectorAll('.target-chart').forEach(function (el) {
  var periods = el.dataset.periods.split(',');
  var values = el.dataset.values.split(',').map(Number);
  var target = Number(el.dataset.target);
  echarts.init(el).setOption({
    grid: { left: 40, right: 8, top: 8, bottom: 20 },
    xAxis: { type: 'category', data: periods },
    yAxis: { type: 'value', scale: true },
    tooltip: { trigger: 'axis' },
    series: [
      { type: 'line', data: values, name: el.closest('.card').querySelector('strong').textContent },
      { type: 'line', data: periods.map(function () { return target; }), lineStyle: { type: 'dashed' }, symbol: 'none' }
    ]
  });
});
// Review page: clicking an extracted item shows where it stands in the source.
document.querySelectorAll('[data-start]').forEach(function (el) {
  el.addEventListener('click', function () {
    var mark = document.getElementById('src-' + el.dataset.start);
    if (mark) { mark.scrollIntoView({ block: 'center' }); mark.classList.add('bg-warning'); }
  });
});
// Forms that call the API (report progress, 督办): JSON of their fields; the problem's detail on failure.
document.querySelectorAll('form.api-form').forEach(function (form) {
  form.addEventListener('submit', async function (ev) {
    ev.preventDefault();
    var body = {};
    new FormData(form).forEach(function (v, k) { if (v !== '') { body[k] = v; } });
    ['percent', 'replyWorkingDays', 'value'].forEach(function (k) { if (body[k] !== undefined) { body[k] = Number(body[k]); } });
    if (body.evidence !== undefined) { body.evidence = body.evidence.split(/[,，、]/).map(function (s) { return s.trim(); }).filter(Boolean); }
    var answer = await zhili.call(form.dataset.method || 'POST', form.dataset.api, body);
    if (answer.ok) { location.reload(); return; }
    var box = form.querySelector('.form-problem');
    box.textContent = zhili.problemText(answer, '提交失败'); box.classList.remove('d-none');
  });
});
