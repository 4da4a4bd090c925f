/* 边界导入: uploads a layer, shows the validation report, and restores generated layers. */
(function () {
  'use strict';
  const form = document.getElementById('import-form');
  const f = form.elements;
  const api = form.dataset.api;
  const report = document.getElementById('import-report');
  const summary = document.getElementById('import-summary');
  const counts = document.getElementById('import-counts');
  const table = document.getElementById('rejections-table');

  function levelName(level) {
    return report.dataset['level' + level.charAt(0) + level.slice(1).toLowerCase()] || level;
  }

  function format(template, values) {
    return template.replace(/\{(\d)\}/g, (m, i) => values[Number(i)]);
  }

  function show(result) {
    report.classList.remove('d-none');
    const body = result.body || {};
    const r = result.status === 422 ? body.report : body;
    table.querySelector('tbody').innerHTML = '';
    table.classList.add('d-none');
    if (!r || typeof r !== 'object' || r.features === undefined) {
      summary.className = 'alert alert-danger mb-2';
      summary.textContent = body.detail || String(result.status);
      counts.textContent = (body.errors || []).map(e => e.field + '：' + e.message).join('；');
      return;
    }
    summary.className = 'alert mb-2 ' + (result.ok ? 'alert-success' : 'alert-danger');
    summary.textContent = result.ok ? (r.applied ? report.dataset.applied : report.dataset.checked) : report.dataset.rejected;
    counts.textContent = format(report.dataset.features, [r.features, r.accepted]) +
      (r.regenerated && r.regenerated.length ? '；' + report.dataset.regenerated + '：' + r.regenerated.map(levelName).join('、') : '');
    if (r.rejected && r.rejected.length) {
      table.querySelector('tbody').innerHTML = r.rejected.map(x => '<tr><td>' +
        (x.feature == null ? '—' : x.feature + 1) + '</td><td><code>' + zhiliOrg.text(x.code) + '</code></td><td>' +
        zhiliOrg.text(x.reason) + '</td><td class="text-wrap">' + zhiliOrg.text(x.message) + '</td></tr>').join('');
      table.classList.remove('d-none');
    }
    if (result.ok && r.applied) {
      setTimeout(() => window.location.reload(), 1500);
    }
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData();
    data.append('file', f.file.files[0]);
    const query = new URLSearchParams({ level: f.level.value, crs: f.crs.value, dryRun: f.dryRun.checked });
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      show(await zhiliOrg.call('POST', api + '/import?' + query, data));
    } finally {
      button.disabled = false;
    }
  });

  document.querySelectorAll('[data-action="regenerate"]').forEach(button => button.addEventListener('click', async () => {
    if (!window.confirm(button.dataset.confirm)) {
      return;
    }
    button.disabled = true;
    const result = await zhiliOrg.call('POST', api + '/geometry/regenerate?level=' + encodeURIComponent(button.dataset.level));
    if (result.ok) {
      window.location.reload();
    } else {
      button.disabled = false;
      show(result);
    }
  }));
})();
