/*
 * The libraries' registration forms: a form's fields sent as JSON to the API, the server's refusal shown in the
 * form (the fields it names marked), the page reloaded once registered.
 */
window.libraryForms = (function () {
  'use strict';

  /** Items typed in one field, separated by 、 , ， ; or spaces. */
  function list(text) {
    return (text || '').split(/[、,，;；\s]+/).map(function (s) { return s.trim(); }).filter(Boolean);
  }

  function submit(form, url, body) {
    var problem = form.querySelector('.form-problem');
    form.addEventListener('submit', async function (ev) {
      ev.preventDefault();
      form.querySelectorAll('.is-invalid').forEach(function (el) { el.classList.remove('is-invalid'); });
      problem.classList.add('d-none');
      var button = form.querySelector('button[type=submit]');
      button.disabled = true;
      var answer = await zhili.call('POST', url(form), body(form));
      button.disabled = false;
      if (answer.ok) {
        location.reload();
        return;
      }
      (answer.body && answer.body.errors || []).forEach(function (e) {
        var field = form.querySelector('[name="' + e.field + '"]');
        if (field) { field.classList.add('is-invalid'); }
      });
      problem.textContent = zhili.problemText(answer, '登记失败');
      problem.classList.remove('d-none');
    });
  }

  return { list: list, submit: submit };
})();
