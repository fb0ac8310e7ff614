import { appendLegend } from './legend-svg';
import { toXmlChars } from '../../../../shared/svg/policy';
import { sanitizeSvg } from './sanitize-svg';
import { SVG_NS, svgElement } from './svg-element';

/**
 * Builds the SVG that image exports write: a sanitized clone of the figure on screen, framed with
 * its title, a subtitle describing the filters, its legend, the source line and data-quality notes
 * as SVG text. The result is self-contained (styles inlined, no external references) and cannot
 * run anything.
 */

export type FigureMeta = { title: string; subtitle: string; source: string; notes: string[] };
export type ExportSvg = { svg: string; width: number; height: number };

/** Presentation properties copied from the live figure, so the file looks like the screen without our CSS. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
];

/** Copies computed presentation styles from `live` onto `copy`, element by element (same tree shape). */
export const inlineStyles = (live: Element, copy: Element) => {
  if (typeof getComputedStyle !== 'function') return;
  const liveEls = [live, ...live.querySelectorAll('*')];
  const copyEls = [copy, ...copy.querySelectorAll('*')];
  liveEls.forEach((el, i) => {
    const target = copyEls[i];
    if (!target || (el.localName === 'path' && !el.getAttribute('d'))) return; // dropped below: draws nothing
    const cs = getComputedStyle(el);
    const parts = STYLE_PROPS.map((p) => [p, cs.getPropertyValue(p)] as const).filter(([, v]) => v !== '' && !/url\(/i.test(v));
    if (parts.length)
      target.setAttribute('style', `${parts.map(([p, v]) => `${p}:${v}`).join(';')};${target.getAttribute('style') ?? ''}`);
  });
};

const sizeOf = (svg: SVGSVGElement): { width: number; height: number } => {
  const rect = svg.getBoundingClientRect();
  if (rect.width > 0 && rect.height > 0) return { width: Math.round(rect.width), height: Math.round(rect.height) };
  const w = parseFloat(svg.getAttribute('width') ?? '');
  const h = parseFloat(svg.getAttribute('height') ?? '');
  if (w > 0 && h > 0) return { width: Math.round(w), height: Math.round(h) };
  const vb = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (vb.length === 4 && (vb[2] ?? 0) > 0 && (vb[3] ?? 0) > 0)
    return { width: Math.round(vb[2] ?? 0), height: Math.round(vb[3] ?? 0) };
  return { width: 800, height: 500 };
};

/** Greedy word wrap by an average glyph width: good enough for captions, no layout engine needed. */
export const wrapText = (text: string, maxChars: number): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
};

/** `legend`: the figure's on-screen legend list, drawn under it (see appendLegend). */
export const buildExportSvg = (figure: SVGSVGElement, meta: FigureMeta, legend: Element | null = null): ExportSvg => {
  const doc = figure.ownerDocument;
  const { width: figW, height: figH } = sizeOf(figure);
  const pad = 16;
  const width = Math.max(figW + 2 * pad, 400);
  const maxChars = Math.max(20, Math.floor((width - 2 * pad) / 6.4));
  const el = (name: string, attrs: Record<string, string | number>, text?: string) => svgElement(doc, name, attrs, text);

  const root = el('svg', { xmlns: SVG_NS, width, height: 0, 'font-family': 'system-ui, "Segoe UI", Roboto, sans-serif' });
  const background = el('rect', { x: 0, y: 0, width, height: 0, fill: '#ffffff' });
  root.append(background);
  let y = pad;
  const textLines = (lines: string[], size: number, attrs: Record<string, string | number>) => {
    for (const line of lines) {
      y += size * 1.3;
      root.append(el('text', { x: pad, y: Math.round(y), 'font-size': size, fill: '#1d2733', ...attrs }, line));
    }
  };
  textLines(wrapText(meta.title, Math.floor(maxChars * 0.6)), 18, { 'font-weight': 700 });
  if (meta.subtitle) textLines(wrapText(meta.subtitle, maxChars), 12, { fill: '#57606a' });
  y += 8;

  const clone = figure.cloneNode(true) as SVGSVGElement;
  inlineStyles(figure, clone);
  // Value labels the layout dropped (they would have covered another label or a mark).
  for (const dropped of clone.querySelectorAll('[data-label-dropped]')) dropped.remove();
  // Outlines clipped off screen are empty paths (most of a zoomed map): they draw nothing, and
  // leaving them out keeps the file and its rasterization smaller (bench/, metric 5).
  for (const empty of clone.querySelectorAll('path:not([d]), path[d=""]')) empty.remove();
  sanitizeSvg(clone);
  clone.setAttribute('x', String(pad));
  clone.setAttribute('y', String(Math.round(y)));
  clone.setAttribute('width', String(figW));
  clone.setAttribute('height', String(figH));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${figW} ${figH}`);
  clone.removeAttribute('class');
  root.append(clone);
  y += figH + 6;
  y = appendLegend(root, legend, pad, y, width - 2 * pad);

  textLines(wrapText(meta.source, maxChars), 11, { fill: '#57606a' });
  for (const note of meta.notes) textLines(wrapText(`• ${note}`, maxChars), 11, { fill: '#7a4d00' });
  const height = Math.ceil(y + pad);
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  background.setAttribute('height', String(height));

  // Text is data: whatever a user typed is kept; only characters XML cannot carry become U+FFFD,
  // so the file (and the image rasterized from it) stays well-formed. Main rebuilds it anyway.
  const svg = toXmlChars(new XMLSerializer().serializeToString(root));
  return { svg, width, height };
};
