// A rectification's page: the unit's report and the 复查 are sent as forms (with their photos); a failed 复查
// asks for the new deadline.
(function () {
  'use strict';
  var passedNo = document.getElementById('passed-no');
  if (passedNo) {
    var newDue = document.getElementById('new-due');
    document.querySelectorAll('input[name=passed]').forEach(function (r) {
      r.addEventListener('change', function () { newDue.classList.toggle('d-none', !passedNo.checked); });
    });
  }
  document.querySelectorAll('form.rect-form').forEach(function (form) {
    form.addEventListener('submit', async function (ev) {
      ev.preventDefault();
      var data = new FormData();
      new FormData(form).forEach(function (value, key) {
        if (value instanceof File ? value.name !== '' : value !== '') { data.append(key, value); }
      });
      var answer = await zhili.call('POST', form.dataset.api, data);
      if (answer.ok) { location.reload(); return; }
      var box = form.querySelector('.form-problem');
      box.textContent = zhili.problemText(answer, '提交失败');
      box.classList.remove('d-none');
    });
  });
})();
