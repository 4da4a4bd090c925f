/*
 * 智能分拨 on the intake form: as the operator types the description (and sets a point), the model's
 * first-level category, its confidence, the suggested lead unit and the words that weighed most are shown,
 * with a button that puts the category into the form's picker; the open cases with alike words near the
 * point are listed. Calls go through the layout's window.zhili.
 */
(function () {
  'use strict';
  const box = document.getElementById('routing-suggestion');
  const form = document.getElementById('intake-form');
  if (!box || !form || !window.zhili) return;
  const api = window.zhili;
  const msg = box.dataset;
  const body = document.getElementById('routing-suggestion-body');
  const similar = document.getElementById('routing-similar');
  const similarCount = document.getElementById('routing-similar-count');
  const description = form.elements.description;
  const hint = body.innerHTML;
  let timer = null;
  let request = 0;

  function location() {
    const lng = parseFloat(form.elements.lng.value);
    const lat = parseFloat(form.elements.lat.value);
    return Number.isFinite(lng) && Number.isFinite(lat) ? { lng: lng, lat: lat } : null;
  }

  function percent(p) {
    return Math.round(p * 100) + '%';
  }

  function adopt(answer) {
    const picker = form.querySelector('.category-picker');
    if (!picker || !answer.categoryCode) return;
    const input = picker.querySelector('.picker-input');
    picker.querySelector('.picker-value').value = answer.categoryCode;
    input.value = answer.category;
    input.dataset.chosen = input.value;
    picker.dispatchEvent(new CustomEvent('category-chosen', { bubbles: true,
      detail: { code: answer.categoryCode, fullName: answer.category } }));
  }

  function render(answer) {
    const low = answer.confidence < 0.5 || (answer.warnings || []).includes('NOT_CHINESE');
    const unit = answer.unit ? answer.unit.name : (answer.unitRule || '—');
    body.innerHTML =
      '<div class="d-flex align-items-center gap-2 flex-wrap">' +
      '<span class="fs-6 fw-semibold" id="routing-category">' + api.text(answer.category) + '</span>' +
      '<span class="badge ' + (low ? 'text-bg-secondary' : 'text-bg-success') + '" id="routing-confidence">' +
      api.text(msg.msgConfidence + ' ' + percent(answer.confidence)) + '</span>' +
      '<button type="button" class="btn btn-sm btn-outline-primary ms-auto" id="routing-adopt">' + api.text(msg.msgAdopt) + '</button>' +
      '</div>' +
      '<div class="mt-1">' + api.text(msg.msgUnit) + '：<span id="routing-unit">' + api.text(unit) + '</span></div>' +
      '<div class="text-secondary">' + api.text(msg.msgAlternatives) + '：' +
      api.text(answer.alternatives.slice(1).map(a => a.category + ' ' + percent(a.confidence)).join('、') || '—') + '</div>' +
      (answer.terms && answer.terms.length ? '<div class="text-secondary">' + api.text(msg.msgTerms) + '：' +
        api.text(answer.terms.join('、')) + '</div>' : '') +
      (low ? '<div class="text-warning-emphasis">' + api.text(msg.msgLow) + '</div>' : '');
    document.getElementById('routing-adopt').addEventListener('click', e => {
      adopt(answer);
      e.target.textContent = msg.msgAdopted;
      e.target.disabled = true;
    });
  }

  function renderSimilar(items) {
    similarCount.textContent = items.length;
    similarCount.classList.toggle('d-none', items.length === 0);
    similar.innerHTML = items.length === 0
      ? '<li class="list-group-item text-secondary">' + api.text(msg.msgNone) + '</li>'
      : items.map(c =>
        '<li class="list-group-item routing-similar-case"><div class="d-flex gap-2 align-items-center">' +
        '<a class="font-monospace" target="_blank" rel="noopener" href="' + msg.case + c.caseId + '">' +
        api.text(c.trackingNumber) + '</a>' +
        '<span class="badge text-bg-warning">' + api.text(msg.msgSimilar + ' ' + percent(c.similarity)) + '</span>' +
        '<span class="badge text-bg-light border">' + api.text(c.stateLabel) + '</span>' +
        (c.distanceMetres != null ? '<span class="text-secondary">' + api.text(c.distanceMetres + ' m') + '</span>' : '') +
        '</div><div>' + api.text(c.title) + '</div></li>').join('');
  }

  async function suggest() {
    const text = description.value.trim();
    if (text.length < 4) {
      body.innerHTML = hint;
      similar.innerHTML = '';
      similarCount.classList.add('d-none');
      return;
    }
    const mine = ++request;
    const where = location();
    const [classified, alike] = await Promise.all([
      api.call('POST', msg.classify, { texts: [text], location: where }),
      api.call('POST', msg.check, { text: text, location: where })
    ]);
    if (mine !== request) return;
    if (classified.ok && classified.body.length) render(classified.body[0]);
    if (alike.ok) renderSimilar(alike.body);
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(suggest, 400);
  }

  description.addEventListener('input', later);
  // A point set or cleared changes the street (territorial categories) and the nearby cases.
  ['lng', 'lat'].forEach(n => form.elements[n].addEventListener('change', later));
  document.getElementById('intake-map') && document.getElementById('intake-map').addEventListener('click', later);
  form.addEventListener('reset', () => setTimeout(() => { request++; body.innerHTML = hint; similar.innerHTML = '';
    similarCount.classList.add('d-none'); }));
})();
