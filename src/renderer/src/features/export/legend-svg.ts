import { sanitizeSvg } from './sanitize-svg';
import { svgElement } from './svg-element';

const FONT_SIZE = 11;
/** Average glyph width at FONT_SIZE: like wrapText, an estimate is enough to keep labels apart. */
const GLYPH = 6.2;
const GAP = 16;

/**
 * Draws the figure's on-screen legend (an HTML list, `[data-export-legend]`: each item an <svg>
 * swatch and a label, with an optional <h3> heading) as SVG under the figure, left to right and
 * wrapping at `width`. Recharts and the map draw their legends outside their <svg>, so without
 * this an exported figure with several series or map classes could not be read.
 * Returns the y below the legend.
 */
export const appendLegend = (root: Element, legend: Element | null, x0: number, top: number, width: number): number => {
  const items = legend ? [...legend.querySelectorAll('li')] : [];
  if (items.length === 0) return top;
  const doc = root.ownerDocument;
  const text = (x: number, y: number, value: string, attrs: Record<string, string | number> = {}) =>
    root.append(svgElement(doc, 'text', { x, y, 'font-size': FONT_SIZE, fill: '#1d2733', ...attrs }, value));
  let y = top;
  const heading = legend?.querySelector('h3')?.textContent?.trim();
  if (heading) {
    y += FONT_SIZE * 1.3;
    text(x0, Math.round(y), heading, { 'font-weight': 700 });
    y += 4;
  }
  let x = x0;
  let rowHeight = 0;
  for (const item of items) {
    const swatch = item.querySelector('svg');
    const label = item.textContent?.trim() ?? '';
    const w = Number(swatch?.getAttribute('width') ?? 0) || 0;
    const h = Number(swatch?.getAttribute('height') ?? 0) || 0;
    const itemWidth = w + (w ? 6 : 0) + label.length * GLYPH;
    if (x > x0 && x + itemWidth > x0 + width) {
      x = x0;
      y += rowHeight + 6;
      rowHeight = 0;
    }
    const height = Math.max(h, FONT_SIZE + 3);
    if (swatch) {
      const copy = sanitizeSvg(swatch.cloneNode(true) as SVGSVGElement);
      copy.removeAttribute('aria-hidden');
      copy.removeAttribute('class');
      copy.setAttribute('x', String(Math.round(x)));
      copy.setAttribute('y', String(Math.round(y + (height - h) / 2)));
      root.append(copy);
    }
    text(Math.round(x + w + (w ? 6 : 0)), Math.round(y + height / 2 + FONT_SIZE * 0.35), label);
    x += itemWidth + GAP;
    rowHeight = Math.max(rowHeight, height);
  }
  return y + rowHeight + 6;
};
