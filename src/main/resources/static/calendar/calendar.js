/* The calculator on the 工作日历 page: date + N working days, time + N working hours. */
(function () {
  const box = document.getElementById('calendar-calculator');
  if (!box) {
    return;
  }
  const weekdays = box.dataset.weekdays.split(','); // Monday first
  const api = box.dataset.api; // /api/v1/calendar, with the context path

  function weekday(isoDate) {
    const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
    const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 0 = Sunday
    return weekdays[(day + 6) % 7];
  }

  function show(output, text, unpublished, failed) {
    output.className = 'col-12 calc-result ' + (failed ? 'text-danger' : 'fw-semibold');
    output.textContent = text;
    if (unpublished) {
      const note = document.createElement('div');
      note.className = 'small text-warning-emphasis fw-normal';
      note.textContent = box.dataset.unpublished;
      output.appendChild(note);
    }
  }

  async function compute(form, output, url, params, describe) {
    const answer = await window.calendarApi.call('GET', api + url + '?' + window.calendarApi.query(params));
    if (answer.ok) {
      show(output, describe(answer.body), !answer.body.published, false);
    } else {
      show(output, window.calendarApi.problemText(answer, box.dataset.failed), false, true);
    }
  }

  const daysForm = document.getElementById('calc-days');
  daysForm.addEventListener('submit', function (event) {
    event.preventDefault();
    compute(daysForm, document.getElementById('calc-days-result'), '/working-days/add',
      { from: daysForm.from.value, days: daysForm.days.value },
      body => body.result + '（' + weekday(body.result) + '）');
  });

  const hoursForm = document.getElementById('calc-hours');
  hoursForm.addEventListener('submit', function (event) {
    event.preventDefault();
    compute(hoursForm, document.getElementById('calc-hours-result'), '/working-hours/add',
      { from: hoursForm.from.value, hours: hoursForm.hours.value },
      body => body.result.slice(0, 16).replace('T', ' ') + '（' + weekday(body.result) + '）');
  });
})();
