// Behaviour every page shares. Kept in a file of its own: the Content-Security-Policy allows no inline script.
(function () {
  'use strict';
  // A form came back with errors: take the keyboard and the screen reader to the summary first
  // (it is role="alert" and lists what needs fixing; each field's own error follows its field).
  var summary = document.getElementById('form-errors');
  if (summary) {
    summary.focus();
  }
  // A delete asks first (records that take others with them have a confirmation page of their own).
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
}());
