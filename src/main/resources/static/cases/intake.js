/*
 * 受理: a hotline operator registers a call from the keyboard. Alt+1…6 choose the type, Alt+Q/W/E/R the
 * urgency, Ctrl+Enter registers. As the address is typed or a point is set, the open cases at the same place
 * are listed. The create call carries an idempotency key made when the form is loaded, so a double submit
 * never creates two cases.
 */
(function () {
  'use strict';
  const api = window.zhiliCases;
  const form = document.getElementById('intake-form');
  const msg = form.dataset;
  const success = document.getElementById('intake-success');
  const submit = document.getElementById('intake-submit');
  const answerNow = document.getElementById('answer-now');
  const answer = document.getElementById('answer');
  const locationBox = document.getElementById('intake-location');
  const nearbyList = document.getElementById('nearby-list');
  const nearbyCount = document.getElementById('nearby-count');
  let key = api.idempotencyKey('intake');

  // ---- keys -----------------------------------------------------------------------------------------
  function pick(name, key) {
    const radio = form.querySelector('input[name="' + name + '"][data-key="' + key + '"]');
    if (radio) {
      radio.checked = true;
      radio.dispatchEvent(new Event('change', { bubbles: true }));
      radio.focus();
      return true;
    }
    return false;
  }
  document.addEventListener('keydown', e => {
    if (e.ctrlKey && e.key === 'Enter') {
      e.preventDefault();
      form.requestSubmit();
    } else if (e.altKey && !e.ctrlKey) {
      const k = e.code.startsWith('Digit') ? e.code.slice(5) : e.code.startsWith('Key') ? e.code.slice(3) : '';
      if ((/^[1-6]$/.test(k) && pick('type', k)) || (/^[QWER]$/.test(k) && pick('urgency', k))) {
        e.preventDefault();
      }
    }
  });
  // Within a group, the number or letter alone is enough.
  form.addEventListener('keydown', e => {
    if (e.target.name === 'type' && /^[1-6]$/.test(e.key) && pick('type', e.key)) {
      e.preventDefault();
    } else if (e.target.name === 'urgency' && /^[qwerQWER]$/.test(e.key) && pick('urgency', e.key.toUpperCase())) {
      e.preventDefault();
    }
  });

  // 即时办结 only for consultations.
  form.addEventListener('change', e => {
    if (e.target.name === 'type') {
      const consultation = e.target.value === 'CONSULTATION';
      answerNow.disabled = !consultation;
      if (!consultation) {
        answerNow.checked = false;
        answer.classList.add('d-none');
      }
    }
  });
  answerNow.addEventListener('change', () => {
    answer.classList.toggle('d-none', !answerNow.checked);
    if (answerNow.checked) {
      answer.focus();
    }
  });

  // ---- place and nearby cases ---------------------------------------------------------------------------
  const point = { lng: null, lat: null };
  let view = null;
  const mapEl = document.getElementById('intake-map');
  if (window.L && mapEl) {
    view = api.map(mapEl, { onClick: latlng => setPoint(latlng.lng, latlng.lat) });
  }

  async function setPoint(lng, lat) {
    point.lng = Number(lng.toFixed(6));
    point.lat = Number(lat.toFixed(6));
    form.elements.lng.value = point.lng;
    form.elements.lat.value = point.lat;
    if (view) {
      view.setPoint(point.lat, point.lng);
    }
    const r = await api.call('GET', msg.locate + '?' + new URLSearchParams({ lng: point.lng, lat: point.lat }));
    if (r.ok) {
      const names = ['street', 'community', 'grid'].filter(k => r.body[k]).map(k => r.body[k].name);
      locationBox.textContent = msg.msgLocated + names.join(' › ');
      if (view && r.body.community) {
        view.showGrids(r.body.community.code);
      }
    } else {
      locationBox.textContent = msg.msgOutside;
    }
    searchNearby();
  }

  document.getElementById('clear-point').addEventListener('click', () => {
    point.lng = point.lat = null;
    form.elements.lng.value = form.elements.lat.value = '';
    locationBox.textContent = '';
    searchNearby();
  });

  let timer = null;
  let request = 0;
  form.elements.address.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(searchNearby, 350);
  });

  async function searchNearby() {
    const params = new URLSearchParams();
    const address = form.elements.address.value.trim();
    if (address) {
      params.set('address', address);
    }
    if (point.lng !== null) {
      params.set('lng', point.lng);
      params.set('lat', point.lat);
    }
    if (!params.toString()) {
      return;
    }
    const mine = ++request;
    const r = await api.call('GET', msg.nearby + '?' + params);
    if (mine !== request || !r.ok) {
      return;
    }
    const items = r.body.items;
    nearbyCount.textContent = items.length;
    nearbyCount.classList.toggle('d-none', items.length === 0);
    nearbyList.innerHTML = items.length === 0
      ? '<li class="list-group-item text-secondary">' + api.text(msg.msgNoNearby) + '</li>'
      : items.map(n => {
        const c = n.kase;
        return '<li class="list-group-item nearby-case" data-match="' + api.text(n.match) + '">' +
          '<div class="d-flex gap-2 align-items-center"><a class="font-monospace" target="_blank" rel="noopener" href="' +
          msg.case + c.id + '">' + api.text(c.trackingNumber) + '</a>' +
          '<span class="badge text-bg-warning">' + api.text(n.matchLabel) + '</span>' +
          '<span class="badge text-bg-light border">' + api.text(c.state.label) + '</span>' +
          '<span class="ms-auto text-secondary small">' + api.text((c.registeredAt || '').slice(0, 10)) + '</span></div>' +
          '<div>' + api.text(c.title) + '</div>' +
          (c.address ? '<div class="small text-secondary">' + api.text(c.address) + '</div>' : '') + '</li>';
      }).join('');
  }

  // ---- register --------------------------------------------------------------------------------------
  function body() {
    const f = form.elements;
    const type = form.querySelector('input[name=type]:checked');
    const urgency = form.querySelector('input[name=urgency]:checked');
    const data = {
      type: type ? type.value : null,
      urgency: urgency ? urgency.value : null,
      categoryCode: f.categoryCode.value || null,
      description: f.description.value,
      address: f.address.value.trim() || null,
      requester: {
        name: f.requesterName.value.trim() || null, phone: f.requesterPhone.value.trim() || null,
        anonymous: f.anonymous.checked, confidential: f.confidential.checked, enterprise: f.enterprise.checked
      }
    };
    if (point.lng !== null) {
      data.location = { lng: point.lng, lat: point.lat };
    }
    if (answerNow.checked) {
      data.answer = f.answer.value;
    }
    return data;
  }

  form.addEventListener('submit', async e => {
    e.preventDefault();
    if (submit.disabled) {
      return;
    }
    api.clearProblems(form);
    submit.disabled = true;
    const result = await api.createCase(msg.api, body(), key);
    if (!result.ok) {
      submit.disabled = false;
      api.showProblem(form, result);
      const invalid = form.querySelector('.is-invalid');
      if (invalid) {
        invalid.focus();
      }
      return;
    }
    const kase = result.body;
    const link = document.getElementById('intake-tracking');
    link.textContent = kase.trackingNumber;
    link.href = msg.case + kase.id;
    document.getElementById('intake-outcome').textContent =
      kase.state.code === 'CLOSED' ? msg.msgAnswered : msg.msgRegisteredOnly + ' ' + kase.state.label;
    success.classList.remove('d-none');
    document.getElementById('intake-again').focus();
  });

  function again() {
    form.reset();
    api.clearProblems(form);
    point.lng = point.lat = null;
    form.elements.categoryCode.value = '';
    answer.classList.add('d-none');
    answerNow.disabled = true;
    locationBox.textContent = '';
    nearbyList.innerHTML = '';
    nearbyCount.classList.add('d-none');
    success.classList.add('d-none');
    key = api.idempotencyKey('intake');
    submit.disabled = false;
    form.elements.requesterPhone.focus();
  }
  document.getElementById('intake-again').addEventListener('click', again);
  form.addEventListener('reset', () => setTimeout(() => {
    if (!success.classList.contains('d-none')) {
      return;
    }
    point.lng = point.lat = null;
    answer.classList.add('d-none');
  }));
})();
