// 舆情 forms call the API with JSON of their fields and reload (or open the new signal); a problem's detail on failure.
document.querySelectorAll('form.api-form').forEach(function (form) {
  form.addEventListener('submit', async function (ev) {
    ev.preventDefault();
    var body = {};
    new FormData(form).forEach(function (v, k) { if (v !== '') { body[k] = v; } });
    ['reads', 'shares', 'comments'].forEach(function (k) { if (body[k] !== undefined) { body[k] = Number(body[k]); } });
    if (body.firstSeen) { body.firstSeen = new Date(body.firstSeen).toISOString(); }
    var answer = await zhili.call(form.dataset.method || 'POST', form.dataset.api, body);
    if (answer.ok) {
      if (answer.body && answer.body.link && form.dataset.follow) { location.href = answer.body.link; } else { location.reload(); }
      return;
    }
    var box = form.querySelector('.form-problem');
    box.textContent = zhili.problemText(answer, '提交失败'); box.classList.remove('d-none');
  });
});
// The registration form suggests a sentiment from the title and text as they are typed.
var suggest = document.getElementById('sentiment-suggestion');
if (suggest) {
  var form = suggest.closest('form');
  var timer = null;
  form.querySelectorAll('[name=title],[name=text]').forEach(function (el) {
    el.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(async function () {
        var text = form.querySelector('[name=title]').value + '\n' + form.querySelector('[name=text]').value;
        var answer = await zhili.call('POST', suggest.dataset.api, { text: text });
        if (answer.ok) {
          suggest.textContent = answer.body.label + (answer.body.words.length ? '（' + answer.body.words.join('、') + '）' : '');
        }
      }, 400);
    });
  });
}
