import type { ViewState } from '../view-state';

/**
 * View codes: a view as one short line of text ("iom1.…") to paste in an e-mail or a chat. Main
 * encodes and decodes them (src/main/views/view-code.ts); the renderer only recognises the prefix.
 */
export const VIEW_CODE_VERSION = 1;
export const VIEW_CODE_PREFIX = `iom${VIEW_CODE_VERSION}.`;
/** Longest text taken as a code: the base64 of a view file at its 1 MB cap, and some room. */
export const VIEW_CODE_MAX_CHARS = 1_500_000;

/** "iom<N>." then base64url; the prefix of any version, so a newer code is recognised as one. */
const CODE_SHAPE = /^iom(\d{1,4})\.([A-Za-z0-9_-]*)$/;

/** The text without the spaces and line breaks a mail program may have put into it. */
export const compactCode = (text: string) => text.replace(/\s+/g, '');

/** Whether text typed or pasted (in search, say) is meant as a view code, of this version or another. */
export const looksLikeViewCode = (text: string): boolean => {
  const compact = compactCode(text);
  return compact.length >= 8 && CODE_SHAPE.test(compact);
};

/** Splits a code into its version and body; null when the text is not shaped like a code at all. */
export const splitViewCode = (text: string): { version: number; body: string } | null => {
  const m = CODE_SHAPE.exec(compactCode(text));
  return m ? { version: Number(m[1]), body: m[2] ?? '' } : null;
};

/** Why a code did not open; the renderer says each in plain words (EN/FR). */
export type ViewCodeProblem =
  /** Not a view code at all. */
  | { reason: 'not-a-code' }
  /** Made by a newer version of the app (a newer code format or view format). */
  | { reason: 'newer-version'; version: number }
  /** Mistyped, cut short or otherwise damaged. */
  | { reason: 'damaged' }
  /** Valid, but of a dataset (or a field) this copy of the app does not have. */
  | { reason: 'unknown-data'; datasetId: string }
  /** Longer than any view file may be. */
  | { reason: 'too-large' };

export type OpenedViewCode = { ok: true; name: string | null; state: ViewState } | ({ ok: false } & ViewCodeProblem);
