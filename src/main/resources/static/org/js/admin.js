/* Shared by the org administration pages: calls to the org API with the session's CSRF token. */
window.zhiliOrg = (function () {
  'use strict';

  function csrfHeaders() {
    const header = document.querySelector('meta[name="_csrf_header"]');
    const token = document.querySelector('meta[name="_csrf"]');
    return header && token ? { [header.content]: token.content } : {};
  }

  /** fetch() with the CSRF header; resolves to { ok, status, body } with the body parsed when it is JSON. */
  async function call(method, url, body, headers) {
    const options = { method: method, credentials: 'same-origin', headers: Object.assign({ Accept: 'application/json' }, csrfHeaders(), headers || {}) };
    if (body instanceof FormData) {
      options.body = body;
    } else if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    const response = await fetch(url, options);
    const type = response.headers.get('Content-Type') || '';
    const parsed = type.includes('json') ? await response.json() : await response.text();
    return { ok: response.ok, status: response.status, body: parsed };
  }

  function text(value) {
    const div = document.createElement('div');
    div.textContent = value == null ? '' : String(value);
    return div.innerHTML;
  }

  return { call: call, text: text };
})();
