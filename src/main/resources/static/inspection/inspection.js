/*
 * 双随机、一公开 pages: the plan and task forms, the draw buttons (task page and the meeting's projector view),
 * an inspection's steps on the phone, and the overview's map. Every step calls the JSON API through zhili.call;
 * a refusal's detail is shown next to the button or form that asked.
 */
(function () {
  'use strict';

  function showProblem(box, answer, fallback) {
    if (!box) return;
    box.textContent = zhili.problemText(answer, fallback || '操作失败');
    box.classList.remove('d-none');
  }

  function hideProblem(box) {
    if (box) box.classList.add('d-none');
  }

  /** Disables the button while the call runs, so a double tap does not send the step twice. */
  async function busy(button, work) {
    if (button) button.disabled = true;
    try {
      return await work();
    } finally {
      if (button) button.disabled = false;
    }
  }

  function checked(form, name) {
    return Array.from(form.querySelectorAll('input[name="' + name + '"]:checked')).map(function (i) { return i.value; });
  }

  // ---- 抽查计划: a new plan, a new task -------------------------------------------------------------------------

  const planForm = document.getElementById('plan-form');
  if (planForm) {
    planForm.addEventListener('submit', async function (ev) {
      ev.preventDefault();
      const box = planForm.querySelector('.form-problem');
      hideProblem(box);
      const body = { year: Number(planForm.elements.year.value), name: planForm.elements.name.value };
      const answer = await busy(planForm.querySelector('[type=submit]'), function () {
        return zhili.call('POST', planForm.dataset.api, body);
      });
      if (answer.ok) {
        location.href = location.pathname + '?year=' + answer.body.year;
      } else {
        showProblem(box, answer);
      }
    });
  }

  const taskForm = document.getElementById('task-form');
  if (taskForm) {
    // Matters of the own department, and of each joint department once it is ticked.
    const showMatters = function () {
      const departments = new Set([taskForm.dataset.own].concat(checked(taskForm, 'jointDepartments')));
      taskForm.querySelectorAll('.matter-option').forEach(function (option) {
        const shown = departments.has(option.dataset.department);
        option.classList.toggle('d-none', !shown);
        if (!shown) option.querySelector('input').checked = false;
      });
    };
    taskForm.querySelectorAll('.joint-department').forEach(function (box) { box.addEventListener('change', showMatters); });
    taskForm.addEventListener('submit', async function (ev) {
      ev.preventDefault();
      const box = taskForm.querySelector('.form-problem');
      hideProblem(box);
      const ratios = {};
      taskForm.querySelectorAll('.ratio').forEach(function (input) { ratios[input.dataset.class] = Number(input.value); });
      const body = {
        name: taskForm.elements.name.value,
        jointDepartments: checked(taskForm, 'jointDepartments'),
        matterIds: checked(taskForm, 'matterIds').map(Number),
        industries: checked(taskForm, 'industries'),
        streetCodes: checked(taskForm, 'streetCodes'),
        tags: taskForm.elements.tags.value.split(/[,，、\s]+/).map(function (s) { return s.trim(); }).filter(Boolean),
        ratios: ratios,
        inspectorsPerSubject: Number(taskForm.elements.inspectorsPerSubject.value),
        periodStart: taskForm.elements.periodStart.value,
        periodEnd: taskForm.elements.periodEnd.value
      };
      const url = taskForm.dataset.api + '/' + taskForm.elements.plan.value + '/tasks';
      const answer = await busy(taskForm.querySelector('[type=submit]'), function () { return zhili.call('POST', url, body); });
      if (answer.ok) {
        location.href = taskForm.dataset.taskPage + answer.body.id;
      } else {
        showProblem(box, answer);
      }
    });
  }

  // ---- A task: commit, draw, redraw, publish -------------------------------------------------------------------

  const taskPage = document.getElementById('inspection-task');
  if (taskPage) {
    const api = taskPage.dataset.api;
    const drawProblem = document.getElementById('draw-problem');
    const commit = document.getElementById('commit');
    if (commit) {
      commit.addEventListener('click', async function () {
        hideProblem(drawProblem);
        const answer = await busy(commit, function () {
          return zhili.call('POST', api + '/tasks/' + taskPage.dataset.task + '/draws');
        });
        // The meeting watches the commitment on the projector before anything is drawn.
        if (answer.ok) location.href = taskPage.dataset.screen + answer.body.id + '/screen';
        else showProblem(drawProblem, answer);
      });
    }
    const draw = document.getElementById('draw');
    if (draw) {
      draw.addEventListener('click', async function () {
        hideProblem(drawProblem);
        const answer = await busy(draw, function () { return zhili.call('POST', api + '/draws/' + draw.dataset.draw + '/draw'); });
        if (answer.ok) location.reload(); else showProblem(drawProblem, answer);
      });
    }
    const redraw = document.getElementById('redraw-form');
    if (redraw) {
      redraw.addEventListener('submit', async function (ev) {
        ev.preventDefault();
        hideProblem(drawProblem);
        const answer = await busy(redraw.querySelector('[type=submit]'), function () {
          return zhili.call('POST', api + '/draws/' + redraw.dataset.draw + '/redraw', { reason: redraw.elements.reason.value });
        });
        if (answer.ok) location.reload(); else showProblem(drawProblem, answer);
      });
    }
    const publishAll = document.getElementById('publish-all');
    if (publishAll) {
      publishAll.addEventListener('click', async function () {
        const box = document.getElementById('publish-problem');
        hideProblem(box);
        const answer = await busy(publishAll, function () {
          return zhili.call('POST', api + '/tasks/' + taskPage.dataset.task + '/publish');
        });
        if (answer.ok) location.reload(); else showProblem(box, answer);
      });
    }
  }

  // ---- The projector view: the draw, then the picks one after another and the seed -----------------------------

  const screen = document.getElementById('draw-screen');
  if (screen) {
    const button = document.getElementById('screen-draw');
    const problem = document.getElementById('screen-problem');
    const pause = function (ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); };
    const row = function (p) {
      const tr = document.createElement('tr');
      tr.className = 'pick pick-new';
      tr.innerHTML = '<td>' + zhili.text(p.order) + '</td><td>' + zhili.text(p.subjectName) + '</td>'
        + '<td class="font-monospace">' + zhili.text(p.creditCode) + '</td><td>' + zhili.text(p.creditClass) + '</td>'
        + '<td><span>' + zhili.text(p.weight) + '</span> <small class="text-secondary-emphasis">'
        + zhili.text(p.weightReason || '') + '</small></td><td>' + zhili.text((p.inspectors || []).join('、')) + '</td>';
      return tr;
    };
    if (button) {
      button.addEventListener('click', async function () {
        hideProblem(problem);
        const answer = await busy(button, function () { return zhili.call('POST', screen.dataset.api); });
        if (!answer.ok) {
          showProblem(problem, answer, screen.dataset.msgFailed);
          return;
        }
        const view = answer.body;
        button.remove();
        document.getElementById('screen-state').textContent = view.stateLabel;
        document.getElementById('screen-seed').textContent = view.seed;
        document.getElementById('screen-seed-box').classList.remove('d-none');
        Object.keys(view.classes || {}).forEach(function (c) {
          const cell = document.querySelector('#screen-classes tr[data-class="' + c + '"] .drawn');
          if (cell) cell.textContent = view.classes[c].drawn;
        });
        const body = document.querySelector('#screen-picks tbody');
        // The picks appear one by one, in draw order, for the room to follow.
        const step = Math.max(40, Math.min(400, 6000 / Math.max(1, view.picks.length)));
        for (const p of view.picks) {
          body.appendChild(row(p));
          await pause(step);
        }
        if (view.unstaffed && view.unstaffed.length) {
          const note = document.createElement('p');
          note.className = 'fs-5 text-warning';
          note.id = 'screen-unstaffed';
          note.textContent = screen.dataset.msgUnstaffed + view.unstaffed.join('、');
          document.getElementById('screen-picks').after(note);
        }
        screen.dataset.state = view.state;
        screen.classList.add('drawn');
      });
    }
  }

  // ---- An inspection: record, photos, confirm, 法制审核, publish -------------------------------------------------

  const inspection = document.getElementById('inspection-page');
  if (inspection) {
    const api = inspection.dataset.api;
    const step = async function (button, box, path, body) {
      hideProblem(box);
      const answer = await busy(button, function () { return zhili.call('POST', api + path, body); });
      if (answer.ok) location.reload(); else showProblem(box, answer, inspection.dataset.msgFailed);
    };
    const record = document.getElementById('record-form');
    if (record) {
      record.addEventListener('submit', function (ev) {
        ev.preventDefault();
        const checklist = Array.from(record.querySelectorAll('.check-item')).filter(function (item) {
          return item.querySelector('.check-ok').checked || item.querySelector('.check-problem').checked;
        }).map(function (item) {
          const note = item.querySelector('.check-note').value.trim();
          return { item: item.dataset.item, ok: item.querySelector('.check-ok').checked, note: note || null };
        });
        const result = record.querySelector('input[name=result]:checked');
        step(record.querySelector('[type=submit]'), record.querySelector('.form-problem'), '/record', {
          result: result ? result.value : null,
          findings: record.elements.findings.value,
          checklist: checklist,
          majorDecision: record.elements.majorDecision.checked
        });
      });
    }
    const photo = document.getElementById('photo-form');
    if (photo) {
      photo.addEventListener('submit', async function (ev) {
        ev.preventDefault();
        const box = photo.querySelector('.form-problem');
        hideProblem(box);
        const data = new FormData();
        data.append('file', photo.elements.file.files[0]);
        const answer = await busy(photo.querySelector('[type=submit]'), function () { return zhili.call('POST', api + '/photos', data); });
        if (answer.ok) location.reload(); else showProblem(box, answer, inspection.dataset.msgFailed);
      });
    }
    const confirm = document.getElementById('confirm');
    if (confirm) {
      confirm.addEventListener('click', function () { step(confirm, document.getElementById('confirm-problem'), '/confirm'); });
    }
    const review = document.getElementById('review-form');
    if (review) {
      review.addEventListener('submit', function (ev) {
        ev.preventDefault();
        const approved = ev.submitter ? ev.submitter.value === 'true' : true;
        step(ev.submitter, review.querySelector('.form-problem'), '/review',
          { approved: approved, opinion: review.elements.opinion.value });
      });
    }
    const publish = document.getElementById('publish');
    if (publish) {
      publish.addEventListener('click', function () { step(publish, document.getElementById('publish-problem'), '/publish'); });
    }
  }

  // ---- 监管总览: streets shaded by the rectifications still open there ------------------------------------------

  const overview = document.getElementById('inspection-overview');
  if (overview && window.L) {
    const open = {};
    overview.querySelectorAll('.street-line').forEach(function (line) {
      open[line.dataset.street] = Number(line.dataset.open);
    });
    const most = Math.max.apply(null, [1].concat(Object.values(open)));
    const colour = function (n) {
      const share = n / most;
      return share > 0.75 ? '#bd0026' : share > 0.5 ? '#f03b20' : share > 0.25 ? '#fd8d3c' : '#fecc5c';
    };
    const status = document.getElementById('map-status');
    const failed = function () { status.classList.add('text-danger'); status.textContent = overview.dataset.msgMapFailed; };
    const map = L.map('street-map', { attributionControl: false });
    zhili.call('GET', overview.dataset.geojson).then(function (answer) {
      if (!answer.ok) return failed();
      const layer = L.geoJSON(answer.body, {
        style: function (f) {
          const n = open[f.properties.code] || 0;
          return n > 0 ? { color: '#6c757d', weight: 1, fillColor: colour(n), fillOpacity: 0.7 }
            : { color: '#adb5bd', weight: 0.5, fillOpacity: 0.05 };
        },
        onEachFeature: function (f, l) { l.bindTooltip(f.properties.name + '：' + (open[f.properties.code] || 0)); }
      }).addTo(map);
      map.fitBounds(layer.getBounds());
    }).catch(failed);
  }
})();
