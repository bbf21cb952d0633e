// Turns a source <select multiple data-source-picker> into a type-to-search field: matches on code,
// title, publisher and web address; chosen sources show as chips with a remove button. The select
// stays in the form (hidden) and is what gets sent, so the page works the same without script.
(function () {
  'use strict';
  var MAX_SHOWN = 8;
  function build(select) {
    var wrap = document.createElement('div');
    wrap.className = 'source-picker';
    var chips = document.createElement('ul');
    chips.className = 'list-unstyled d-flex flex-wrap gap-1 mb-1 source-chips';
    var search = document.createElement('input');
    search.type = 'search';
    search.className = 'form-control';
    search.id = select.id + '-search';
    search.setAttribute('autocomplete', 'off');
    search.setAttribute('placeholder', select.getAttribute('data-search-label'));
    search.setAttribute('aria-label', select.getAttribute('data-search-label'));
    search.setAttribute('aria-controls', select.id + '-matches');
    var matches = document.createElement('ul');
    matches.className = 'list-group source-matches';
    matches.id = select.id + '-matches';
    var add = document.createElement('a');
    add.className = 'small d-inline-block mt-1 source-add';
    add.href = select.getAttribute('data-add-href');
    add.textContent = select.getAttribute('data-add-label');

    function text(option) {
      return (option.textContent + ' ' + (option.getAttribute('data-search') || '')).toLowerCase();
    }
    function drawChips() {
      chips.textContent = '';
      Array.prototype.forEach.call(select.options, function (option) {
        if (!option.selected) { return; }
        var chip = document.createElement('li');
        chip.className = 'badge text-bg-light border d-flex align-items-center gap-1';
        chip.textContent = option.textContent;
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'btn-close btn-sm';
        remove.setAttribute('aria-label', select.getAttribute('data-remove-label') + ' ' + option.textContent);
        remove.addEventListener('click', function () {
          option.selected = false;
          drawChips();
          search.focus();
        });
        chip.appendChild(remove);
        chips.appendChild(chip);
      });
    }
    function drawMatches() {
      matches.textContent = '';
      var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      if (!words.length) { return; }
      var shown = 0;
      Array.prototype.some.call(select.options, function (option) {
        if (option.selected) { return false; }
        var haystack = text(option);
        if (!words.every(function (w) { return haystack.indexOf(w) >= 0; })) { return false; }
        var item = document.createElement('li');
        var pick = document.createElement('button');
        pick.type = 'button';
        pick.className = 'list-group-item list-group-item-action small';
        pick.textContent = option.textContent;
        pick.addEventListener('click', function () {
          option.selected = true;
          search.value = '';
          drawMatches();
          drawChips();
          search.focus();
        });
        item.appendChild(pick);
        matches.appendChild(item);
        shown++;
        return shown >= MAX_SHOWN;
      });
      if (!shown) {
        var none = document.createElement('li');
        none.className = 'list-group-item small text-muted';
        none.textContent = select.getAttribute('data-none-label');
        matches.appendChild(none);
      }
    }
    search.addEventListener('input', drawMatches);
    search.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        // Enter picks the first match rather than sending the form half-filled.
        event.preventDefault();
        var first = matches.querySelector('button');
        if (first) { first.click(); }
      }
    });
    wrap.appendChild(chips);
    wrap.appendChild(search);
    wrap.appendChild(matches);
    wrap.appendChild(add);
    select.insertAdjacentElement('afterend', wrap);
    select.hidden = true;
    var label = document.getElementById(select.id + '-label');
    if (label) { label.htmlFor = search.id; }
    drawChips();
  }
  document.querySelectorAll('select[data-source-picker]').forEach(build);
}());
