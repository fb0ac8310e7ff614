import { describe, expect, it } from 'vitest';
import { exportStrings } from './strings';
import { composerStrings } from './composer-strings';
import { savedViewsStrings } from '../saved-views/strings';
import { viewCodeStrings } from '../view-code/strings';

/** Every key path of a nested strings object, e.g. "export.brief.rows_one". */
const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
/** {{placeholders}} used by each string. */
const placeholders = (o: object) =>
  Object.fromEntries(
    keys(o).map((k) => {
      const value = k.split('.').reduce<unknown>((acc, part) => (acc as Record<string, unknown>)[part], o);
      return [k, [...String(value).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()];
    }),
  );

describe.each([
  ['export', exportStrings],
  ['composer', composerStrings],
  ['savedViews', savedViewsStrings],
  ['viewCode', viewCodeStrings],
])('%s strings', (_name, bundle) => {
  it('French has exactly the English keys', () => {
    expect(keys(bundle.fr).sort()).toEqual(keys(bundle.en).sort());
  });
  it('both languages use the same placeholders', () => {
    expect(placeholders(bundle.fr)).toEqual(placeholders(bundle.en));
  });
});
