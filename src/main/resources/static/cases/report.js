/*
 * 巡查上报 on a phone: a photo from the camera, the GPS point (or a point clicked on the map), type,
 * category and description. The case is created first (with an idempotency key per form load), then the
 * photo is uploaded to it.
 */
(function () {
  'use strict';
  const api = window.zhiliCases;
  const form = document.getElementById('report-form');
  const msg = form.dataset;
  const status = document.getElementById('report-location');
  const submit = document.getElementById('report-submit');
  const photo = document.getElementById('report-photo');
  const preview = document.getElementById('report-preview');
  const point = { lng: null, lat: null };
  let key = api.idempotencyKey('patrol');
  let view = null;
  const mapEl = document.getElementById('report-map');
  if (window.L && mapEl) {
    view = api.map(mapEl, { onClick: latlng => setPoint(latlng.lng, latlng.lat) });
  }

  async function setPoint(lng, lat) {
    point.lng = Number(lng.toFixed(6));
    point.lat = Number(lat.toFixed(6));
    if (view) {
      view.setPoint(point.lat, point.lng, true);
    }
    const r = await api.call('GET', msg.locate + '?' + new URLSearchParams({ lng: point.lng, lat: point.lat }));
    if (r.ok) {
      status.textContent = msg.msgLocated + ['street', 'community', 'grid'].filter(k => r.body[k]).map(k => r.body[k].name).join(' › ');
      if (view && r.body.community) {
        view.showGrids(r.body.community.code);
      }
    } else {
      status.textContent = msg.msgOutside;
    }
  }

  document.getElementById('report-gps').addEventListener('click', () => {
    if (!navigator.geolocation) {
      status.textContent = msg.msgGpsFailed;
      return;
    }
    status.textContent = msg.msgLocating;
    navigator.geolocation.getCurrentPosition(p => setPoint(p.coords.longitude, p.coords.latitude),
      () => { status.textContent = msg.msgGpsFailed; }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
  });

  photo.addEventListener('change', () => {
    const file = photo.files[0];
    preview.classList.toggle('d-none', !file);
    if (file) {
      preview.src = URL.createObjectURL(file);
    }
  });

  form.addEventListener('submit', async e => {
    e.preventDefault();
    if (submit.disabled) {
      return;
    }
    api.clearProblems(form);
    if (point.lng === null) {
      api.showProblem(form, { status: 400, body: { detail: msg.msgPointNeeded, errors: [{ field: 'lng', message: msg.msgPointNeeded }] } });
      return;
    }
    const type = form.querySelector('input[name=type]:checked');
    submit.disabled = true;
    const result = await api.createCase(msg.api, {
      type: type ? type.value : null, categoryCode: form.elements.categoryCode.value || null,
      description: form.elements.description.value, address: form.elements.address.value.trim() || null,
      location: { lng: point.lng, lat: point.lat }
    }, key);
    if (!result.ok) {
      submit.disabled = false;
      api.showProblem(form, result);
      return;
    }
    const kase = result.body;
    const photoStatus = document.getElementById('report-photo-status');
    photoStatus.textContent = '';
    if (photo.files[0]) {
      const data = new FormData();
      data.append('file', photo.files[0]);
      const upload = await api.call('POST', msg.api + '/' + kase.id + '/attachments', data);
      photoStatus.textContent = upload.ok ? msg.msgPhotoOk : msg.msgPhotoFailed + ' ' + ((upload.body && upload.body.detail) || upload.status);
    }
    const link = document.getElementById('report-tracking');
    link.textContent = kase.trackingNumber;
    link.href = msg.case + kase.id;
    form.classList.add('d-none');
    document.getElementById('report-success').classList.remove('d-none');
    // 我的网格 now holds the new case too.
    if (window.htmx) {
      htmx.ajax('GET', window.location.pathname + window.location.search, { target: '#case-results', select: '#case-results', swap: 'outerHTML' });
    }
    window.scrollTo(0, 0);
  });

  document.getElementById('report-again').addEventListener('click', () => window.location.reload());
})();
