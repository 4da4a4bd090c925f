/* The script of disputes/dispute.html, kept out of the page so that the Content-Security-Policy allows no inline script. */
(function () {
  'use strict';
  zhili.stepForms('form.dispute-step');
  var reveal = document.getElementById('reveal-parties');
  if (reveal) {
    reveal.addEventListener('click', async function () {
      var answer = await zhili.call('GET', reveal.dataset.api);
      if (!answer.ok) { alert(zhili.problemText(answer, '查看失败')); return; }
      document.querySelector('#parties tbody').innerHTML = answer.body.map(function (p) {
        return '<tr><td>' + zhili.text(p.roleLabel) + '</td><td>' + zhili.text(p.name) + '</td><td>'
          + zhili.text(p.phone) + '</td><td>' + zhili.text(p.idNumber) + '</td></tr>';
      }).join('');
      reveal.remove();
    });
  }
})();
