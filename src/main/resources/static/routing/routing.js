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
      series: [{ type: 'bar', data: rows.map(r => r[1]), name: root.dataset.msgAccuracy }]
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
    rulesStatus.textContent = answer.ok ? root.dataset.msgSaved.replace('{0}', row.cells[0].textContent) : zhili.problemText(answer, root.dataset.msgFailed);
  }));

  const modelStatus = document.getElementById('model-status');
  const retrain = document.getElementById('retrain');
  if (retrain) retrain.addEventListener('click', async () => {
    retrain.disabled = true;
    modelStatus.className = 'small mt-2 mb-0 text-secondary';
    modelStatus.textContent = root.dataset.msgTraining;
    const answer = await zhili.call('POST', api + '/model/retrain', {});
    retrain.disabled = false;
    if (answer.ok) {
      const r = answer.body;
      const compared = root.dataset.msgCompared.replace('{0}', r.heldOut)
        .replace('{1}', r.before.macroF1.toFixed(3)).replace('{2}', r.after.macroF1.toFixed(3))
        .replace('{3}', r.before.accuracy.toFixed(3)).replace('{4}', r.after.accuracy.toFixed(3));
      if (r.accepted) {
        modelStatus.className = 'small mt-2 mb-0 text-success';
        modelStatus.textContent = root.dataset.msgTrained.replace('{0}', r.version).replace('{1}', r.examples)
          .replace('{2}', r.historyExamples).replace('{3}', Math.round(r.agreement * 1000) / 10 + '%') + '。' + compared;
        document.getElementById('model-version').textContent = r.version;
      } else {
        modelStatus.className = 'small mt-2 mb-0 text-warning-emphasis';
        modelStatus.textContent = root.dataset.msgRejected.replace('{0}', r.version).replace('{1}', r.heldOut)
          .replace('{2}', r.after.macroF1.toFixed(3)).replace('{3}', r.before.macroF1.toFixed(3));
      }
      const perCategory = document.createElement('ul');
      perCategory.className = 'list-unstyled mb-0 mt-1';
      perCategory.id = 'retrain-per-category';
      Object.keys(r.after.f1ByCategory).forEach(name => {
        const li = document.createElement('li');
        const before = r.before.f1ByCategory[name];
        li.textContent = name + ' F1 ' + (before === undefined ? '—' : before.toFixed(3)) + ' → ' + r.after.f1ByCategory[name].toFixed(3);
        perCategory.appendChild(li);
      });
      modelStatus.appendChild(perCategory);
    } else {
      modelStatus.className = 'small mt-2 mb-0 text-danger';
      modelStatus.textContent = zhili.problemText(answer, root.dataset.msgFailed);
    }
  });
  const revert = document.getElementById('revert');
  if (revert) revert.addEventListener('click', async () => {
    const answer = await zhili.call('POST', api + '/model/revert', {});
    if (answer.ok) location.reload(); else modelStatus.textContent = zhili.problemText(answer, root.dataset.msgFailed);
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
      if (button.dataset.decide === 'merge') {
        // The merged case is closed: every suggestion it takes part in is settled with it.
        root.querySelectorAll('[data-case="' + row.dataset.case + '"], [data-candidate="' + row.dataset.case + '"]')
          .forEach(r => r.remove());
      }
      row.remove();
      status.className = 'small text-success';
      status.textContent = button.dataset.decide === 'merge' ? root.dataset.msgMerged : root.dataset.msgDismissed;
    } else {
      status.className = 'small text-danger';
      status.textContent = zhili.problemText(answer, root.dataset.msgFailed);
    }
  }));
})();
