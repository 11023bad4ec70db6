// Charts of the price-model page: out-of-fold predicted vs actual, and elasticities by product x segment.
(function () {
  var data = JSON.parse(document.getElementById('model-chart-data').textContent);
  var palette = ['#0b6e4f', '#0a58a3', '#b3261e', '#8a5a00', '#6a3d9a', '#1f9e89', '#e66101', '#5b6b7c', '#c51b7d', '#4d9221', '#2166ac'];
  var lo = Infinity, hi = -Infinity;
  data.scatter.forEach(function (s) { s.data.forEach(function (p) { lo = Math.min(lo, p.x, p.y); hi = Math.max(hi, p.x, p.y); }); });
  var scatter = data.scatter.map(function (s, i) {
    return { label: s.label, data: s.data, backgroundColor: palette[i % palette.length] + '99', pointRadius: 2 };
  });
  if (isFinite(lo)) {
    scatter.push({ type: 'line', label: 'predicted = actual', data: [{ x: lo, y: lo }, { x: hi, y: hi }],
      borderColor: '#1d2733', borderDash: [4, 4], pointRadius: 0, fill: false });
  }
  new Chart(document.getElementById('scatter-chart'), {
    type: 'scatter', data: { datasets: scatter },
    options: { maintainAspectRatio: false, animation: false,
      plugins: { legend: { labels: { boxWidth: 10, font: { size: 10 } } } },
      scales: { x: { title: { display: true, text: 'actual log units' } }, y: { title: { display: true, text: 'predicted log units' } } } }
  });
  new Chart(document.getElementById('elasticity-chart'), {
    type: 'bar',
    data: { labels: data.products, datasets: data.elasticities.map(function (s, i) {
      return { label: s.label, data: s.data, backgroundColor: palette[i % palette.length] };
    }) },
    options: { maintainAspectRatio: false, animation: false, indexAxis: 'y',
      plugins: { legend: { labels: { boxWidth: 10, font: { size: 10 } } } },
      scales: { x: { title: { display: true, text: 'elasticity' } } } }
  });
})();
