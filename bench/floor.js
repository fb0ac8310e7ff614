/* global document, performance, window, XMLSerializer, Blob, URL, Image */
// The floor page's only script (a classic script: the CSP allows 'self' scripts, no inline ones).
// The chart above is parsed and usable as soon as this runs: the app's equivalent mark is set when
// its default chart can be used.
performance.mark('first-chart-interactive');

// Filter floor: a checkbox hides or shows its group of bars, the least work a filter repaint can be.
for (const box of document.querySelectorAll('input[type="checkbox"]')) {
  box.addEventListener('change', () => {
    for (const bar of document.querySelectorAll(`g.bar[data-group="${box.name}"]`)) bar.style.display = box.checked ? '' : 'none';
  });
}

// Export floor: the SVG on screen rasterized into PNG bytes, the path any SVG → PNG export must take:
// at 2x its own size by default, or into a given frame (e.g. a 1920 × 1080 slide at 1x).
window.__floorExportPng = async (frame) => {
  const started = performance.now();
  const svg = document.getElementById('chart');
  const width = frame ? frame.width : svg.width.baseVal.value;
  const height = frame ? frame.height : svg.height.baseVal.value;
  const scale = frame ? frame.scale : 2;
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext('2d');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    const blob = await new Promise((done) => canvas.toBlob(done, 'image/png'));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    return { ms: performance.now() - started, bytes: bytes.byteLength };
  } finally {
    URL.revokeObjectURL(url);
  }
};

// Search floor: typing hides the list items that do not contain the query (plain, case-free containment),
// the least work a keystroke → results repaint can be. The items are the chart's labels, in several years.
const hits = document.getElementById('floor-hits');
for (const label of document.querySelectorAll('g.bar text[text-anchor="end"]'))
  for (let year = 2011; year <= 2015; year++) {
    const li = document.createElement('li');
    li.textContent = `${label.textContent} ${year}`;
    hits.append(li);
  }
document.getElementById('floor-search').addEventListener('input', (e) => {
  const needle = e.target.value.trim().toLowerCase();
  for (const li of hits.children) li.style.display = li.textContent.toLowerCase().includes(needle) ? '' : 'none';
});

// Open-a-dataset floor: a click puts a table with a first screen of rows (30 × 6 cells) on the page.
document.getElementById('floor-open').addEventListener('click', () => {
  const table = document.createElement('table');
  const body = document.createElement('tbody');
  for (let r = 0; r < 30; r++) {
    const tr = document.createElement('tr');
    for (let c = 0; c < 6; c++) {
      const td = document.createElement('td');
      td.textContent = c === 0 ? `Row ${r + 1}` : String((r + 1) * (c + 7) * 13);
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(body);
  document.getElementById('floor-table').replaceChildren(table);
});
