import { describe, expect, it } from 'vitest';
import { buildExportSvg, wrapText } from './figure-svg';
import { sanitizeSvg } from './sanitize-svg';

// Parsed as XML (like a real figure's DOM): happy-dom's HTML parser mangles <script> inside <svg>.
const figure = (inner: string, attrs = 'width="600" height="300"') => {
  const parsed = new DOMParser().parseFromString(
    `<svg xmlns="http://www.w3.org/2000/svg" ${attrs}>${inner}</svg>`,
    'image/svg+xml',
  );
  const svg = document.importNode(parsed.documentElement, true) as unknown as SVGSVGElement;
  document.body.append(svg);
  return svg;
};
const meta = {
  title: 'Contributions by region',
  subtitle: 'Region: Africa',
  source: 'Source: IOM, Building Better Futures (2015) — Overview',
  notes: ['Totals differ by 0.1'],
};
const XLINK = 'http://www.w3.org/1999/xlink';
const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('buildExportSvg', () => {
  it('leaves out paths that draw nothing (outlines clipped off a zoomed map)', () => {
    const { svg } = buildExportSvg(
      figure('<path d="M0,0L5,5" fill="blue"/><path d=""><title>Brazil</title></path><path/>'),
      meta,
    );
    const paths = [...parse(svg).querySelectorAll('svg svg path')];
    expect(paths.map((p) => p.getAttribute('d'))).toEqual(['M0,0L5,5']);
    expect(svg).not.toContain('Brazil');
  });

  it('frames the figure with title, subtitle, source and notes as SVG text', () => {
    const { svg, width, height } = buildExportSvg(figure('<rect width="10" height="10" fill="red"/>'), meta);
    const doc = parse(svg);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual([
      'Contributions by region',
      'Region: Africa',
      'Source: IOM, Building Better Futures (2015) — Overview',
      '• Totals differ by 0.1',
    ]);
    expect(width).toBe(632);
    expect(height).toBeGreaterThan(300);
    expect(doc.documentElement.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(doc.querySelector('svg svg rect')?.getAttribute('fill')).toBe('red');
  });

  it("draws the on-screen legend (HTML, outside the figure's svg) under the figure, wrapping long rows", () => {
    const legend = document.createElement('div');
    const swatch = (fill: string) =>
      `<svg width="18" height="14" aria-hidden="true"><rect width="18" height="14" fill="${fill}"/></svg>`;
    const labels = ['Below 1,000', '1,000 to 10,000', 'Above 10,000', 'No data'];
    legend.innerHTML =
      '<h3>Legend (people)</h3><ul>' +
      labels.map((l, i) => `<li>${swatch(i === 3 ? 'url(#no-data)' : (['#eee', '#999', '#333'][i] ?? ''))}${l}</li>`).join('') +
      '</ul>';
    const bare = buildExportSvg(figure('<rect width="10" height="10"/>', 'width="200" height="100"'), meta);
    const { svg, height } = buildExportSvg(figure('<rect width="10" height="10"/>', 'width="200" height="100"'), meta, legend);
    const doc = parse(svg);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts.slice(2, 7)).toEqual(['Legend (people)', ...labels]);
    expect(texts.at(-1)).toBe('• Totals differ by 0.1');
    // Swatches are drawn in their colours; the pattern reference stays local.
    const swatches = [...doc.documentElement.children].filter((c) => c.localName === 'svg').slice(1);
    expect(swatches.map((s) => s.querySelector('rect')?.getAttribute('fill'))).toEqual(['#eee', '#999', '#333', 'url(#no-data)']);
    // 400 px wide: four items cannot share one row, and the file grows to hold them.
    const rows = new Set(swatches.map((s) => s.getAttribute('y')));
    expect(rows.size).toBeGreaterThan(1);
    expect(height).toBeGreaterThan(bare.height + 2 * 14);
  });

  it('adds nothing for an empty legend, and sanitizes swatches like the figure', () => {
    const legend = document.createElement('ul');
    const plain = buildExportSvg(figure(''), meta, legend);
    expect(plain).toEqual(buildExportSvg(figure(''), meta));
    legend.innerHTML =
      '<li><svg width="12" height="12" onload="x()"><rect width="12" height="12" fill="url(https://evil/x)"/></svg>Evil</li>';
    const { svg } = buildExportSvg(figure(''), meta, legend);
    expect(svg).not.toMatch(/onload|evil\//);
    expect(svg).toContain('>Evil</text>');
  });

  it('drops scripts, event handlers, foreignObject and external links', () => {
    const hostile = figure(
      '<script>alert(1)</script><foreignObject><div>x</div></foreignObject>' +
        '<rect onclick="alert(2)" onmouseover="x()" width="5" height="5"/>' +
        '<a href="javascript:alert(3)"><text>t</text></a><image href="https://example.org/x.png"/>' +
        '<use href="#local"/><rect fill="url(https://evil/x#y)" width="1" height="1"/>',
    );
    const { svg } = buildExportSvg(hostile, meta);
    expect(svg).not.toMatch(/script|foreignObject|onclick|onmouseover|javascript:|example\.org|evil/i);
    expect(svg).toContain('href="#local"');
  });

  it('escapes text so a title cannot inject markup', () => {
    const { svg } = buildExportSvg(figure(''), { ...meta, title: '<script>alert(1)</script> & co' });
    expect(svg).not.toContain('<script>');
    expect(parse(svg).querySelector('text')?.textContent).toBe('<script>alert(1)</script> & co');
  });

  it('leaves the figure on screen untouched', () => {
    const live = figure('<rect onclick="keep()" width="5" height="5"/>');
    buildExportSvg(live, meta);
    expect(live.querySelector('rect')?.getAttribute('onclick')).toBe('keep()');
  });
});

describe('helpers', () => {
  it('sanitizeSvg removes nested forbidden elements', () => {
    const el = sanitizeSvg(figure('<g><g><script>x</script><style>@import url(x)</style></g></g>'));
    expect(el.innerHTML).not.toMatch(/script|style/);
  });

  it('sanitizeSvg judges by namespace, not prefix, and reads CSS escapes', () => {
    const svg = figure(
      '<a:script xmlns:a="http://www.w3.org/2000/svg">x()</a:script><use id="u"/><use id="v"/>' +
        '<rect id="r" fill="\\75 rl(http://evil.test/f)" style="stroke:u\\72l(http://evil.test/s);stroke-width:2"/>',
    );
    // happy-dom's XML parser leaves prefixed attributes without a namespace: set them as a browser parses them.
    svg.querySelector('#u')?.setAttributeNS(XLINK, 'q:href', 'http://evil.test/s.svg#a');
    svg.querySelector('#v')?.setAttributeNS(XLINK, 'q:href', '#ok');
    const el = sanitizeSvg(svg);
    expect(el.querySelector('script')).toBeNull();
    expect(el.querySelector('#u')?.hasAttributeNS(XLINK, 'href')).toBe(false);
    expect(el.querySelector('#v')?.getAttributeNS(XLINK, 'href')).toBe('#ok');
    expect(el.querySelector('#r')?.getAttribute('fill')).toBeNull();
    expect(el.querySelector('#r')?.getAttribute('style')).toBe('stroke-width:2');
  });

  it('text that looks like markup or a handler is exported, not refused', () => {
    for (const text of ['Toronto onset = 2015', 'a on load= b', 'javascript: void', '<script>', 'x\ufffey\ud800'])
      expect(() => buildExportSvg(figure('<rect width="5" height="5"/>'), { ...meta, subtitle: text })).not.toThrow();
    const { svg } = buildExportSvg(figure('<rect width="5" height="5"/>'), { ...meta, subtitle: 'Toronto onset = 2015 \ufffe' });
    expect(parse(svg).querySelectorAll('text')[1]?.textContent).toBe('Toronto onset = 2015 \ufffd');
  });

  it('wrapText keeps words whole within the limit', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });
});
