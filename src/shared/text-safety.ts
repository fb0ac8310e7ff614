/**
 * Characters that make text unsafe to carry or to trust, in one place for exports and names.
 *
 * - Unexportable: C0 controls other than tab, LF and CR, lone surrogates (half of a UTF-16 pair;
 *   no file encoding can hold one) and Unicode non-characters (U+FDD0–U+FDEF and the last two code
 *   points of every plane, U+FFFE and U+FFFF among them). XML 1.0 refuses several of them, so an
 *   SVG or an XLSX with one is not well-formed. Exports replace each with U+FFFD.
 * - Deceptive in a name: bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), and
 *   zero-width characters, which make look-alikes such as "RTL ‮gpj.exe".
 */
const UNEXPORTABLE =
  // eslint-disable-next-line no-control-regex -- matching those characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufdd0-\ufdef\ufffe\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text any export format can hold: every unexportable character becomes U+FFFD, the rest stays. */
export const exportableText = (text: string): string => text.replace(UNEXPORTABLE, '\ufffd');

export const hasUnexportableChars = (text: string): boolean => new RegExp(UNEXPORTABLE.source).test(text);

const DECEPTIVE = /[\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2060\ufeff\u061c\u180e]/;

/** Why a view name cannot be used, in plain words, or null when it can. */
export const viewNameProblem = (name: string): string | null => {
  // eslint-disable-next-line no-control-regex -- matching those characters is the point
  if (/[\u0000-\u001f\u007f-\u009f]/.test(name)) return 'A view name cannot contain control characters.';
  if (DECEPTIVE.test(name))
    return 'A view name cannot contain invisible or direction-changing characters (they can make one name look like another).';
  if (hasUnexportableChars(name)) return 'A view name cannot contain characters that no file can store.';
  return null;
};

/**
 * A name stored by an older version (or in a backup) that the rules above would now refuse: the
 * offending characters are taken out rather than the view dropped. Never empty.
 */
const NOT_IN_A_NAME = new RegExp(`${DECEPTIVE.source}|\\p{Cc}`, 'gu');

export const repairedViewName = (name: string, max: number): string => {
  const trimmed = name.trim();
  if (trimmed && trimmed.length <= max && viewNameProblem(trimmed) === null) return trimmed;
  const repaired = exportableText(name.replace(NOT_IN_A_NAME, ''))
    .replace(/\ufffd/g, '')
    .trim()
    .slice(0, max)
    .trim();
  return repaired || 'Unnamed view';
};
