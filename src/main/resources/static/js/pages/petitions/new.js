/* The script of petitions/new.html, kept out of the page so that the Content-Security-Policy allows no inline script. */
(function () {
  'use strict';
  var form = document.getElementById('petition-form');
  document.getElementById('prefill').addEventListener('click', async function () {
    var n = document.getElementById('caseNumber').value;
    var answer = await zhili.call('GET', '/api/v1/petitions/draft?case=' + encodeURIComponent(n));
    var box = form.querySelector('.form-problem');
    if (!answer.ok) { box.textContent = zhili.problemText(answer, '读取失败'); box.classList.remove('d-none'); return; }
    box.classList.add('d-none');
    var d = answer.body;
    document.getElementById('channel').value = 'HOTLINE_TRANSFER';
    ['title', 'content', 'address', 'streetCode'].forEach(function (k) { if (d[k]) { form.elements[k].value = d[k]; } });
    if (d.petitionerName) { form.elements.petitionerName.value = d.petitionerName; }
    if (d.petitionerPhone) { form.elements.petitionerPhone.value = d.petitionerPhone; }
  });
  form.addEventListener('submit', async function (ev) {
    ev.preventDefault();
    var payload = {};
    Array.from(form.elements).forEach(function (e) {
      if (!e.name || e.value === '') { return; }
      payload[e.name] = e.dataset.split ? e.value.split(/[、,，\s]+/).filter(Boolean) : e.value;
    });
    var answer = await zhili.call('POST', form.dataset.api, payload);
    if (answer.ok) { location.href = '/petitions/' + answer.body.id; return; }
    var box = form.querySelector('.form-problem');
    box.textContent = zhili.problemText(answer, '登记失败');
    box.classList.remove('d-none');
  });
})();
