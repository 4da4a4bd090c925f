/* 工单详情: reveal a masked requester field (audited), upload a photo, and show where the case is. */
(function () {
  'use strict';
  const api = window.zhiliCases;

  document.querySelectorAll('button.reveal').forEach(button => button.addEventListener('click', async () => {
    const result = await api.call('GET', button.dataset.url + '?field=' + encodeURIComponent(button.dataset.field));
    const problem = document.getElementById('reveal-problem');
    if (result.ok) {
      const target = document.querySelector(button.dataset.target);
      target.textContent = result.body.value || '—';
      target.classList.remove('masked');
      button.remove();
    } else {
      problem.textContent = (result.body && result.body.detail) || result.status;
      problem.classList.remove('d-none');
    }
  }));

  const photoForm = document.getElementById('photo-form');
  if (photoForm) {
    photoForm.addEventListener('submit', async event => {
      event.preventDefault();
      api.clearProblems(photoForm);
      const data = new FormData(photoForm);
      if (!data.get('note')) {
        data.delete('note');
      }
      const result = await api.call('POST', photoForm.dataset.url, data);
      if (result.ok) {
        window.location.reload();
      } else {
        api.showProblem(photoForm, result);
      }
    });
  }

  const mapEl = document.getElementById('case-map');
  if (mapEl && window.L) {
    const view = api.map(mapEl);
    const lat = Number(mapEl.dataset.lat);
    const lng = Number(mapEl.dataset.lng);
    view.ready.then(() => {
      view.showGrids(mapEl.dataset.community);
      view.setPoint(lat, lng, true);
    });
  }
})();
