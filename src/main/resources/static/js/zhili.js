/*
 * What every page's scripts share: calls to zhili's API with the session cookie and the CSRF token the
 * layout puts into <meta name="_csrf">, and escaping text for HTML. Loaded in the layout's <head>, so page
 * scripts anywhere below can use it.
 */
window.zhili = (function () {
  'use strict';

  function csrfHeaders() {
    const header = document.querySelector('meta[name="_csrf_header"]');
    const token = document.querySelector('meta[name="_csrf"]');
    return header && token ? { [header.content]: token.content } : {};
  }

  /**
   * fetch() with the CSRF header; resolves to { ok, status, body }, the body parsed when it is JSON (an RFC
   * 9457 problem keeps its `detail` and field `errors`). A network failure resolves with status 0.
   */
  async function call(method, url, body, headers) {
    const options = {
      method: method, credentials: 'same-origin',
      headers: Object.assign({ Accept: 'application/json' }, csrfHeaders(), headers || {})
    };
    if (body instanceof FormData) {
      options.body = body;
    } else if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(url, options);
    } catch (e) {
      return { ok: false, status: 0, body: { detail: String(e) } };
    }
    const type = response.headers.get('Content-Type') || '';
    const parsed = type.includes('json') ? await response.json() : await response.text();
    return { ok: response.ok, status: response.status, body: parsed };
  }

  /** The text as HTML, every markup character escaped. */
  function text(value) {
    const div = document.createElement('div');
    div.textContent = value == null ? '' : String(value);
    return div.innerHTML;
  }

  /** The text a person should read for a failed answer. */
  function problemText(answer, fallback) {
    if (answer.body && answer.body.detail) {
      return answer.body.detail;
    }
    return fallback + ' (HTTP ' + answer.status + ')';
  }

  /**
   * An item's step forms: each form matching the selector POSTs its named fields as JSON to its data-api (a
   * checkbox as true/false, a multiple select or data-list field as an array, an empty field left out) and reloads
   * the page when the step was taken, or shows the problem in its .form-problem box.
   */
  function stepForms(selector) {
    document.querySelectorAll(selector).forEach(function (form) {
      form.addEventListener('submit', async function (ev) {
        ev.preventDefault();
        const payload = {};
        Array.from(form.elements).forEach(function (e) {
          if (!e.name) {
            return;
          }
          if (e.type === 'checkbox') {
            payload[e.name] = e.checked;
          } else if (e.multiple || e.dataset.list) {
            payload[e.name] = Array.from(e.selectedOptions).map(function (o) { return o.value; });
          } else if (e.value !== '') {
            payload[e.name] = e.value;
          }
        });
        const answer = await call('POST', form.dataset.api, payload);
        if (answer.ok) {
          location.reload();
          return;
        }
        const box = form.querySelector('.form-problem');
        box.textContent = problemText(answer, '提交失败');
        box.classList.remove('d-none');
      });
    });
  }

  return { call: call, text: text, problemText: problemText, stepForms: stepForms };
})();

/* A filter that applies itself (a month, a year, a department): the page allows no inline handler. */
document.addEventListener('change', function (ev) {
  if (ev.target.matches && ev.target.matches('[data-submit-on-change]') && ev.target.form) {
    ev.target.form.submit();
  }
});
