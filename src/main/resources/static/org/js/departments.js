/* 部门管理: the create/edit dialog, saved through the departments API. */
(function () {
  'use strict';
  const modal = document.getElementById('department-modal');
  const form = document.getElementById('department-form');
  const error = document.getElementById('department-error');
  const title = document.getElementById('department-modal-title');
  const f = form.elements;
  let mode = 'create';
  let code = null;

  modal.addEventListener('show.bs.modal', event => {
    const button = event.relatedTarget;
    mode = button.dataset.mode;
    code = button.dataset.code || null;
    form.reset();
    clearErrors();
    title.textContent = mode === 'edit' ? title.dataset.edit : title.dataset.create;
    f.code.value = code || '';
    f.code.readOnly = mode === 'edit';
    f.name.value = button.dataset.name || '';
    f.shortName.value = button.dataset.shortName || '';
    f.category.value = button.dataset.category || 'LINE_DEPARTMENT';
    f.active.checked = mode === 'create' || button.dataset.active === 'true';
    f.version.value = button.dataset.version || '';
    document.getElementById('department-active-row').classList.toggle('d-none', mode === 'create');
  });

  function clearErrors() {
    error.classList.add('d-none');
    form.querySelectorAll('.is-invalid').forEach(i => i.classList.remove('is-invalid'));
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors();
    const data = { name: f.name.value.trim(), shortName: f.shortName.value.trim(), category: f.category.value };
    let result;
    if (mode === 'edit') {
      data.active = f.active.checked;
      data.version = f.version.value ? Number(f.version.value) : null;
      result = await zhiliOrg.call('PUT', form.dataset.api + '/' + encodeURIComponent(code), data);
    } else {
      data.code = f.code.value.trim();
      // A retried click must not create the department twice.
      result = await zhiliOrg.call('POST', form.dataset.api, data, { 'Idempotency-Key': 'department-' + data.code + '-' + Date.now() });
    }
    if (result.ok) {
      window.location.reload();
      return;
    }
    const problem = typeof result.body === 'object' ? result.body : { detail: String(result.status) };
    (problem.errors || []).forEach(e => {
      const input = form.elements[e.field];
      const feedback = form.querySelector('[data-field="' + e.field + '"]');
      if (input && feedback) {
        input.classList.add('is-invalid');
        feedback.textContent = e.message;
      }
    });
    error.textContent = problem.detail;
    error.classList.remove('d-none');
  });
})();
