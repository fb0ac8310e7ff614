import { appendLegend } from './legend-svg';
import { inlineStyles, type ExportSvg } from './figure-svg';
import { sanitizeSvg } from './sanitize-svg';
import { SVG_NS, svgElement } from './svg-element';
import { resolveTokens, type Theme } from '../../design/tokens';
import { layoutFigure, type LayoutInput, type TextRole } from '../../../../shared/export/layout';
import { EXPORT_FONT } from '../../../../shared/export/text-metrics';
import { toXmlChars } from '../../../../shared/svg/policy';

/**
 * The export composer's SVG: the figure on screen framed at any size (a slide, a Word page, A4…)
 * by the pure layout of shared/export/layout.ts. Each part is its own group (title, plot, legend,
 * notes, footer, source) and text stays text, so the file opens cleanly in a drawing program.
 * The preview shows this very string; PNG, PDF and the slide are rasterized from it.
 */

export type ComposeInput = Omit<LayoutInput, 'legendHeight'> & { background: Theme };

const COLOURS = ['--color-surface', '--color-text', '--color-text-muted', '--color-warning'] as const;

/** The live figure's computed styles in `theme`, copied onto a clone (the screen is left as it was). */
const cloneIn = (figure: SVGSVGElement, theme: Theme): SVGSVGElement => {
  const before = figure.getAttribute('data-theme');
  figure.setAttribute('data-theme', theme);
  try {
    const clone = figure.cloneNode(true) as SVGSVGElement;
    clone.removeAttribute('data-theme');
    inlineStyles(figure, clone);
    return clone;
  } finally {
    if (before === null) figure.removeAttribute('data-theme');
    else figure.setAttribute('data-theme', before);
  }
};

const sizeOf = (svg: SVGSVGElement) => {
  const rect = svg.getBoundingClientRect();
  if (rect.width > 0 && rect.height > 0) return { width: Math.round(rect.width), height: Math.round(rect.height) };
  const w = parseFloat(svg.getAttribute('width') ?? '');
  const h = parseFloat(svg.getAttribute('height') ?? '');
  return w > 0 && h > 0 ? { width: w, height: h } : { width: 800, height: 500 };
};

export const composeExportSvg = (figure: SVGSVGElement, legend: Element | null, input: ComposeInput): ExportSvg => {
  const doc = figure.ownerDocument;
  const { width, height } = input;
  const c = resolveTokens(COLOURS, input.background, doc);
  const el = (name: string, attrs: Record<string, string | number>, text?: string) => svgElement(doc, name, attrs, text);
  const group = (id: string) => el('g', { id });

  const own = sizeOf(figure);
  // The legend is drawn first, at 1×, to learn its height; the layout then gives it its place.
  const first = layoutFigure({ ...input, legendHeight: 0 });
  const legendGroup = group('legend');
  const legendHeight = legend ? appendLegend(legendGroup, legend, 0, 0, first.plot.width / first.scale) : 0;
  for (const t of legendGroup.querySelectorAll(':scope > text')) t.setAttribute('fill', c['--color-text']);
  const layout = layoutFigure({ ...input, legendHeight, plotAspect: own.width / own.height });

  const root = el('svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': EXPORT_FONT });
  root.append(el('rect', { id: 'background', x: 0, y: 0, width, height, fill: c['--color-surface'] }));

  const fills: Record<TextRole, string> = {
    title: c['--color-text'],
    subtitle: c['--color-text-muted'],
    note: c['--color-warning'],
    footer: c['--color-text'],
    source: c['--color-text-muted'],
  };
  const groups = new Map<TextRole, Element>();
  for (const line of layout.lines) {
    let g = groups.get(line.role);
    if (!g) groups.set(line.role, (g = group(line.role)));
    const attrs: Record<string, string | number> = { x: round(line.x), y: round(line.baseline), 'font-size': round(line.size), fill: fills[line.role] };
    if (line.bold) attrs['font-weight'] = 700;
    g.append(el('text', attrs, line.text));
  }

  const plot = group('plot');
  const clone = cloneIn(figure, input.background);
  // Value labels the layout dropped (they would have covered another label or a mark).
  for (const dropped of clone.querySelectorAll('[data-label-dropped]')) dropped.remove();
  // Outlines clipped off screen draw nothing; leaving them out keeps the file small.
  for (const empty of clone.querySelectorAll('path:not([d]), path[d=""]')) empty.remove();
  sanitizeSvg(clone);
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${own.width} ${own.height}`);
  // Scaled as a whole (aspect kept, centred): the figure's own labels keep the places they had.
  for (const [k, v] of Object.entries({ x: layout.plot.x, y: layout.plot.y, width: layout.plot.width, height: layout.plot.height }))
    clone.setAttribute(k, String(round(v)));
  clone.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  clone.removeAttribute('class');
  clone.removeAttribute('style');
  plot.append(clone);

  root.append(...(['title', 'subtitle'] as const).flatMap((r) => groups.get(r) ?? []), plot);
  if (layout.legend) {
    legendGroup.setAttribute('transform', `translate(${round(layout.legend.x)} ${round(layout.legend.y)}) scale(${round(layout.scale)})`);
    root.append(legendGroup);
  }
  root.append(...(['note', 'footer', 'source'] as const).flatMap((r) => groups.get(r) ?? []));
  return { svg: toXmlChars(new XMLSerializer().serializeToString(root)), width, height };
};

const round = (v: number) => Math.round(v * 100) / 100;
