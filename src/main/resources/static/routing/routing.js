/*
 * 智能分拨 pages (API calls through the layout's window.zhili): draws the accuracy chart, saves auto-dispatch rules, retrains, merges or dismisses repeated requests, and
 * turns hot spots into proactive cases.
 */

(function () {
  const root = document.getElementById('routing-overview');
  if (!root) return;
  const api = root.dataset.api;

  const chart = document.getElementById('accuracy-chart');
  if (chart && window.echarts) {
    const names = chart.dataset.names ? chart.dataset.names.split(',') : [];
    const values = chart.dataset.values ? chart.dataset.values.split(',') : [];
    const rows = names.map((n, i) => [n, values[i] === '' ? null : Math.round(parseFloat(values[i]) * 1000) / 10]);
    echarts.init(chart).setOption({
      grid: { left: 40, right: 10, top: 20, bottom: 40 },
      tooltip: { trigger: 'axis', valueFormatter: v => v == null ? '—' : v + '%' },
      xAxis: { type: 'category', data: rows.map(r => r[0]), axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [{ type: 'bar', data: rows.map(r => r[1]), name: '准确率' }]
    });
  }

  const rulesStatus = document.getElementById('rules-status');
  document.querySelectorAll('#rules .rule-save').forEach(button => button.addEventListener('click', async () => {
    const row = button.closest('tr');
    const threshold = row.querySelector('.rule-threshold').value;
    const answer = await zhili.call('PUT', api + '/rules/' + row.dataset.code, {
      autoDispatch: row.querySelector('.rule-auto').checked,
      threshold: threshold === '' ? null : parseFloat(threshold)
    });
    rulesStatus.className = 'small mt-2 mb-0 ' + (answer.ok ? 'text-success' : 'text-danger');
    rulesStatus.textContent = answer.ok ? '已保存：' + row.cells[0].textContent : zhili.problemText(answer, '操作失败');
  }));

  const modelStatus = document.getElementById('model-status');
  const retrain = document.getElementById('retrain');
  if (retrain) retrain.addEventListener('click', async () => {
    retrain.disabled = true;
    modelStatus.className = 'small mt-2 mb-0 text-secondary';
    modelStatus.textContent = '正在训练，约需半分钟……';
    const answer = await zhili.call('POST', api + '/model/retrain', {});
    retrain.disabled = false;
    if (answer.ok) {
      modelStatus.className = 'small mt-2 mb-0 text-success';
      modelStatus.textContent = '已启用 ' + answer.body.version + '：' + answer.body.examples + ' 条样本（平台历史 '
        + answer.body.historyExamples + ' 条），与原模型在语料抽样上一致 ' + Math.round(answer.body.agreement * 1000) / 10 + '%';
      document.getElementById('model-version').textContent = answer.body.version;
    } else {
      modelStatus.className = 'small mt-2 mb-0 text-danger';
      modelStatus.textContent = zhili.problemText(answer, '操作失败');
    }
  });
  const revert = document.getElementById('revert');
  if (revert) revert.addEventListener('click', async () => {
    const answer = await zhili.call('POST', api + '/model/revert', {});
    if (answer.ok) location.reload(); else modelStatus.textContent = zhili.problemText(answer, '操作失败');
  });
})();

(function () {
  const root = document.getElementById('routing-duplicates');
  if (!root) return;
  const api = root.dataset.api;
  const status = document.getElementById('duplicates-status');
  root.querySelectorAll('[data-decide]').forEach(button => button.addEventListener('click', async () => {
    const row = button.closest('[data-case]');
    const answer = await zhili.call('POST', api + '/duplicates/' + row.dataset.case + '/' + row.dataset.candidate
      + '/' + button.dataset.decide, {});
    if (answer.ok) {
      row.remove();
      status.className = 'small text-success';
      status.textContent = button.dataset.decide === 'merge' ? '已合并' : '已忽略';
    } else {
      status.className = 'small text-danger';
      status.textContent = zhili.problemText(answer, '操作失败');
    }
  }));
})();
