/* The 监督员's phone page: report with photo and point; one-tap 核实 and 核查 of the cases in the patrol area. */
(function () {
  'use strict';

  document.querySelectorAll('[data-tab]').forEach(tab => tab.addEventListener('click', () => {
    document.querySelectorAll('[data-tab]').forEach(t => t.classList.toggle('active', t === tab));
    document.querySelectorAll('.patrol-pane').forEach(p => p.classList.toggle('d-none', p.id !== tab.dataset.tab));
  }));

  const form = document.getElementById('report-form');
  const lng = document.getElementById('lng');
  const lat = document.getElementById('lat');
  const point = document.getElementById('point');
  const mapEl = document.getElementById('patrol-map');
  let view = null;

  const classSelect = document.getElementById('class');
  const componentId = document.getElementById('componentId');
  const nearby = document.getElementById('nearby');

  /* With a point and a component class, the inventory's components of that class within 30 m are offered: one tap
     puts the identifier in the report, so the case knows the component's unit and limit. */
  async function offerNearby() {
    nearby.innerHTML = '';
    const cls = classSelect.value.split(':');
    if (cls[0] !== 'COMPONENT' || !lng.value || !lat.value) {
      return;
    }
    const answer = await zhili.call('GET', nearby.dataset.api + '?metres=30&limit=5&class=' + cls[1]
      + '&lng=' + lng.value + '&lat=' + lat.value);
    if (!answer.ok || !answer.body.components.length) {
      return;
    }
    nearby.insertAdjacentHTML('beforeend', '<div class="text-secondary">' + zhili.text(nearby.dataset.title) + '</div>');
    answer.body.components.forEach(c => {
      const item = document.createElement('button');
      item.type = 'button';
      item.className = 'list-group-item list-group-item-action px-1 py-1 nearby-component';
      item.textContent = c.name + ' · ' + Math.round(c.metres) + ' 米 · ' + c.id;
      item.addEventListener('click', () => {
        componentId.value = c.id;
        nearby.querySelectorAll('.nearby-component').forEach(b => b.classList.toggle('active', b === item));
      });
      nearby.appendChild(item);
    });
  }
  classSelect.addEventListener('change', offerNearby);

  function setPoint(y, x, zoom) {
    lat.value = y.toFixed(6);
    lng.value = x.toFixed(6);
    point.textContent = x.toFixed(5) + ', ' + y.toFixed(5);
    if (view) {
      view.setPoint(y, x, zoom);
    }
    offerNearby();
  }

  if (window.L && window.zhiliCases) {
    view = zhiliCases.map(mapEl, { onClick: ll => setPoint(ll.lat, ll.lng, false) });
  }

  document.getElementById('locate').addEventListener('click', () => {
    if (!navigator.geolocation) {
      point.textContent = '本机不支持定位，请在地图上选点';
      return;
    }
    point.textContent = '定位中…';
    navigator.geolocation.getCurrentPosition(p => setPoint(p.coords.latitude, p.coords.longitude, true),
      () => { point.textContent = '未能定位，请在地图上选点'; }, { enableHighAccuracy: true, timeout: 15000 });
  });

  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const box = form.querySelector('.form-problem');
    box.classList.add('d-none');
    const body = await zhiliUrban.payload(form);
    const cls = document.getElementById('class').value;
    if (cls) {
      body.kind = cls.split(':')[0];
      body.classCode = cls.split(':')[1];
    }
    body.source = 'PATROL';
    const button = document.getElementById('report-submit');
    button.disabled = true;
    const answer = await zhili.call('POST', form.dataset.api, body);
    button.disabled = false;
    if (!answer.ok) {
      zhiliUrban.problem(form, answer);
      return;
    }
    const done = document.getElementById('report-done');
    done.innerHTML = '已上报，案卷编号 <a href="/urban/cases/' + answer.body.id + '">' + zhili.text(answer.body.reference)
      + '</a>（' + zhili.text(answer.body.stateLabel) + '）';
    done.classList.remove('d-none');
    form.reset();
    nearby.innerHTML = '';
    lng.value = '';
    lat.value = '';
    window.scrollTo(0, 0);
  });

  zhiliUrban.stepForms('.patrol-step', f => {
    f.outerHTML = '<div class="alert alert-success small p-2 step-done">已提交</div>';
  });
})();
