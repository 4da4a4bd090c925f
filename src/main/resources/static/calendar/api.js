/*
 * Calls the calendar API from the browser (see /js/zhili.js). Every answer resolves to {ok, status, body};
 * problems (RFC 9457) keep their `detail` and field `errors`.
 */
window.calendarApi = (function () {
  function query(params) {
    return new URLSearchParams(params).toString();
  }

  return { call: zhili.call, problemText: zhili.problemText, query };
})();
