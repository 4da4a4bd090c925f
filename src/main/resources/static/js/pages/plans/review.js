/* The draft review page: the source text with what was read marked, and each proposal's decision. Its data comes
   from the page's data attributes, so that the Content-Security-Policy allows no inline script. */
(function () {
  var data = document.getElementById('review-data').dataset;
  var page = JSON.parse(data.page);
  var text = page.text, sourceName = page.sourceName, decisionLabels = page.decisionLabels, d = page.draft;
  var planBase = data.planBase, publishApi = data.publishApi, itemsApi = data.itemsApi;
  var reviewsApi = data.reviewsApi, matchesApi = data.matchesApi, targetsApi = data.targetsApi;
  var marks = [];
  d.tasks.forEach(function (t) { marks.push([t.start, t.start + t.title.length + (t.number ? t.number.length + 1 : 0), 'bg-success-subtle']); });
  d.targets.forEach(function (g) { marks.push([g.start, g.end, 'bg-warning-subtle']); });
  d.actuals.forEach(function (g) { marks.push([g.start, g.end, 'bg-info-subtle']); });
  marks.sort(function (a, b) { return a[0] - b[0]; });
  var src = document.getElementById('source'), at = 0;
  marks.forEach(function (m) {
    if (m[0] < at) { return; }
    src.appendChild(document.createTextNode(text.substring(at, m[0])));
    var mark = document.createElement('mark');
    mark.id = 'src-' + m[0]; mark.className = m[2]; mark.textContent = text.substring(m[0], m[1]);
    src.appendChild(mark); at = m[1];
  });
  src.appendChild(document.createTextNode(text.substring(at)));

  // Review item by item: each decision is kept on the server (to measure the reader) and shapes what is published.
  var decided = {};
  function rowValues(row) {
    var v = row.querySelector('.item-value').value, y = row.querySelector('.item-year').value;
    return { kind: row.querySelector('.item-kind').value, title: row.querySelector('.item-title').value,
      value: v === '' ? null : Number(v), unit: row.querySelector('.item-unit').value,
      year: y === '' ? null : Number(y), unitCode: row.querySelector('.item-lead').value };
  }
  function show(row, review) {
    decided[row.dataset.key] = review;
    // A kept edit is shown as edited, also after the page is opened again.
    var e = review.edited;
    if (e) {
      if (e.kind) { row.querySelector('.item-kind').value = e.kind; }
      if (e.title) { row.querySelector('.item-title').value = e.title; }
      if (e.value !== null && e.value !== undefined) { row.querySelector('.item-value').value = e.value; }
      if (e.unit) { row.querySelector('.item-unit').value = e.unit; }
      if (e.year) { row.querySelector('.item-year').value = e.year; }
      if (e.unitCode !== null && e.unitCode !== undefined) { row.querySelector('.item-lead').value = e.unitCode; }
    }
    var badge = row.querySelector('.item-decision');
    badge.textContent = decisionLabels[review.decision] || review.decision;
    badge.className = 'badge item-decision ' + (review.decision === 'DROPPED' ? 'text-bg-danger'
      : review.decision === 'EDITED' ? 'text-bg-primary' : 'text-bg-success');
    row.classList.toggle('text-decoration-line-through', review.decision === 'DROPPED');
    row.classList.toggle('opacity-50', review.decision === 'DROPPED');
  }
  async function decide(row, decision) {
    var body = Object.assign({ decision: decision }, decision === 'DROPPED' ? {} : rowValues(row));
    var answer = await zhili.call('PUT', itemsApi + row.dataset.key, body);
    if (answer.ok) { show(row, answer.body); return; }
    var box = document.getElementById('publish-problem');
    box.textContent = zhili.problemText(answer, '保存失败'); box.classList.remove('d-none');
  }
  var rows = {};
  document.querySelectorAll('tr.draft-item').forEach(function (row) {
    rows[row.dataset.key] = row;
    var b;
    if ((b = row.querySelector('.item-accept'))) { b.addEventListener('click', function () { decide(row, 'ACCEPTED'); }); }
    if ((b = row.querySelector('.item-edit'))) { b.addEventListener('click', function () { decide(row, 'EDITED'); }); }
    if ((b = row.querySelector('.item-drop'))) { b.addEventListener('click', function () { decide(row, 'DROPPED'); }); }
  });
  zhili.call('GET', reviewsApi).then(function (answer) {
    if (answer.ok) { answer.body.forEach(function (r) { if (rows[r.itemKey]) { show(rows[r.itemKey], r); } }); }
  });

  // A reported result can be recorded as the actual of the published target it matches.
  zhili.call('GET', matchesApi).then(function (answer) {
    if (!answer.ok) { return; }
    answer.body.forEach(function (m) {
      var row = rows[m.itemKey];
      if (!row) { return; }
      var box = row.querySelector('.item-match');
      box.querySelector('.item-match-target').textContent = m.indicator + '（' + m.planTitle + '，' + m.period + '年目标 '
        + Number(m.target) + m.unit + '）';
      box.classList.remove('d-none');
      box.querySelector('.item-record').addEventListener('click', async function () {
        var v = rowValues(row);
        var answer = await zhili.call('PUT', targetsApi + m.targetId + '/actuals',
          { period: String(v.year || m.period), value: v.value, note: '文件识别' + (sourceName ? '：' + sourceName : '') });
        if (answer.ok) { box.querySelector('.item-recorded').classList.remove('d-none'); return; }
        var problem = document.getElementById('publish-problem');
        problem.textContent = zhili.problemText(answer, '记录失败'); problem.classList.remove('d-none');
      });
    });
  });

  /** The plan as reviewed: dropped items left out, edited values taken from the table. */
  function reviewed() {
    var byRef = {};
    document.querySelectorAll('tr.draft-item').forEach(function (row) { byRef[row.dataset.ref] = row; });
    function kept(ref) { var row = byRef[ref]; return !row || !decided[row.dataset.key] || decided[row.dataset.key].decision !== 'DROPPED'; }
    var read = {};
    (d.items || []).forEach(function (i) { read[i.ref] = i; });
    var tasks = d.tasks.filter(function (t) { return kept('task:' + t.key); }).map(function (t) {
      var row = byRef['task:' + t.key], item = read['task:' + t.key] || {};
      // Co-units and deadline as the text (a 任务分解表) named them.
      return Object.assign({}, t, { coUnits: item.coUnits || [], deadline: item.due || null },
        row ? { title: row.querySelector('.item-title').value || t.title,
          leadUnit: row.querySelector('.item-lead').value || null } : {});
    });
    var targets = [], actuals = [];
    function quantity(q, ref) {
      var row = byRef[ref];
      if (!kept(ref)) { return; }
      var v = row ? rowValues(row) : null;
      var out = Object.assign({}, q, v ? { indicator: v.title || q.indicator, value: v.value === null ? q.value : v.value,
        unit: v.unit || q.unit, period: v.year || q.period } : {});
      if (out.task && !tasks.some(function (t) { return t.key === out.task; })) { out.task = null; }
      (v && v.kind === 'ACTUAL' ? actuals : v && v.kind === 'TASK' ? [] : targets).push(out);
    }
    d.targets.forEach(function (q, i) { quantity(q, 'target:' + i); });
    d.actuals.forEach(function (q, i) { quantity(q, 'actual:' + i); });
    return { tasks: tasks, targets: targets, actuals: actuals };
  }
  var publish = document.getElementById('publish');
  if (publish) {
    publish.addEventListener('click', async function () {
      var r = reviewed();
      var body = {
        title: document.getElementById('draft-title').value, year: Number(document.getElementById('draft-year').value),
        sections: d.sections, tasks: r.tasks, targets: r.targets, actuals: r.actuals
      };
      var answer = await zhili.call('POST', publishApi, body);
      if (answer.ok) { location.href = planBase + answer.body.id; return; }
      var box = document.getElementById('publish-problem');
      box.textContent = zhili.problemText(answer, '发布失败'); box.classList.remove('d-none');
    });
  }
})();
