import type { Box } from '../view/labels';
import type { NotesMode } from './composer-presets';
import { clampLines, textWidth, truncateToWidth, wrapToWidth } from './text-metrics';

/**
 * Where each part of an exported figure goes in a frame of any size: title and subtitle at the top,
 * the source line, footer and notes at the foot, the legend above them and the plot in what is
 * left. Pure and measured (text-metrics.ts), so the text boxes it returns never intersect each
 * other or the plot, whatever the size (layout.test.ts checks every preset and bundled dataset).
 */

export type LayoutInput = {
  width: number;
  height: number;
  title: string;
  subtitle: string;
  source: string;
  footer: string;
  notes: readonly string[];
  notesMode: NotesMode;
  /** The figure's width ÷ height: a plot area taller than the figure needs is given back (the foot moves up). */
  plotAspect?: number;
  /** Height of the legend drawn at 1× (0: none); drawn at the frame's type scale. */
  legendHeight: number;
  /** "+ 3 more notes", "⚠ 7 data-quality notes…": words from the caller's language. */
  moreNotes: (count: number) => string;
  notesMarker: (count: number) => string;
};

export type TextRole = 'title' | 'subtitle' | 'note' | 'footer' | 'source';
export type TextLine = { role: TextRole; text: string; x: number; baseline: number; size: number; bold: boolean; box: Box };
export type FigureLayout = { width: number; height: number; scale: number; pad: number; lines: TextLine[]; plot: Box; legend: Box | null };

/** The frame the type sizes are designed for; bigger frames get bigger type, up to 2×. */
const BASE_AREA = 960 * 600;
/** The plot keeps at least this share of the frame's height; notes give way first. */
const MIN_PLOT_SHARE = 0.4;

export const typeScale = (width: number, height: number): number =>
  Math.min(2, Math.max(0.9, Math.sqrt((width * height) / BASE_AREA)));

export const layoutFigure = (input: LayoutInput): FigureLayout => {
  const { width, height } = input;
  const k = typeScale(width, height);
  const pad = Math.round(20 * k);
  const inner = width - 2 * pad;
  const lineGap = 1.3;
  const lines: TextLine[] = [];
  const size = { title: 22 * k, subtitle: 14 * k, note: 11 * k, footer: 12 * k, source: 11 * k };
  const line = (role: TextRole, text: string, baseline: number, bold = false): TextLine => {
    const s = size[role];
    // The box runs from the ascender to the descender: 0.9 em above the baseline, 0.25 em below.
    return { role, text, x: pad, baseline, size: s, bold, box: { x: pad, y: baseline - 0.9 * s, width: textWidth(text, s, bold), height: 1.15 * s } };
  };

  // Top, downwards.
  let y = pad;
  const top = (role: TextRole, text: string, maxLines: number, bold = false) => {
    if (!text.trim()) return;
    const s = size[role];
    for (const t of clampLines(wrapToWidth(text, s, inner, bold), maxLines, s, inner, bold)) {
      lines.push(line(role, t, y + 0.9 * s, bold));
      y += s * lineGap;
    }
  };
  top('title', input.title, 2, true);
  top('subtitle', input.subtitle, 2);
  const plotTop = y + Math.round(8 * k);

  // Foot, upwards: source last, footer above it, notes above that.
  const foot: { role: TextRole; text: string }[] = [];
  const wrapped = (role: TextRole, text: string, max: number) =>
    clampLines(wrapToWidth(text, size[role], inner), max, size[role], inner).map((t) => ({ role, text: t }));
  const noteLines = (count: number): { role: TextRole; text: string }[] => {
    const notes = input.notes.slice(0, count);
    const out =
      input.notesMode === 'footnotes'
        ? notes.map((n, i) => ({ role: 'note' as const, text: truncateToWidth(`${i + 1}. ${n}`, size.note, inner) }))
        : notes.flatMap((n) => wrapped('note', `• ${n}`, 3));
    const left = input.notes.length - count;
    if (left > 0) out.push({ role: 'note', text: input.moreNotes(left) });
    return out;
  };
  const tail = [...wrapped('footer', input.footer, 2), ...wrapped('source', input.source, 2)];
  const legendH = input.legendHeight > 0 ? input.legendHeight * k + Math.round(6 * k) : 0;
  const heightOf = (ls: { role: TextRole }[]) => ls.reduce((h, l) => h + size[l.role] * lineGap, 0);
  const room = height - pad - plotTop - legendH - heightOf(tail) - height * MIN_PLOT_SHARE;

  if (input.notes.length > 0 && input.notesMode === 'off') foot.push(...wrapped('note', input.notesMarker(input.notes.length), 1));
  else if (input.notes.length > 0) {
    // As many notes as leave the plot its share; the rest are counted ("+ 2 more notes").
    let count = input.notes.length;
    while (count > 0 && heightOf(noteLines(count)) > room) count--;
    const chosen = noteLines(count);
    foot.push(...(heightOf(chosen) <= room ? chosen : wrapped('note', input.notesMarker(input.notes.length), 1)));
  }
  foot.push(...tail);

  let bottom = height - pad;
  const footLines: TextLine[] = [];
  let below: TextRole | null = null;
  for (const l of [...foot].reverse()) {
    const s = size[l.role];
    // A little air between the notes and the source or footer under them.
    if (l.role === 'note' && below !== null && below !== 'note') bottom -= Math.round(4 * k);
    below = l.role;
    bottom -= s * lineGap;
    footLines.unshift(line(l.role, l.text, bottom + 0.9 * s, l.role === 'title'));
  }
  const footTop = bottom - Math.round(6 * k);
  const available = Math.max(0, footTop - legendH - plotTop);
  // A wide figure in a tall frame (A4 portrait): the plot keeps only the height the figure fills,
  // and the legend and foot follow it, instead of floating at the bottom of the page.
  const needed = input.plotAspect && input.plotAspect > 0 ? inner / input.plotAspect : available;
  const plotH = Math.min(available, needed);
  const lift = available - plotH;
  for (const l of footLines) {
    l.baseline -= lift;
    l.box = { ...l.box, y: l.box.y - lift };
  }
  lines.push(...footLines);
  const plot = { x: pad, y: plotTop, width: inner, height: plotH };
  const legend = legendH > 0 ? { x: pad, y: plotTop + plotH, width: inner, height: legendH } : null;
  return { width, height, scale: k, pad, lines, plot, legend };
};
