/* 导入部件: uploads the file and shows the report — what was added and updated, and every row left out with its
 * field and reason. */
(function () {
  const root = document.getElementById('urban-components-import');
  if (!root) return;
  const form = document.getElementById('component-import-form');
  const result = document.getElementById('import-result');
  const table = document.getElementById('import-rejections');

  function fill(template, values) {
    return values.reduce((text, v, i) => text.replace('{' + i + '}', v), template);
  }

  form.addEventListener('submit', async e => {
    e.preventDefault();
    const data = new FormData();
    data.append('file', form.file.files[0]);
    const params = new URLSearchParams();
    if (form.format.value) params.set('format', form.format.value);
    if (form.dryRun.checked) params.set('dryRun', 'true');
    result.className = 'small text-secondary';
    result.textContent = '…';
    const answer = await zhili.call('POST', root.dataset.api + (params.toString() ? '?' + params : ''), data);
    const report = answer.ok ? answer.body : answer.body && answer.body.report;
    table.hidden = true;
    table.querySelector('tbody').innerHTML = '';
    if (!report) {
      result.className = 'alert alert-danger small';
      result.textContent = zhili.problemText(answer, root.dataset.msgFailed);
      return;
    }
    const template = report.dryRun ? root.dataset.msgChecked : root.dataset.msgDone;
    result.className = 'alert small ' + (answer.ok ? (report.rejected.length ? 'alert-warning' : 'alert-success') : 'alert-danger');
    result.textContent = (answer.ok ? '' : zhili.problemText(answer, root.dataset.msgFailed) + ' ')
      + fill(template, [report.formatLabel, report.rows, report.created, report.updated, report.rejected.length]);
    if (report.rejected.length) {
      table.hidden = false;
      table.querySelector('tbody').innerHTML = report.rejected.map(r => '<tr><td>' + r.row + '</td><td>'
        + zhili.text(r.layer || '') + '</td><td>' + zhili.text(r.id || '') + '</td><td><code>' + zhili.text(r.field)
        + '</code></td><td>' + zhili.text(r.reason) + '</td></tr>').join('');
    }
  });
})();
