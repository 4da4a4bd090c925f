/* The script of disputes/new.html, kept out of the page so that the Content-Security-Policy allows no inline script. */
(function () {
  'use strict';
  var form = document.getElementById('dispute-form');
  var body = document.querySelector('#parties tbody');
  document.getElementById('add-party').addEventListener('click', function () {
    var row = body.querySelector('tr.party').cloneNode(true);
    row.querySelectorAll('input').forEach(function (i) { i.value = ''; });
    row.querySelector('select').value = 'RESPONDENT';
    body.appendChild(row);
  });
  form.addEventListener('submit', async function (ev) {
    ev.preventDefault();
    var value = function (name) { var e = form.elements[name]; return e && e.value !== '' ? e.value : null; };
    var parties = Array.from(body.querySelectorAll('tr.party')).map(function (tr) {
      var v = function (n) { var x = tr.querySelector('[name=' + n + ']').value; return x === '' ? null : x; };
      return { role: v('role'), name: v('name'), phone: v('phone'), idNumber: v('idNumber') };
    }).filter(function (p) { return p.name || p.phone || p.idNumber; });
    var payload = { typeCode: value('typeCode'), title: value('title'), description: value('description'),
      amount: value('amount'), risk: value('risk'), crossStreet: form.elements.crossStreet.checked,
      address: value('address'), streetCode: value('streetCode'), parties: parties,
      originCase: value('originCase'), originPetition: value('originPetition') };
    var answer = await zhili.call('POST', form.dataset.api, payload);
    if (answer.ok) { location.href = form.dataset.api.replace('/api/v1/disputes', '/disputes') + '/' + answer.body.id; return; }
    var box = form.querySelector('.form-problem');
    box.textContent = zhili.problemText(answer, '登记失败');
    box.classList.remove('d-none');
  });
})();
