/* 走访 on a phone: record a planned or unplanned visit, open a 12345 case from it in the same step, add a photo. */
(function () {
  const root = document.getElementById('grid-visit');
  if (!root) return;
  const api = root.dataset.api;

  function problem(form, answer) {
    const box = form.querySelector('.form-problem');
    box.textContent = zhili.problemText(answer, '保存失败');
    box.classList.remove('d-none');
  }

  async function uploadPhoto(visitId) {
    const input = document.getElementById('visit-photo');
    if (!input || !input.files.length) return true;
    const data = new FormData();
    data.append('file', input.files[0]);
    const answer = await zhili.call('POST', api + '/' + visitId + '/photos', data);
    return answer.ok;
  }

  const filter = document.getElementById('visit-target-filter');
  const select = document.getElementById('visit-target');
  if (filter && select) {
    filter.addEventListener('input', () => {
      const q = filter.value.trim();
      Array.from(select.options).forEach(o => { o.hidden = q !== '' && !o.text.includes(q); });
    });
  }
  const openCase = document.getElementById('visit-open-case');
  if (openCase) {
    openCase.addEventListener('change', () =>
      document.getElementById('visit-case-fields').classList.toggle('d-none', !openCase.checked));
  }

  const form = document.getElementById('visit-form');
  if (form) {
    form.addEventListener('submit', async ev => {
      ev.preventDefault();
      const body = { finding: document.getElementById('visit-finding-input').value };
      if (form.dataset.plan) {
        body.planId = Number(form.dataset.plan);
      } else if (select && select.value) {
        const [kind, id] = select.value.split(':');
        body.targetKind = kind;
        body.targetId = Number(id);
      }
      if (openCase.checked) {
        body.problem = true;
        body.openCase = { description: document.getElementById('visit-case-description').value,
          urgency: document.getElementById('visit-case-urgency').value };
      }
      const button = document.getElementById('visit-save');
      button.disabled = true;
      const answer = await zhili.call('POST', api, body);
      button.disabled = false;
      if (!answer.ok) return problem(form, answer);
      const photoSaved = await uploadPhoto(answer.body.id);
      const saved = document.getElementById('visit-saved');
      saved.textContent = '已保存走访记录' + (answer.body.caseRef ? '，已转12345工单 ' + answer.body.caseRef : '')
        + (photoSaved ? '' : '（照片未能上传）');
      saved.classList.remove('d-none');
      form.remove();
      setTimeout(() => { location.href = '/urban/visits/' + answer.body.id; }, 1200);
    });
  }

  const caseForm = document.getElementById('case-form');
  if (caseForm) {
    caseForm.addEventListener('submit', async ev => {
      ev.preventDefault();
      const answer = await zhili.call('POST', api + '/' + caseForm.dataset.visit + '/case', {
        description: document.getElementById('case-description').value,
        urgency: document.getElementById('case-urgency').value });
      if (!answer.ok) return problem(caseForm, answer);
      location.reload();
    });
  }
})();
