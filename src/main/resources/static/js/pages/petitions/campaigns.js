/* The script of petitions/campaigns.html, kept out of the page so that the Content-Security-Policy allows no inline script. */
(function () {
  'use strict';
  var form = document.getElementById('campaign-form');
  if (!form) { return; }
  form.addEventListener('submit', async function (ev) {
    ev.preventDefault();
    var answer = await zhili.call('POST', form.dataset.api, { title: form.elements.title.value, targetDate: form.elements.targetDate.value });
    if (answer.ok) { location.href = '/petitions/campaigns?id=' + answer.body.id; return; }
    var box = form.querySelector('.form-problem');
    box.textContent = zhili.problemText(answer, '提交失败');
    box.classList.remove('d-none');
  });
})();
