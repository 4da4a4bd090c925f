/*
 * The urban-management loop's pages: a step form posts its fields as JSON (a photo as {name, data} in base64, shrunk
 * on the phone before it is sent; "true"/"false" radios as booleans) and reloads, or shows the problem in the form.
 */
window.zhiliUrban = (function () {
  'use strict';

  const MAX_SIDE = 1600;

  /** A photo file as {name, data}: drawn again at most MAX_SIDE pixels wide or high, as JPEG. */
  function photo(file) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onerror = () => reject(reader.error);
      reader.onload = () => {
        const img = new Image();
        img.onerror = () => resolve({ name: file.name, data: reader.result });
        img.onload = () => {
          const scale = Math.min(1, MAX_SIDE / Math.max(img.width, img.height));
          const canvas = document.createElement('canvas');
          canvas.width = Math.max(1, Math.round(img.width * scale));
          canvas.height = Math.max(1, Math.round(img.height * scale));
          const ctx = canvas.getContext('2d');
          ctx.fillStyle = '#fff';
          ctx.fillRect(0, 0, canvas.width, canvas.height);
          ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
          resolve({ name: file.name.replace(/\.[^.]*$/, '') + '.jpg', data: canvas.toDataURL('image/jpeg', 0.85) });
        };
        img.src = reader.result;
      };
      reader.readAsDataURL(file);
    });
  }

  /** The form's fields as the API takes them. */
  async function payload(form) {
    const body = {};
    for (const e of Array.from(form.elements)) {
      if (!e.name || e.disabled) {
        continue;
      }
      if (e.type === 'file') {
        if (e.files && e.files.length) {
          body[e.name] = await photo(e.files[0]);
        }
      } else if (e.type === 'radio') {
        if (e.checked) {
          body[e.name] = e.value === 'true' ? true : e.value === 'false' ? false : e.value;
        }
      } else if (e.type === 'checkbox') {
        body[e.name] = e.checked;
      } else if (e.value !== '') {
        body[e.name] = e.dataset.number !== undefined ? Number(e.value) : e.value;
      }
    }
    return body;
  }

  function problem(form, answer) {
    const box = form.querySelector('.form-problem');
    if (box) {
      box.textContent = zhili.problemText(answer, '提交失败');
      box.classList.remove('d-none');
    }
  }

  /** Each form matching the selector posts to its data-api; done() or a reload follows a taken step. */
  function stepForms(selector, done) {
    document.querySelectorAll(selector).forEach(form => {
      form.addEventListener('submit', async ev => {
        ev.preventDefault();
        const submitter = ev.submitter;
        const button = submitter || form.querySelector('[type=submit]');
        const body = await payload(form);
        if (submitter && submitter.name) {
          body[submitter.name] = submitter.value === 'true' ? true : submitter.value === 'false' ? false : submitter.value;
        }
        if (button) {
          button.disabled = true;
        }
        const answer = await zhili.call('POST', form.dataset.api, body);
        if (button) {
          button.disabled = false;
        }
        if (answer.ok) {
          if (done) {
            done(form, answer.body);
          } else {
            location.reload();
          }
          return;
        }
        problem(form, answer);
      });
    });
  }

  return { photo: photo, payload: payload, stepForms: stepForms, problem: problem };
})();
