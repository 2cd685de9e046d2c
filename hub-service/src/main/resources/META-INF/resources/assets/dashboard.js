/*
 * Draws the dashboard's charts with ECharts (served by the hub from its webjar). The page
 * carries the figures in data-charts: labels and values of published cells only; a withheld
 * cell has a null value (a gap, never a bar) and is named in the tooltip with its reason.
 * The chart instances are kept in window.hubCharts for the browser test.
 */
(function () {
  'use strict';

  var host = document.getElementById('charts');
  window.hubCharts = {};
  if (!host || !window.echarts) {
    return;
  }
  var palette = ['#3b5b92', '#c8553d', '#2a9d8f', '#e9c46a', '#8d6a9f', '#6c757d', '#f4a261'];

  function formatValue(spec, v) {
    if (v === null || v === undefined) {
      return spec.withheldText;
    }
    var text = Number(v).toLocaleString(document.documentElement.lang);
    return spec.percent ? text + '\u00a0%' : text;
  }

  function withheldReason(spec, label) {
    for (var i = 0; i < spec.withheld.length; i++) {
      if (spec.withheld[i].label === label) {
        return spec.withheldText + ' (' + spec.withheld[i].status + '): ' + spec.withheld[i].reason;
      }
    }
    return spec.withheldText;
  }

  function option(spec) {
    if (spec.kind === 'pie') {
      return {
        animation: false,
        color: palette,
        tooltip: { trigger: 'item', formatter: function (p) { return p.name + ': ' + formatValue(spec, p.value) + ' (' + p.percent + '\u00a0%)'; } },
        series: [{
          name: spec.title, type: 'pie', radius: ['32%', '60%'], center: ['50%', '50%'],
          label: { formatter: '{b}\n{d}\u00a0%' },
          data: spec.labels.map(function (label, i) { return { name: label, value: spec.values[i] }; })
        }]
      };
    }
    return {
      animation: false,
      color: palette,
      grid: { left: 56, right: 16, top: 24, bottom: 48 },
      tooltip: {
        trigger: 'axis',
        formatter: function (items) {
          var p = items[0];
          return p.name + ': ' + (p.value === null || p.value === undefined || p.value === '-'
            ? withheldReason(spec, p.name) : formatValue(spec, p.value) + ' ' + (spec.percent ? '' : spec.unit));
        }
      },
      xAxis: { type: 'category', data: spec.labels, axisLabel: { interval: 0, rotate: spec.labels.length > 6 ? 35 : 0 } },
      yAxis: { type: 'value', name: spec.unit, nameTextStyle: { align: 'left' },
               axisLabel: { formatter: function (v) { return formatValue(spec, v); } } },
      series: [{
        name: spec.title, type: spec.kind, data: spec.values.map(function (v) { return v === null ? '-' : v; }),
        connectNulls: false, barMaxWidth: 48, showSymbol: true, symbolSize: 8
      }]
    };
  }

  JSON.parse(host.getAttribute('data-charts')).forEach(function (spec) {
    var el = document.getElementById('chart-' + spec.id);
    if (!el) {
      return;
    }
    var published = spec.values.filter(function (v) { return v !== null; }).length;
    if (published === 0) {
      // Nothing to draw: no figure at all, or every figure withheld (named below the chart).
      el.classList.add('empty');
      el.textContent = spec.labels.length === 0 && spec.withheld.length === 0 ? spec.emptyText : spec.allWithheldText;
      return;
    }
    var chart = window.echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(option(spec));
    window.hubCharts[spec.id] = chart;
  });

  window.addEventListener('resize', function () {
    Object.keys(window.hubCharts).forEach(function (id) { window.hubCharts[id].resize(); });
  });
}());
