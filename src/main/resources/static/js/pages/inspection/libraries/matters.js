/* The script of inspection/libraries/matters.html, kept out of the page so that the Content-Security-Policy allows no inline script. */
(function () {
  'use strict';
  var form = document.getElementById('matter-form');
  if (form) {
    libraryForms.submit(form, function () { return form.dataset.api; }, function (f) {
      return { departmentCode: form.dataset.department, code: f.code.value, name: f.name.value,
        legalBasis: f.legalBasis.value, subjectScope: f.subjectScope.value, industries: libraryForms.list(f.industries.value),
        method: f.method.value, keyMatter: f.keyMatter.checked,
        checklist: f.checklist.value.split('\n').map(function (s) { return s.trim(); }).filter(Boolean) };
    });
  }
})();
