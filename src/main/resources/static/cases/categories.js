/*
 * 分类与时限: the category tree from /api/v1/categories; choosing a category shows its lead-unit rule and
 * its own time limits (the inherited or default limit as a placeholder). Saving goes through
 * PUT /api/v1/categories/{code} and PUT /api/v1/categories/{code}/limits, which audit every change.
 */
(function () {
  'use strict';
  const api = window.zhiliCases;
  const page = document.getElementById('categories-page');
  const msg = page.dataset;
  const tree = document.getElementById('category-tree');
  const editor = document.getElementById('category-editor');
  const ruleForm = document.getElementById('rule-form');
  const limitsForm = document.getElementById('limits-form');
  const ruleLabels = { INHERIT: msg.msgInherit, TERRITORIAL: msg.msgTerritorial, DEPARTMENT: msg.msgDepartment };
  let all = [];
  let current = null;

  function row(c) {
    const a = document.createElement('button');
    a.type = 'button';
    a.className = 'list-group-item list-group-item-action py-1 d-flex gap-2' + (c.active ? '' : ' text-secondary') +
      (current && current.code === c.code ? ' active' : '');
    a.style.paddingLeft = (0.5 + (c.level - 1) * 1.25) + 'rem';
    a.dataset.code = c.code;
    const own = Object.keys(c.ownLimits).length;
    a.innerHTML = '<span class="me-auto">' + api.text(c.name) + '</span>' +
      (c.leadRule !== 'INHERIT' ? '<span class="badge text-bg-light border">' + api.text(ruleLabels[c.leadRule]) +
        (c.leadUnitCode ? ' ' + api.text(c.leadUnitCode) : '') + '</span>' : '') +
      (own ? '<span class="badge text-bg-info"><i class="bi bi-clock"></i></span>' : '') +
      (c.active ? '' : '<span class="badge text-bg-secondary">' + api.text(msg.msgInactive) + '</span>');
    a.addEventListener('click', () => choose(c.code));
    return a;
  }

  function render() {
    const words = document.getElementById('category-search').value.trim().toLowerCase();
    const shown = words ? all.filter(c => c.fullName.toLowerCase().includes(words) || c.code.toLowerCase().startsWith(words))
      : all.filter(c => c.level === 1 || (current && (current.code.startsWith(c.parentCode) || c.parentCode === current.code)));
    tree.innerHTML = '';
    shown.forEach(c => tree.appendChild(row(c)));
  }

  function choose(code) {
    current = all.find(c => c.code === code);
    editor.classList.remove('d-none');
    document.getElementById('category-name').textContent = current.fullName;
    document.getElementById('category-code').textContent = current.code;
    [ruleForm, limitsForm].forEach(f => {
      api.clearProblems(f);
      f.querySelector('.saved').classList.add('d-none');
    });
    ruleForm.querySelector('#rule-' + current.leadRule).checked = true;
    ruleForm.querySelector('#rule-INHERIT').disabled = current.level === 1;
    ruleForm.elements.leadUnitCode.value = current.leadUnitCode || ruleForm.elements.leadUnitCode.options[0].value;
    ruleForm.elements.active.checked = current.active;
    document.getElementById('rule-effective').textContent = effectiveRule(current);
    toggleDepartment();
    limitsForm.querySelectorAll('.limit-input').forEach(input => {
      const own = (current.ownLimits[input.dataset.urgency] || {})[input.dataset.stage];
      input.value = own || '';
      input.placeholder = current.limits[input.dataset.urgency][input.dataset.stage];
    });
    render();
  }

  /** What 同上级 amounts to: the first rule found from the category up, with the department's name. */
  function effectiveRule(c) {
    let rule = c;
    while (rule && rule.leadRule === 'INHERIT') {
      rule = all.find(p => p.code === rule.parentCode);
    }
    if (!rule) {
      return '';
    }
    const department = rule.leadUnitCode ? ruleForm.querySelector('option[value="' + rule.leadUnitCode + '"]') : null;
    return msg.msgEffective + ruleLabels[rule.leadRule] + (department ? ' · ' + department.textContent : '') +
      (rule !== c ? '（' + rule.fullName + '）' : '');
  }

  function toggleDepartment() {
    const rule = ruleForm.querySelector('input[name=leadRule]:checked');
    ruleForm.elements.leadUnitCode.classList.toggle('d-none', !rule || rule.value !== 'DEPARTMENT');
  }
  ruleForm.addEventListener('change', toggleDepartment);

  function saved(form, updated) {
    const i = all.findIndex(c => c.code === updated.code);
    all[i] = updated;
    if (form === limitsForm) {
      // Limits are inherited: the categories below may show new effective values.
      load(updated.code, form);
      return;
    }
    choose(updated.code);
    form.querySelector('.saved').classList.remove('d-none');
  }

  ruleForm.addEventListener('submit', async e => {
    e.preventDefault();
    api.clearProblems(ruleForm);
    const rule = ruleForm.querySelector('input[name=leadRule]:checked').value;
    const result = await api.call('PUT', msg.api + '/' + encodeURIComponent(current.code), {
      leadRule: rule, leadUnitCode: rule === 'DEPARTMENT' ? ruleForm.elements.leadUnitCode.value : null,
      active: ruleForm.elements.active.checked, version: current.version
    });
    if (result.ok) {
      saved(ruleForm, result.body);
    } else {
      api.showProblem(ruleForm, result);
    }
  });

  limitsForm.addEventListener('submit', async e => {
    e.preventDefault();
    api.clearProblems(limitsForm);
    const limits = {};
    limitsForm.querySelectorAll('.limit-input').forEach(input => {
      const own = (current.ownLimits[input.dataset.urgency] || {})[input.dataset.stage] || '';
      const value = input.value.trim();
      if (value !== own) {
        (limits[input.dataset.urgency] = limits[input.dataset.urgency] || {})[input.dataset.stage] = value || null;
      }
    });
    const result = await api.call('PUT', msg.api + '/' + encodeURIComponent(current.code) + '/limits', { limits: limits });
    if (result.ok) {
      saved(limitsForm, result.body);
    } else {
      api.showProblem(limitsForm, result);
    }
  });

  document.getElementById('category-search').addEventListener('input', render);

  async function load(chosen, savedForm) {
    const result = await api.call('GET', msg.api);
    all = result.ok ? result.body : [];
    if (chosen) {
      choose(chosen);
      if (savedForm) {
        savedForm.querySelector('.saved').classList.remove('d-none');
      }
    } else {
      render();
    }
  }
  load();
})();
