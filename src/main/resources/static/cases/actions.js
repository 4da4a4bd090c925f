/*
 * The action forms of a case (工单详情) and the 督办 dialog: each form posts its inputs as JSON to
 * POST /api/v1/cases/{id}/actions/{action} with the version the page showed. A stale page gets the 409
 * explained, a step that is not the viewer's the 403, bad input the field errors — all in place.
 */
(function () {
  'use strict';
  const api = window.zhiliCases;
  const lang = document.documentElement.lang === 'en' ? 'en' : 'zh';
  const HINTS = {
    zh: {
      concurrent_modification: '他人刚刚处理过这张工单。请刷新页面查看最新情况后再操作。',
      action_not_allowed: '工单状态已变化，此操作不再可用。请刷新页面。',
      403: '这一步须由其他岗位或单位执行。',
      0: '网络异常，请稍后重试。'
    },
    en: {
      concurrent_modification: 'Someone else has just worked on this case. Reload the page to see it before you act.',
      action_not_allowed: 'The case has moved on and this step is no longer available. Reload the page.',
      403: 'This step belongs to another role or unit.',
      0: 'Network problem, please try again.'
    }
  }[lang];

  function explain(status, problem) {
    return HINTS[problem.code] || HINTS[status] || '';
  }

  /** The form's inputs as the action's JSON: booleans, lists and numbers typed, empty inputs left out. */
  async function inputOf(form) {
    const data = {};
    for (const el of form.elements) {
      if (!el.name || el.disabled || el.closest('.d-none')) {
        continue;
      }
      if (el.type === 'radio') {
        if (el.checked) {
          data[el.name] = el.dataset.type === 'boolean' ? el.value === 'true' : el.value;
        }
      } else if (el.multiple) {
        const values = Array.from(el.selectedOptions).map(o => o.value);
        if (values.length) {
          data[el.name] = values;
        }
      } else if (el.value.trim() !== '') {
        data[el.name] = el.value.trim();
      }
    }
    if (data.masterTracking) {
      data.masterCaseId = await caseIdOf(form.querySelector('[name=masterTracking]'), data.masterTracking);
      delete data.masterTracking;
    }
    if (form.dataset.version) {
      data.version = Number(form.dataset.version);
    }
    return data;
  }

  /** The id of the case with this tracking number (merging takes the master's id). */
  async function caseIdOf(input, tracking) {
    const r = await api.call('GET', input.dataset.lookup + '?' + new URLSearchParams({ q: tracking, size: 5 }));
    const found = r.ok ? r.body.items.find(c => c.trackingNumber === tracking.toUpperCase()) : null;
    return found ? found.id : -1;
  }

  function toggleCallbackFields(form) {
    const reached = form.querySelector('input[name=reached]:checked');
    form.querySelectorAll('.when-reached').forEach(f => f.classList.toggle('d-none', reached && reached.value === 'false'));
  }

  document.querySelectorAll('form.case-action').forEach(form => {
    if (form.querySelector('input[name=reached]')) {
      form.addEventListener('change', () => toggleCallbackFields(form));
    }
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const button = form.querySelector('button[type=submit]');
      api.clearProblems(form);
      button.disabled = true;
      try {
        const url = form.dataset.url || form.dataset.api + form.dataset.caseId + '/actions/' + form.dataset.action;
        const result = await api.call('POST', url, await inputOf(form));
        if (result.ok) {
          form.dispatchEvent(new CustomEvent('case-changed', { detail: result.body, bubbles: true }));
          window.location.reload();
          return;
        }
        api.showProblem(form, result, explain);
      } finally {
        button.disabled = false;
      }
    });
  });

  // 督办 from a list: the dialog is told which case it is for by the row's button.
  const modal = document.getElementById('supervise-modal');
  if (modal) {
    modal.addEventListener('show.bs.modal', event => {
      const form = modal.querySelector('form');
      form.reset();
      api.clearProblems(form);
      form.dataset.caseId = event.relatedTarget.dataset.caseId;
      document.getElementById('supervise-case').textContent = event.relatedTarget.dataset.tracking;
    });
  }
  // Opening one action's form closes the others, so the page shows one step at a time.
  document.querySelectorAll('form.case-action.collapse').forEach(form => {
    form.addEventListener('show.bs.collapse', () => document.querySelectorAll('form.case-action.collapse.show')
      .forEach(other => other !== form && bootstrap.Collapse.getOrCreateInstance(other).hide()));
    form.addEventListener('shown.bs.collapse', () => {
      const first = form.querySelector('input:not([type=hidden]), select, textarea');
      if (first) {
        first.focus();
      }
    });
  });
})();
