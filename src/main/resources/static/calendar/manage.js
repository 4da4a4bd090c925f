/*
 * The administrators' form: paste or upload a holiday-cn year file, send it to PUT /api/v1/calendar/years/{year},
 * and list every field the server refused next to what was sent in that place.
 */
(function () {
  const form = document.getElementById('year-form');
  if (!form) {
    return;
  }
  const api = form.dataset.api;
  const text = document.getElementById('year-json');
  const yearInput = document.getElementById('year-input');
  const result = document.getElementById('year-result');
  const errors = document.getElementById('year-errors');

  function say(kind, message) {
    result.className = 'mt-3 alert alert-' + kind;
    result.textContent = message;
  }

  function clear() {
    result.className = 'mt-3';
    result.textContent = '';
    errors.classList.add('d-none');
    errors.tBodies[0].replaceChildren();
  }

  /** What the submission holds at a field path such as days[3].date, shown beside the server's complaint. */
  function valueAt(data, path) {
    let value = data;
    for (const part of path.replace(/\[(\d+)\]/g, '.$1').split('.')) {
      if (value === null || typeof value !== 'object') {
        return undefined;
      }
      value = value[part];
    }
    return value;
  }

  function listErrors(fieldErrors, data) {
    for (const error of fieldErrors) {
      const row = errors.tBodies[0].insertRow();
      row.insertCell().textContent = error.field;
      row.insertCell().textContent = error.message;
      const shown = valueAt(data, error.field.replace(/\.(name|date|isOffDay)$/, ''));
      const cell = row.insertCell();
      cell.className = 'font-monospace small';
      cell.textContent = shown === undefined ? '' : JSON.stringify(shown);
    }
    errors.classList.toggle('d-none', fieldErrors.length === 0);
  }

  document.getElementById('year-file').addEventListener('change', async function (event) {
    const file = event.target.files[0];
    if (file) {
      text.value = await file.text();
      try {
        const year = JSON.parse(text.value).year;
        if (Number.isInteger(year)) {
          yearInput.value = year;
        }
      } catch (e) { /* reported on save */ }
    }
  });

  document.getElementById('year-load').addEventListener('click', async function () {
    clear();
    const answer = await window.calendarApi.call('GET', api + '/years/' + encodeURIComponent(yearInput.value));
    if (!answer.ok) {
      say('danger', window.calendarApi.problemText(answer, form.dataset.failed));
      return;
    }
    const year = answer.body;
    // Back to the holiday-cn shape the PUT takes.
    text.value = JSON.stringify({
      year: year.year, papers: year.papers,
      days: year.days.map(d => ({ name: d.name, date: d.date, isOffDay: d.isOffDay }))
    }, null, 2);
  });

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    clear();
    let data;
    try {
      data = JSON.parse(text.value);
    } catch (e) {
      say('danger', form.dataset.invalidJson + ' ' + e.message);
      return;
    }
    const year = data && Number.isInteger(data.year) ? data.year : Number.parseInt(yearInput.value, 10);
    if (!Number.isInteger(year)) {
      say('danger', form.dataset.noYear);
      return;
    }
    const answer = await window.calendarApi.call('PUT', api + '/years/' + year, data);
    if (answer.ok) {
      const changed = answer.body.changedDays;
      say('success', form.dataset.saved.replace('{0}', year).replace('{1}', answer.body.year.days.length)
        + (changed.length ? ' ' + changed.join('、') : ' ' + form.dataset.unchanged));
    } else {
      say('danger', window.calendarApi.problemText(answer, form.dataset.failed));
      listErrors((answer.body && answer.body.errors) || [], data);
    }
  });

  for (const button of document.querySelectorAll('.year-withdraw')) {
    button.addEventListener('click', async function () {
      const year = button.dataset.year;
      if (!window.confirm(form.dataset.confirmWithdraw.replace('{0}', year))) {
        return;
      }
      clear();
      const answer = await window.calendarApi.call('DELETE', api + '/years/' + year);
      if (answer.ok) {
        say('success', form.dataset.withdrawn.replace('{0}', year));
      } else {
        say('danger', window.calendarApi.problemText(answer, form.dataset.failed));
      }
    });
  }
})();
