/* The script of inspection/libraries/inspectors.html, kept out of the page so that the Content-Security-Policy allows no inline script. */
(function () {
  'use strict';
  var form = document.getElementById('inspector-form');
  if (form) {
    libraryForms.submit(form, function () { return form.dataset.api; }, function (f) {
      return { name: f.name.value, departmentCode: form.dataset.department, licenceNumber: f.licenceNumber.value,
        licenceExpires: f.licenceExpires.value || null, expertise: libraryForms.list(f.expertise.value),
        username: f.username.value || null };
    });
  }
  var conflict = document.getElementById('conflict-form');
  if (conflict) {
    libraryForms.submit(conflict, function (f) { return conflict.dataset.api + f.inspector.value + '/conflicts'; }, function (f) {
      return { creditCode: f.creditCode.value, kind: f.kind.value, note: f.note.value || null };
    });
  }
})();
