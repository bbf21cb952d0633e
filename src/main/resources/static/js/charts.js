// Charts drawn from the tables beside them: the table is the text alternative and the single source
// of the numbers. Colour is never the only signal: lines differ in dash and point style too.
(function () {
  'use strict';
  if (!window.Chart) {
    return;
  }
  var TRILLION = 1e12;
  var MILLION = 1e6;

  function num(value) {
    return value === undefined || value === null || value === '' ? null : Number(value);
  }

  function scaled(values, unit) {
    return values.map(function (v) { return v === null ? null : v / unit; });
  }

  var gapTable = document.getElementById('gap-table');
  var gapCanvas = document.getElementById('gap-chart');
  if (gapTable && gapCanvas) {
    var rows = Array.prototype.slice.call(gapTable.querySelectorAll('tbody tr.gap-point'));
    var labels = rows.map(function (r) { return r.dataset.date; });
    var demand = scaled(rows.map(function (r) { return num(r.dataset.demandKrw); }), TRILLION);
    var offer = scaled(rows.map(function (r) { return num(r.dataset.offerKrw); }), TRILLION);
    var datasets = [
      { label: gapTable.dataset.labelDemand, data: demand, stepped: true, borderColor: '#8b1a1a',
        backgroundColor: '#8b1a1a', pointStyle: 'triangle', pointRadius: 5 },
      { label: gapTable.dataset.labelOffer, data: offer, stepped: true, borderColor: '#0d47a1',
        backgroundColor: 'rgba(255, 193, 7, 0.3)', borderDash: [6, 3], pointStyle: 'rectRot', pointRadius: 5,
        fill: '-1' }
    ];
    var agreed = num(gapTable.dataset.agreedKrw);
    if (agreed !== null) {
      datasets.push({ label: gapTable.dataset.labelAgreed, data: labels.map(function () { return agreed / TRILLION; }),
        borderColor: '#198754', backgroundColor: '#198754', borderDash: [2, 2], pointRadius: 0, borderWidth: 2 });
    }
    new Chart(gapCanvas, {
      type: 'line',
      data: { labels: labels, datasets: datasets },
      options: {
        responsive: true, maintainAspectRatio: false, spanGaps: false, animation: false,
        scales: { y: { beginAtZero: true, title: { display: true, text: gapTable.dataset.labelAxis } } },
        plugins: { legend: { labels: { usePointStyle: true } } }
      }
    });
  }

  var contributions = document.getElementById('contribution-table');
  var contributionCanvas = document.getElementById('contribution-chart');
  if (contributions && contributionCanvas) {
    var years = Array.prototype.slice.call(contributions.querySelectorAll('tbody tr'));
    var chart = null;
    var draw = function (currency) {
      var krw = currency === 'KRW';
      var values = years.map(function (r) { return num(krw ? r.dataset.krw : r.dataset.usd); });
      var data = scaled(values, krw ? TRILLION : MILLION);
      var label = krw ? contributions.dataset.labelKrw : contributions.dataset.labelUsd;
      if (chart) {
        chart.destroy();
      }
      chart = new Chart(contributionCanvas, {
        type: 'bar',
        data: {
          labels: years.map(function (r) { return r.dataset.year; }),
          datasets: [{ label: label, data: data, backgroundColor: years.map(function (r) {
            return r.dataset.selected === 'true' ? '#0d47a1' : '#adb5bd';
          }) }]
        },
        options: {
          responsive: true, maintainAspectRatio: false, animation: false,
          scales: { y: { beginAtZero: true, title: { display: true, text: label } } },
          plugins: { legend: { display: false } }
        }
      });
    };
    var toggles = document.querySelectorAll('input[name="chart-currency"]');
    Array.prototype.forEach.call(toggles, function (input) {
      input.addEventListener('change', function () { draw(input.value); });
    });
    draw('KRW');
  }
}());
