// Charts drawn from the tables beside them: the table is the text alternative and the single source
// of the numbers. Colour is never the only signal: lines differ in dash and point style too, and the
// legend draws each line as it is drawn on the chart.
(function () {
  'use strict';
  if (!window.Chart) {
    return;
  }
  var TRILLION = 1e12;
  var MILLION = 1e6;
  var lang = document.documentElement.lang === 'ko' ? 'ko' : 'en';
  var korean = lang === 'ko';

  function num(value) {
    return value === undefined || value === null || value === '' ? null : Number(value);
  }

  function group(n) {
    return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  }

  function short(n) {
    return String(Number(n.toPrecision(3)));
  }

  // Amounts written as the page's language writes them, rounded for reading as on the server
  // (MoneyFormat.readable): "₩1.18 trillion", "US$1.03 billion"; "1조 1,833억 원", "10억 3,000만 달러".
  function money(value, currency) {
    if (value === null || value === undefined || isNaN(value)) {
      return '—';
    }
    var sign = value < 0 ? '−' : '';
    var abs = Math.abs(value);
    var text;
    if (korean) {
      var parts = [];
      if (currency === 'KRW') {
        var eok = Math.round(abs / 1e8);
        if (Math.floor(eok / 10000)) { parts.push(group(Math.floor(eok / 10000)) + '조'); }
        if (eok % 10000) { parts.push(group(eok % 10000) + '억'); }
        text = (parts.length ? parts.join(' ') : group(abs)) + ' 원';
      } else {
        var man = Math.round(Number(abs.toPrecision(3)) / 1e4);
        if (Math.floor(man / 1e8)) { parts.push(group(Math.floor(man / 1e8)) + '조'); }
        if (Math.floor(man / 1e4) % 1e4) { parts.push(group(Math.floor(man / 1e4) % 1e4) + '억'); }
        if (man % 1e4) { parts.push(group(man % 1e4) + '만'); }
        text = (parts.length ? parts.join(' ') : group(abs)) + ' 달러';
      }
    } else {
      var symbol = currency === 'KRW' ? '₩' : 'US$';
      var r = Number(abs.toPrecision(3));
      if (r >= 1e12) {
        text = symbol + short(r / 1e12) + ' trillion';
      } else if (r >= 1e9) {
        text = symbol + short(r / 1e9) + ' billion';
      } else if (r >= 1e6) {
        text = symbol + short(r / 1e6) + ' million';
      } else {
        text = symbol + group(r);
      }
    }
    return sign + text;
  }

  function fill(template, values) {
    return template.replace(/\{(\d)\}/g, function (m, i) { return values[Number(i)]; });
  }

  function dateText(iso) {
    return window.luxon ? window.luxon.DateTime.fromISO(iso).setLocale(lang).toLocaleString(window.luxon.DateTime.DATE_MED) : iso;
  }

  // Legend entries drawn as short lines with the dataset's own dash and colour.
  function lineLegend(chart) {
    return chart.data.datasets.map(function (d, i) {
      return {
        text: d.label, datasetIndex: i, hidden: !chart.isDatasetVisible(i), pointStyle: 'line',
        strokeStyle: d.borderColor, fillStyle: d.borderColor, lineWidth: 3, lineDash: d.borderDash || [],
        fontColor: '#212529'
      };
    });
  }

  // Exported pictures get a white background rather than the canvas's transparent one.
  var whiteBackground = {
    id: 'whiteBackground',
    beforeDraw: function (chart) {
      var ctx = chart.canvas.getContext('2d');
      ctx.save();
      ctx.globalCompositeOperation = 'destination-over';
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, chart.width, chart.height);
      ctx.restore();
    }
  };

  var charts = {};

  var gapTable = document.getElementById('gap-table');
  var gapCanvas = document.getElementById('gap-chart');
  if (gapTable && gapCanvas) {
    var t = gapTable.dataset;
    var rows = Array.prototype.slice.call(gapTable.querySelectorAll('tbody tr.gap-point'));
    var series = function (attr) {
      return rows.map(function (r) {
        var v = num(r.dataset[attr]);
        return { x: r.dataset.date, y: v === null ? null : v / TRILLION, krw: v, usd: num(r.dataset[attr.replace('Krw', 'Usd')]) };
      });
    };
    var datasets = [
      { label: t.labelDemand, name: t.nameDemand, data: series('demandKrw'), stepped: true, borderColor: '#8b1a1a',
        backgroundColor: '#8b1a1a', pointStyle: 'triangle', pointRadius: 5, borderWidth: 2 },
      { label: t.labelOffer, name: t.nameOffer, data: series('offerKrw'), stepped: true, borderColor: '#0d47a1',
        backgroundColor: 'rgba(255, 193, 7, 0.3)', borderDash: [6, 3], pointStyle: 'rectRot', pointRadius: 5,
        borderWidth: 2, fill: '-1' }
    ];
    var agreed = num(t.agreedKrw);
    var annotations = {};
    if (agreed !== null && rows.length) {
      var last = rows[rows.length - 1].dataset.date;
      var end = t.signed && t.signed > last ? t.signed : last;
      datasets.push({ label: t.labelAgreed, name: t.nameAgreed,
        data: [{ x: rows[0].dataset.date, y: agreed / TRILLION, krw: agreed, usd: num(t.agreedUsd) },
          { x: end, y: agreed / TRILLION, krw: agreed, usd: num(t.agreedUsd) }],
        borderColor: '#146c43', backgroundColor: '#146c43', borderDash: [1, 4], borderCapStyle: 'round',
        pointRadius: 0, pointHoverRadius: 4, borderWidth: 4 });
      // Labelled at the start, where no round or event line crowds it.
      annotations.agreedLabel = { type: 'label', xValue: rows[0].dataset.date, yValue: agreed / TRILLION,
        position: { x: 'start', y: 'end' }, xAdjust: 4, yAdjust: -6, content: fill(t.agreedNote, [money(agreed, 'KRW')]), color: '#146c43',
        font: { size: 12, weight: 'bold' }, backgroundColor: 'rgba(255,255,255,0.85)' };
    }
    // Rounds as faint lines; walk-outs, agreements in principle, the conclusion and the signing labelled.
    var roundRows = document.querySelectorAll('tr[data-round-end]');
    Array.prototype.forEach.call(roundRows, function (r, i) {
      var key = r.dataset.keyEvent;
      annotations['round' + i] = {
        type: 'line', xMin: r.dataset.roundEnd, xMax: r.dataset.roundEnd,
        borderColor: key ? '#6c757d' : 'rgba(108,117,125,0.35)', borderWidth: key ? 2 : 1, borderDash: key ? [4, 4] : [],
        label: key ? { display: true, content: key, position: 'start', rotation: -90, color: '#212529',
          backgroundColor: 'rgba(255,255,255,0.9)', font: { size: 11 } } : { display: false }
      };
    });
    if (t.signed) {
      annotations.signed = { type: 'line', xMin: t.signed, xMax: t.signed, borderColor: '#146c43', borderWidth: 2,
        label: { display: true, content: t.signedLabel, position: 'start', rotation: -90, color: '#fff',
          backgroundColor: '#146c43', font: { size: 11 } } };
    }
    charts['gap-chart'] = new Chart(gapCanvas, {
      type: 'line',
      data: { datasets: datasets },
      plugins: [whiteBackground],
      options: {
        responsive: true, maintainAspectRatio: false, spanGaps: false, animation: false,
        interaction: { mode: 'nearest', intersect: false, axis: 'x' },
        scales: {
          x: { type: 'time', adapters: { date: { locale: lang } }, time: { tooltipFormat: 'DD', minUnit: 'day' },
            title: { display: true, text: t.labelTime } },
          y: { beginAtZero: true, title: { display: true, text: t.labelAxis } }
        },
        plugins: {
          legend: { labels: { usePointStyle: true, pointStyleWidth: 36, generateLabels: lineLegend } },
          annotation: { annotations: annotations },
          tooltip: {
            callbacks: {
              title: function (items) { return items.length ? dateText(items[0].raw.x) : ''; },
              label: function (item) {
                var p = item.raw;
                return fill(t.tooltip, [item.dataset.name, money(p.krw, 'KRW'), money(p.usd, 'USD')]);
              }
            }
          }
        }
      }
    });
  }

  function contributionChart(tableId, canvasId, compact) {
    var table = document.getElementById(tableId);
    var canvas = document.getElementById(canvasId);
    if (!table || !canvas) {
      return;
    }
    var years = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var draw = function (currency) {
      var krw = currency === 'KRW';
      // The chart's downloads and embed follow the currency drawn.
      Array.prototype.forEach.call(document.querySelectorAll('a[data-chart-link="' + canvasId + '"]'), function (a) {
        var link = new URL(a.href, window.location.href);
        link.searchParams.set('currency', currency);
        a.href = link.pathname + link.search;
      });
      var unit = krw ? TRILLION : MILLION;
      var label = krw ? table.dataset.labelKrw : table.dataset.labelUsd;
      if (charts[canvasId]) {
        charts[canvasId].destroy();
      }
      charts[canvasId] = new Chart(canvas, {
        type: 'bar',
        data: {
          labels: years.map(function (r) { return r.dataset.year; }),
          datasets: [{ label: label, data: years.map(function (r) {
            var v = num(krw ? r.dataset.krw : r.dataset.usd);
            return v === null ? null : v / unit;
          }), backgroundColor: years.map(function (r) {
            if (r.dataset.projected === 'true') {
              return 'rgba(13, 71, 161, 0.35)';
            }
            return r.dataset.selected === 'true' || compact ? '#0d47a1' : '#6c757d';
          }), borderColor: '#0d47a1', borderWidth: years.map(function (r) { return r.dataset.projected === 'true' ? 1 : 0; }) }]
        },
        plugins: [whiteBackground],
        options: {
          responsive: true, maintainAspectRatio: false, animation: false,
          scales: { y: { beginAtZero: true, title: { display: true, text: label } },
            x: { ticks: { autoSkip: true, maxRotation: 0 } } },
          plugins: {
            legend: { display: false },
            tooltip: { callbacks: { label: function (item) {
              var r = years[item.dataIndex];
              var text = money(num(r.dataset.krw), 'KRW') + ' (' + money(num(r.dataset.usd), 'USD') + ')';
              return r.dataset.note ? text + ' · ' + r.dataset.note : text;
            } } }
          }
        }
      });
    };
    if (compact) {
      draw('KRW');
      return;
    }
    // The currency shown is a setting of the page: kept in the address (?currency=USD) so a link shows it.
    var toggles = document.querySelectorAll('input[name="chart-currency"]');
    var wanted = new URLSearchParams(window.location.search).get('currency');
    Array.prototype.forEach.call(toggles, function (input) {
      if (wanted && input.value === wanted.toUpperCase()) {
        input.checked = true;
      }
      input.addEventListener('change', function () {
        var url = new URL(window.location.href);
        url.searchParams.set('currency', input.value);
        window.history.replaceState(null, '', url);
        draw(input.value);
      });
    });
    var checked = document.querySelector('input[name="chart-currency"]:checked');
    // Without a toggle (the embed), the currency the server chose for the view.
    draw(checked ? checked.value : (canvas.dataset.currency || 'KRW'));
  }
  contributionChart('contribution-table', 'contribution-chart', false);
  contributionChart('home-contribution-table', 'home-contribution-chart', true);

  // "Download PNG": the chart as drawn, with its title above and its source line below.
  Array.prototype.forEach.call(document.querySelectorAll('button[data-download-png]'), function (button) {
    button.addEventListener('click', function () {
      var chart = charts[button.dataset.downloadPng];
      if (!chart) {
        return;
      }
      var canvas = chart.canvas;
      var out = document.createElement('canvas');
      var pad = 48;
      out.width = canvas.width;
      out.height = canvas.height + 2 * pad;
      var ctx = out.getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, out.width, out.height);
      ctx.fillStyle = '#212529';
      ctx.font = 'bold 18px sans-serif';
      ctx.fillText(button.dataset.title || '', 12, 30);
      ctx.drawImage(canvas, 0, pad);
      ctx.font = '13px sans-serif';
      ctx.fillStyle = '#495057';
      ctx.fillText(button.dataset.source || '', 12, out.height - 18);
      var link = document.createElement('a');
      link.href = out.toDataURL('image/png');
      link.download = button.dataset.filename || 'chart.png';
      document.body.appendChild(link);
      link.click();
      link.remove();
    });
  });

  window.smaCharts = charts;
}());
