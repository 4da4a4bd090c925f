// The phone page of a visit: pick a site, tick the checklist, add the hazards found (fixed on the spot or to be
// rectified), take photos; saved as one visit, then its photos.
(function () {
  'use strict';
  var form = document.getElementById('visit-form');
  if (!form) { return; }
  var site = document.getElementById('site');
  var filter = document.getElementById('site-filter');
  var hazards = document.getElementById('hazards');
  var template = document.getElementById('hazard-template');
  var problem = form.querySelector('.form-problem');
  var saved = document.getElementById('visit-saved');
  var count = 0;

  filter.addEventListener('input', function () {
    var text = filter.value.trim();
    Array.prototype.forEach.call(site.options, function (o) {
      o.hidden = text !== '' && o.textContent.indexOf(text) < 0;
    });
  });

  document.getElementById('add-hazard').addEventListener('click', function () {
    var n = count++;
    var block = template.content.firstElementChild.cloneNode(true);
    var general = block.querySelector('.hazard-general');
    var major = block.querySelector('.hazard-major');
    var fixed = block.querySelector('.hazard-fixed');
    general.name = major.name = 'severity-' + n;
    general.id = 'hazard-' + n + '-general';
    major.id = 'hazard-' + n + '-major';
    fixed.id = 'hazard-' + n + '-fixed';
    block.querySelector('.hazard-general-label').htmlFor = general.id;
    block.querySelector('.hazard-major-label').htmlFor = major.id;
    block.querySelector('.hazard-fixed-label').htmlFor = fixed.id;
    var deadline = block.querySelector('.hazard-deadline');
    function sync() {
      // a 重大隐患 is never closed on the spot: it is 挂牌督办 and re-checked
      if (major.checked) { fixed.checked = false; }
      fixed.disabled = major.checked;
      deadline.classList.toggle('d-none', fixed.checked);
    }
    [general, major, fixed].forEach(function (el) { el.addEventListener('change', sync); });
    block.querySelector('.remove-hazard').addEventListener('click', function () { block.remove(); });
    hazards.appendChild(block);
    sync();
    block.querySelector('.hazard-description').focus();
  });

  form.addEventListener('submit', async function (ev) {
    ev.preventDefault();
    problem.classList.add('d-none');
    saved.classList.add('d-none');
    var team = document.getElementById('team') || document.getElementById('team-only');
    var body = {
      siteId: site.value === '' ? null : Number(site.value),
      teamId: team && team.value !== '' ? Number(team.value) : null,
      checked: Array.prototype.filter.call(form.querySelectorAll('.checklist-item'), function (c) { return c.checked; })
        .map(function (c) { return c.value; }),
      note: document.getElementById('note').value,
      hazards: Array.prototype.map.call(hazards.querySelectorAll('.hazard'), function (h) {
        var fixed = h.querySelector('.hazard-fixed').checked;
        var due = h.querySelector('.hazard-due').value;
        return {
          description: h.querySelector('.hazard-description').value,
          severity: h.querySelector('.hazard-major').checked ? 'MAJOR' : 'GENERAL',
          checklistItem: h.querySelector('.hazard-item').value || null,
          fixedOnSpot: fixed,
          due: !fixed && due ? due : null
        };
      })
    };
    if (body.siteId === null) {
      show('请选择检查对象');
      return;
    }
    var button = document.getElementById('save-visit');
    button.disabled = true;
    try {
      var answer = await zhili.call('POST', form.dataset.api, body);
      if (!answer.ok) { show(zhili.problemText(answer, '保存失败')); return; }
      var visit = answer.body;
      var files = document.getElementById('photos').files;
      var photoText = '';
      if (files.length > 0) {
        var data = new FormData();
        Array.prototype.forEach.call(files, function (f) { data.append('photos', f); });
        var photos = await zhili.call('POST', form.dataset.photos + visit.id + '/photos', data);
        photoText = photos.ok ? '，照片' + files.length + '张' : '；照片未保存：' + zhili.problemText(photos, '上传失败');
      }
      var onSpot = visit.hazards.filter(function (h) { return h.fixedOnSpot; }).length;
      saved.textContent = '已保存：' + visit.siteName + '，发现隐患' + visit.hazards.length + '处（现场整改' + onSpot + '处，限期整改'
        + (visit.hazards.length - onSpot) + '处）' + photoText;
      saved.classList.remove('d-none');
      var option = site.options[site.selectedIndex];
      if (option && option.textContent.indexOf('✓') < 0) { option.textContent += ' ✓'; }
      hazards.innerHTML = '';
      document.getElementById('note').value = '';
      form.querySelectorAll('.checklist-item').forEach(function (c) { c.checked = true; });
      document.getElementById('photos').value = '';
      window.scrollTo(0, 0);
    } finally {
      button.disabled = false;
    }
  });

  function show(text) {
    problem.textContent = text;
    problem.classList.remove('d-none');
  }
})();
