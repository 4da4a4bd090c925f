/*
 * A draw's public page: 验证 asks the server to re-run the published algorithm on the published record and shows
 * whether it matches (一致) or what differs (不一致). Anyone can do the same offline with the downloaded record.
 */
(function () {
  'use strict';
  const page = document.getElementById('public-draw');
  const button = document.getElementById('verify');
  if (!page || !button) return;
  const out = document.getElementById('verify-result');
  button.addEventListener('click', async function () {
    button.disabled = true;
    out.innerHTML = '';
    const answer = await zhili.call('GET', page.dataset.verify);
    button.disabled = false;
    const box = document.createElement('div');
    if (!answer.ok) {
      box.className = 'alert alert-danger';
      box.textContent = zhili.problemText(answer, page.dataset.msgFailed);
    } else if (answer.body.matches) {
      box.className = 'alert alert-success verify-match';
      box.innerHTML = '<i class="bi bi-check-circle-fill me-1"></i>' + zhili.text(page.dataset.msgMatch);
    } else {
      box.className = 'alert alert-danger verify-mismatch';
      box.innerHTML = '<i class="bi bi-x-circle-fill me-1"></i>' + zhili.text(page.dataset.msgMismatch)
        + '<ul class="mb-0 mt-1">' + (answer.body.differences || []).map(function (d) {
          return '<li>' + zhili.text(d) + '</li>';
        }).join('') + '</ul>';
    }
    out.appendChild(box);
  });
})();
