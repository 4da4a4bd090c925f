/* Uploading or pasting a document to be read; the page's data attributes give the addresses. */
var page = document.getElementById('ingest-data').dataset;
var draftBase = page.draftBase, ingestApi = page.ingestApi;
document.getElementById('ingest-form').addEventListener('submit', async function (ev) {
  ev.preventDefault();
  var file = document.getElementById('ingest-file').files[0];
  var body;
  if (file) { body = new FormData(); body.append('file', file); }
  else { body = { text: document.getElementById('ingest-text').value }; }
  var answer = await zhili.call('POST', ingestApi, body);
  if (answer.ok) { location.href = draftBase + answer.body.id; return; }
  var box = document.getElementById('ingest-problem');
  box.textContent = zhili.problemText(answer, '识别失败'); box.classList.remove('d-none');
});
