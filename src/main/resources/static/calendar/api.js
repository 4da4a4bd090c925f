/*
 * Calls the calendar API from the browser with the session cookie. Unsafe methods carry the CSRF token the
 * layout puts into <meta name="_csrf">. Every answer resolves to {ok, status, body}; problems (RFC 9457)
 * keep their `detail` and field `errors`.
 */
window.calendarApi = (function () {
  function csrfHeaders() {
    const header = document.querySelector('meta[name="_csrf_header"]');
    const token = document.querySelector('meta[name="_csrf"]');
    return header && token ? { [header.content]: token.content } : {};
  }

  async function call(method, url, body) {
    const headers = { Accept: 'application/json' };
    if (method !== 'GET') {
      Object.assign(headers, csrfHeaders());
    }
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(url, {
      method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    let json = null;
    try { json = await response.json(); } catch (e) { /* not JSON, e.g. a 403 page */ }
    return { ok: response.ok, status: response.status, body: json };
  }

  /** The text a person should read for a failed answer. */
  function problemText(answer, fallback) {
    if (answer.body && answer.body.detail) {
      return answer.body.detail;
    }
    return fallback + ' (HTTP ' + answer.status + ')';
  }

  function query(params) {
    return new URLSearchParams(params).toString();
  }

  return { call, problemText, query };
})();
