// Shows beside each amount field how the server reads it ("= ₩1,600,000,000,000"), as the user types.
// The server's reading is the one that counts: this only asks it early. Without script, saving says the same.
(function () {
  'use strict';
  function field(id) {
    return id ? document.getElementById(id) : null;
  }
  function wire(input) {
    var output = document.getElementById(input.id + '-preview');
    var form = field(input.getAttribute('data-form-field'));
    var currency = field(input.getAttribute('data-currency-field'));
    var timer = null;
    var asked = 0;
    function show() {
      var text = input.value.trim();
      if (!text) {
        output.textContent = '';
        return;
      }
      var query = new URLSearchParams({ text: text });
      if (form && form.value) { query.set('form', form.value); }
      if (currency && currency.value) { query.set('currency', currency.value); }
      var ticket = ++asked;
      fetch(input.getAttribute('data-amount-preview') + '?' + query, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : {}; })
        .then(function (answer) {
          if (ticket !== asked) { return; }
          output.textContent = answer.value || answer.error || '';
          output.classList.toggle('text-danger', !!answer.error);
        })
        .catch(function () { output.textContent = ''; });
    }
    function later() {
      clearTimeout(timer);
      timer = setTimeout(show, 250);
    }
    input.addEventListener('input', later);
    if (form) { form.addEventListener('change', show); }
    if (currency) { currency.addEventListener('change', show); }
    show();
  }
  document.querySelectorAll('input[data-amount-preview]').forEach(wire);
}());
