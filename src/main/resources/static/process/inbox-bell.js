/* The bell in the menu bar: how many messages to the reader's units the reader has not read. */
(function () {
  'use strict';
  const bell = document.getElementById('inbox-bell');
  const badge = document.getElementById('inbox-unread');
  if (!bell || !badge) {
    return;
  }
  fetch(bell.dataset.api, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(r => r.ok ? r.json() : null)
    .then(body => {
      if (body && body.unread > 0) {
        badge.textContent = body.unread > 99 ? '99+' : String(body.unread);
        badge.classList.remove('d-none');
      }
    })
    .catch(() => {});
})();
