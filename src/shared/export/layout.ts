import type { Box } from '../view/labels';
import type { NotesMode } from './composer-settings';

/**
 * The export composer's layout model: where each text line, the legend and the plot go in a frame of
 * a given size. Pure (text measured by an average glyph width, as the figure's own captions are), so
 * every preset can be checked without a browser: lines wrap inside the frame and no two boxes meet.
 */

export type TextRole = 'title' | 'subtitle' | 'legend' | 'source' | 'note' | 'marker' | 'footer';
/** One line of text: `y` is its baseline, `box` what it covers. */
export type TextLine = { role: TextRole; text: string; x: number; y: number; size: number; bold: boolean; box: Box };
export type LegendEntry = { label: string; swatch: Box; text: TextLine };

export type LayoutInput = {
  width: number;
  height: number;
  title: string;
  subtitle: string;
  source: string;
  notes: readonly string[];
  notesMode: NotesMode;
  /** "+ 3 more notes": said when notes had to be left out for room. */
  moreNotes: (count: number) => string;
  /** Shown when notes are off or cut short, so a reader knows there are some (the figure's ⚠). */
  notesMarker: (count: number) => string;
  footer: string;
  legend: readonly string[];
};

export type FigureLayout = {
  width: number;
  height: number;
  pad: number;
  lines: TextLine[];
  legend: LegendEntry[];
  /** Where the chart or map goes, and the factor its own 12 px text is scaled by to match the captions. */
  plot: Box;
  plotScale: number;
  sizes: { title: number; body: number; small: number };
};

/** Average advance of a glyph, as a share of the font size (sans serif; bold a little wider). */
export const GLYPH = 0.56;
export const GLYPH_BOLD = 0.61;
export const LEADING = 1.3;
/** The chart and map draw their own text at this size before the composer scales them. */
export const FIGURE_TEXT = 12;

export const textWidth = (text: string, size: number, bold = false): number => [...text].length * size * (bold ? GLYPH_BOLD : GLYPH);

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Words to lines no wider than `maxWidth`; a word too long for a line is cut across lines. */
export const wrapToWidth = (text: string, size: number, maxWidth: number, bold = false): string[] => {
  const maxChars = Math.max(1, Math.floor(maxWidth / (size * (bold ? GLYPH_BOLD : GLYPH))));
  const lines: string[] = [];
  let line = '';
  for (const raw of text.split(/\s+/).filter(Boolean)) {
    let word = raw;
    while ([...word].length > maxChars) {
      if (line) lines.push(line);
      line = '';
      const chars = [...word];
      lines.push(chars.slice(0, maxChars).join(''));
      word = chars.slice(maxChars).join('');
    }
    if (!word) continue;
    if (line && [...line].length + 1 + [...word].length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
};

/** At most `max` lines; the last one ends in "…" when text was left out. */
const limitLines = (lines: string[], max: number, size: number, maxWidth: number, bold: boolean): string[] => {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  const maxChars = Math.max(2, Math.floor(maxWidth / (size * (bold ? GLYPH_BOLD : GLYPH))));
  const last = [...(kept[max - 1] ?? '')];
  kept[max - 1] = `${last.slice(0, Math.min(last.length, maxChars - 1)).join('')}…`;
  return kept;
};

/** The caption sizes for a frame: they grow with its area, legible on a slide, compact on a Word page. */
export const sizesFor = (width: number, height: number) => {
  const s = Math.sqrt(width * height);
  const body = Math.round(clamp(s * 0.0145, 11, 26));
  return { title: Math.round(clamp(s * 0.027, 16, 46)), body, small: Math.max(10, Math.round(body * 0.85)), pad: Math.round(clamp(s * 0.022, 14, 44)) };
};

export const layoutFigure = (input: LayoutInput): FigureLayout => {
  const { width, height } = input;
  const { title: titleSize, body, small, pad } = sizesFor(width, height);
  const inner = width - 2 * pad;
  const line = (role: TextRole, text: string, x: number, top: number, size: number, bold = false): TextLine => ({
    role,
    text,
    x,
    y: Math.round(top + size),
    size,
    bold,
    box: { x, y: top + size * 0.15, width: Math.min(textWidth(text, size, bold), width - pad - x), height: size * (LEADING - 0.15) },
  });
  const block = (role: TextRole, texts: string[], size: number, bold = false): ((top: number) => TextLine[]) => (top) =>
    texts.map((t, i) => line(role, t, pad, top + i * size * LEADING, size, bold));

  // Top: title (two lines at most) and subtitle (two lines).
  const top: TextLine[] = [];
  let y = pad;
  const title = limitLines(wrapToWidth(input.title, titleSize, inner, true), 2, titleSize, inner, true);
  top.push(...block('title', title, titleSize, true)(y));
  y += title.length * titleSize * LEADING;
  if (input.subtitle) {
    const sub = limitLines(wrapToWidth(input.subtitle, body, inner), 2, body, inner, false);
    y += body * 0.2;
    top.push(...block('subtitle', sub, body)(y));
    y += sub.length * body * LEADING;
  }
  const plotTop = Math.round(y + body * 0.8);

  // Legend: swatch and label, left to right, wrapping at the frame.
  const swatch = Math.round(body * 0.9);
  const legendRows = (): { entries: Array<{ label: string; x: number; row: number }>; rows: number } => {
    let x = pad;
    let row = 0;
    const entries = input.legend.map((raw) => {
      const label = limitLines(wrapToWidth(raw, body, inner - swatch - body * 0.5), 1, body, inner - swatch - body * 0.5, false)[0] ?? '';
      const w = swatch + body * 0.5 + textWidth(label, body);
      if (x > pad && x + w > width - pad) {
        x = pad;
        row += 1;
      }
      const at = { label, x, row };
      x += w + body * 1.5;
      return at;
    });
    return { entries, rows: entries.length ? row + 1 : 0 };
  };
  const legendLayout = legendRows();
  const legendHeight = legendLayout.rows * body * 1.6;

  // Bottom, from the bottom edge up: footer, notes, source.
  const footer = input.footer.trim() ? wrapToWidth(input.footer.trim(), small, inner) : [];
  const source = wrapToWidth(input.source, small, inner);
  const noteLines = (count: number): { role: TextRole; text: string }[] => {
    const n = input.notes.length;
    if (n === 0) return [];
    if (input.notesMode === 'off') return wrapToWidth(`⚠ ${input.notesMarker(n)}`, small, inner).map((text) => ({ role: 'marker', text }));
    const shown = input.notes.slice(0, count);
    const out: { role: TextRole; text: string }[] = [];
    shown.forEach((note, i) => {
      if (input.notesMode === 'footnotes') out.push({ role: 'note', text: limitLines(wrapToWidth(`${i + 1}. ${note}`, small, inner), 1, small, inner, false)[0] ?? '' });
      else for (const text of wrapToWidth(`⚠ ${note}`, small, inner)) out.push({ role: 'note', text });
    });
    if (count < n) out.push({ role: 'marker', text: `⚠ ${input.moreNotes(n - count)}` });
    return out;
  };
  const minPlot = Math.max(120, (height - plotTop) * 0.45);
  const bottomHeight = (notes: number) => (source.length + noteLines(notes).length + footer.length) * small * LEADING + small * 0.6;
  let notesShown = input.notes.length;
  while (notesShown > 0 && height - pad - bottomHeight(notesShown) - legendHeight - plotTop < minPlot) notesShown -= 1;
  const bottomTexts: { role: TextRole; text: string }[] = [
    ...source.map((text) => ({ role: 'source' as const, text })),
    ...noteLines(notesShown),
    ...footer.map((text) => ({ role: 'footer' as const, text })),
  ];
  const bottomTop = height - pad - bottomTexts.length * small * LEADING;
  const bottom = bottomTexts.map((t, i) => line(t.role, t.text, pad, bottomTop + i * small * LEADING, small));

  const legendTop = bottomTop - small * 0.6 - legendHeight;
  const legend: LegendEntry[] = legendLayout.entries.map(({ label, x, row }) => {
    const rowTop = legendTop + row * body * 1.6;
    return {
      label,
      swatch: { x, y: Math.round(rowTop + body * 0.25), width: swatch, height: swatch },
      text: line('legend', label, Math.round(x + swatch + body * 0.5), rowTop, body),
    };
  });
  const plotHeight = Math.max(40, Math.floor(legendTop - body * 0.4 - plotTop));
  return {
    width,
    height,
    pad,
    lines: [...top, ...bottom, ...legend.map((e) => e.text)],
    legend,
    plot: { x: pad, y: plotTop, width: inner, height: plotHeight },
    plotScale: Math.max(1, body / FIGURE_TEXT),
    sizes: { title: titleSize, body, small },
  };
};
