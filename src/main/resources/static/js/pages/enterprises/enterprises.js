/* The scripts of enterprises/pairings.html and enterprises/enterprise.html (the CSP allows no inline script). */
(function () {
  'use strict';
  zhili.stepForms('form.enterprise-step');
  function problem(form, answer) {
    var box = form.querySelector('.form-problem');
    var text = zhili.problemText(answer, '提交失败');
    var rows = answer.body && answer.body.report && answer.body.report.errors;
    if (rows) {
      text += '\n' + rows.map(function (r) { return '第 ' + r.row + ' 行：' + r.message; }).join('\n');
    }
    box.textContent = text;
    box.style.whiteSpace = 'pre-line';
    box.classList.remove('d-none');
  }
  var imports = document.getElementById('import-form');
  if (imports) {
    imports.addEventListener('submit', async function (ev) {
      ev.preventDefault();
      var answer = await zhili.call('POST', imports.dataset.api, new FormData(imports));
      if (answer.ok) { location.reload(); return; }
      problem(imports, answer);
    });
  }
  var visit = document.getElementById('visit-form');
  if (visit) {
    visit.addEventListener('submit', async function (ev) {
      ev.preventDefault();
      var f = visit.elements;
      var problems = f.problems.value.split('\n').map(function (s) { return s.trim(); }).filter(Boolean);
      var answer = await zhili.call('POST', visit.dataset.api,
        { visitedOn: f.visitedOn.value || null, discussed: f.discussed.value, problems: problems });
      if (answer.ok) { location.reload(); return; }
      problem(visit, answer);
    });
  }
})();
