/* The scripts of process/community-admission.html (the CSP allows no inline script). */
(function () {
  'use strict';
  zhili.stepForms('form.admission-step');
})();
