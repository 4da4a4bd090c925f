/*
 * The subject library's import: the workbook is posted as it is; a refused one shows every wrong row, column and
 * reason in a table, so that people can correct the file and post it again.
 */
(function () {
  'use strict';
  var api = document.currentScript.dataset.api;
  var form = document.getElementById('import-form');
  var result = document.getElementById('import-result');
  var problem = document.getElementById('import-problem');
  var errors = document.getElementById('import-errors');

  function reset() {
    [result, problem, errors].forEach(function (el) { el.classList.add('d-none'); });
    errors.querySelector('tbody').innerHTML = '';
  }

  form.addEventListener('submit', async function (ev) {
    ev.preventDefault();
    reset();
    var file = document.getElementById('import-file').files[0];
    if (!file) { return; }
    var body = new FormData();
    body.append('file', file);
    var button = document.getElementById('import-submit');
    button.disabled = true;
    var answer = await zhili.call('POST', api, body);
    button.disabled = false;
    if (answer.ok) {
      var r = answer.body;
      result.innerHTML = zhili.text('导入完成：共 ' + r.rows + ' 行，新增 ' + r.added + ' 个，更新 ' + r.updated + ' 个。')
        + ' <a href="" class="alert-link">刷新列表</a>';
      result.classList.remove('d-none');
      return;
    }
    problem.textContent = zhili.problemText(answer, '导入失败');
    problem.classList.remove('d-none');
    var report = answer.body && answer.body.report;
    if (report && report.errors && report.errors.length) {
      errors.querySelector('tbody').innerHTML = report.errors.map(function (e) {
        return '<tr><td>' + zhili.text(e.row) + '</td><td>' + zhili.text(e.column) + '</td><td>' + zhili.text(e.message) + '</td></tr>';
      }).join('');
      errors.classList.remove('d-none');
    }
  });
})();
