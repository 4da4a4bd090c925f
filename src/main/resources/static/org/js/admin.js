/* Shared by the org administration pages: calls to the org API with the session's CSRF token (see /js/zhili.js). */
window.zhiliOrg = { call: zhili.call, text: zhili.text };
