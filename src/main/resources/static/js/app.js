// Behaviour every page shares. Kept in a file of its own: the Content-Security-Policy allows no inline script.
(function () {
  'use strict';
  // A form came back with errors: take the keyboard and the screen reader to the summary first
  // (it is role="alert" and lists what needs fixing; each field's own error follows its field).
  var summary = document.getElementById('form-errors');
  if (summary) {
    summary.focus();
  }
  // A number in a summary links to its working: open that "how is this computed?" panel on the way.
  function openWorking(id) {
    var target = id && document.getElementById(id);
    if (target && target.tagName === 'DETAILS') {
      target.open = true;
    }
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a.figure') : null;
    if (link) {
      openWorking(link.getAttribute('href').slice(1));
    }
  });
  if (window.location.hash) {
    openWorking(window.location.hash.slice(1));
  }
  // The language switch keeps the page's settings (filters, asOf, currency): only ?lang changes.
  Array.prototype.forEach.call(document.querySelectorAll('a[hreflang]'), function (link) {
    var url = new URL(window.location.href);
    url.searchParams.set('lang', link.getAttribute('hreflang'));
    url.hash = '';
    link.setAttribute('href', url.pathname + url.search);
  });
  // A delete asks first (records that take others with them have a confirmation page of their own).
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
}());
