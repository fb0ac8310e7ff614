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
