/**
 * Decoder for the broken font of the humanitarian-initiatives map ("IOM and Canada's Humanitarian
 * Initiatives 2010 – 2015", lines 256–355 of the bundled text). The PDF's embedded font maps glyphs
 * to the wrong code points; the key below was established from dates whose true value is known
 * (e.g. "UARA" = 2010 for the Haiti earthquake, "UARL" = 2013 for Typhoon Haiyan):
 *
 *   A → 0   R → 1   U → 2   L → 3          (digits, only inside number-like runs)
 *   ' → ,   (thousands separator and comma)
 *   Z → -   (hyphen after a lower-case letter or between two numbers: "nonZfood", "UARAZUARU")
 *   ) → (   before a number;   w → )   after a number
 *   4 → .   at the end of a word (full stop: "sites4")
 *   - → '   before a final "s" (apostrophe: "Canada-s")
 *
 * The glyphs "5" and a word-initial "4" never occur in a position whose value is known, so they are
 * kept as the digits 5 and 4 at face value; rows that depend on them carry an
 * `uncertain-decoding` note. Capital letters that begin ordinary words ("Arab", "Libya",
 * "Ukraine", "Zimbabwe") are left alone because a number-like run never touches a letter.
 */

const DIGITS: Readonly<Record<string, string>> = { A: '0', R: '1', U: '2', L: '3' };

/** A run of encoded digits (plus literal 4/5), optionally grouped by ' or joined by Z, not touching a letter (w excepted). */
const NUMBER_RUN = /(?<![A-Za-z])[ARUL0-9]+(?:['Z][ARUL0-9]+)*(?![A-Za-vx-z])/g;

const decodeRun = (run: string): string =>
  [...run].map((ch) => DIGITS[ch] ?? (ch === "'" ? ',' : ch === 'Z' ? '-' : ch)).join('');

export const decodeMapFont = (raw: string): string =>
  raw
    .replace(NUMBER_RUN, decodeRun)
    .replace(/'/g, ',')
    .replace(/(?<=[a-z])-(?=s\b)/g, "'")
    .replace(/(?<=[a-z0-9])Z/g, '-')
    .replace(/\)(?=[0-9])/g, '(')
    .replace(/(?<=[0-9])w/g, ')')
    .replace(/(?<=[A-Za-z)])4(?![0-9A-Za-z])/g, '.');
