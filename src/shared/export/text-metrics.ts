/**
 * Text widths for the export frame, from the Helvetica/Arial advance widths (1/1000 em). Exports
 * name a metric-compatible font first (Arial on Windows, Helvetica on macOS, Liberation Sans on
 * Linux: all three share these widths), so an estimate made here is the width the file draws;
 * tests/e2e/exports-composer.spec.ts compares it with the browser's own measurement.
 */
export const EXPORT_FONT = 'Arial, Helvetica, "Liberation Sans", sans-serif';

// Printable ASCII from the space (32) to "~" (126), Arial regular.
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556,
  278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,
  611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,
  556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
// Arial bold, same range.
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556,
  333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667,
  611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889,
  611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
/** Characters outside ASCII the report's text uses. */
const EXTRA: Record<string, number> = { '–': 556, '—': 1000, '…': 1000, '·': 278, '’': 222, '‘': 222, '“': 333, '”': 333, '«': 556, '»': 556, '\u00a0': 278, '\u202f': 278, '•': 350, '×': 584, '⚠': 1000 };
/** Accented letters are as wide as their base letter (é as e); anything else unknown counts as wide. */
const UNKNOWN = 667;

const advance = (ch: string, bold: boolean): number => {
  const code = ch.charCodeAt(0);
  const table = bold ? BOLD : REGULAR;
  if (code >= 32 && code <= 126) return table[code - 32] ?? UNKNOWN;
  const extra = EXTRA[ch];
  if (extra !== undefined) return extra * (bold ? 1.05 : 1);
  const base = ch.normalize('NFD').charAt(0);
  const baseCode = base.charCodeAt(0);
  if (base !== ch && baseCode >= 32 && baseCode <= 126) return table[baseCode - 32] ?? UNKNOWN;
  return UNKNOWN;
};

/** Width in px of `text` set at `size` px. */
export const textWidth = (text: string, size: number, bold = false): number => {
  let units = 0;
  for (const ch of text) units += advance(ch, bold);
  return (units * size) / 1000;
};

/** Greedy wrap at `maxWidth`; a word longer than the line is cut with an ellipsis. */
export const wrapToWidth = (text: string, size: number, maxWidth: number, bold = false): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size, bold) <= maxWidth) line = candidate;
    else {
      if (line) lines.push(line);
      line = textWidth(word, size, bold) <= maxWidth ? word : truncateToWidth(word, size, maxWidth, bold);
    }
  }
  if (line) lines.push(line);
  return lines;
};

/** `text` cut to fit `maxWidth` with an ellipsis (unchanged when it fits). */
export const truncateToWidth = (text: string, size: number, maxWidth: number, bold = false): string => {
  if (textWidth(text, size, bold) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}…`, size, bold) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
};

/** At most `max` lines; the last one kept ends with an ellipsis when text was left out. */
export const clampLines = (lines: string[], max: number, size: number, maxWidth: number, bold = false): string[] => {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = truncateToWidth(`${kept[max - 1] ?? ''}…`, size, maxWidth, bold);
  return kept;
};
