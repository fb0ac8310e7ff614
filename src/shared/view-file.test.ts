import { describe, expect, it } from 'vitest';
import { DATA_EDITION } from './dataset';
import { defaultViewState } from './default-view-state';
import { VIEW_FILE_FORMAT, viewNameSchema, buildViewFile, parseViewFile, uniqueName, type CatalogFields } from './view-file';

const catalog: CatalogFields = new Map([['contributions-by-region', new Set(['region', 'name', 'amount'])]]);
const state = {
  ...defaultViewState('contributions-by-region'),
  tab: 'chart' as const,
  sort: { field: 'amount', dir: 'desc' as const },
};
const good = () => buildViewFile([{ name: 'By region', state }], '1.0.0', '2026-11-25T00:00:00.000Z');
const parse = (value: unknown) => parseViewFile(typeof value === 'string' ? value : JSON.stringify(value), catalog);
const message = (value: unknown) => {
  const r = parse(value);
  return r.ok ? 'imported' : r.message;
};

describe('parseViewFile', () => {
  it('round-trips what buildViewFile writes, without warnings for this edition', () => {
    expect(parse(good())).toEqual({ ok: true, views: [{ name: 'By region', state }], warnings: [] });
  });

  it('accepts a UTF-8 BOM', () => {
    expect(parse(`\uFEFF${JSON.stringify(good())}`).ok).toBe(true);
  });

  it('warns (but imports) for a file of another data edition', () => {
    const r = parse({ ...good(), dataEdition: '2014.1' });
    expect(r).toMatchObject({ ok: true, warnings: [{ kind: 'other-edition', fileEdition: '2014.1', appEdition: DATA_EDITION }] });
  });

  const rejected: [string, unknown, RegExp][] = [
    ['not JSON', '{"format":', /not valid JSON/],
    ['another kind of file', { hello: 'world' }, /not an IOM–Canada Explorer view file/],
    ['a newer format', { ...good(), formatVersion: 2 }, /newer version/],
    ['no views', { ...good(), views: [] }, /damaged or incomplete: views/],
    ['an unknown top-level key', { ...good(), extra: 1 }, /damaged or incomplete/],
    ['an overlong name', { ...good(), views: [{ name: 'x'.repeat(101), state: good().views[0]?.state }] }, /views\.0\.name/],
    [
      'an unknown dataset',
      { ...good(), views: [{ name: 'Ghost', state: { version: 1, datasetId: 'ghost-data' } }] },
      /“Ghost”.*dataset “ghost-data”/,
    ],
    [
      'an unknown field',
      {
        ...good(),
        views: [
          { name: 'Odd', state: { version: 1, datasetId: 'contributions-by-region', sort: { field: 'budget', dir: 'asc' } } },
        ],
      },
      /“Odd”.*“budget”, not a field of “contributions-by-region”/,
    ],
    [
      'an invalid setting',
      { ...good(), views: [{ name: 'Bad', state: { version: 1, datasetId: 'contributions-by-region', tab: 'radar' } }] },
      /“Bad”\) is invalid: invalid view: tab/,
    ],
    [
      'an unknown setting',
      { ...good(), views: [{ name: 'Bad', state: { version: 1, datasetId: 'contributions-by-region', colour: 'red' } }] },
      /unknown view setting “colour”/,
    ],
  ];
  for (const [label, value, expected] of rejected)
    it(`rejects ${label} with a message naming it`, () => expect(message(value)).toMatch(expected));

  it('rejects __proto__ keys anywhere, and nothing gets polluted', () => {
    const text = JSON.stringify(good()).replace('"state":{', '"state":{"__proto__":{"polluted":true},');
    expect(message(text)).toMatch(/forbidden key “__proto__”/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('imports every valid view of several and names the others with why (a backup always restores)', () => {
    const views = [
      ...good().views,
      { name: 'Ghost', state: { version: 1, datasetId: 'ghost' } },
      { name: 'Bad', state: { version: 1, datasetId: 'contributions-by-region', tab: 'radar' } },
    ];
    expect(parse({ ...good(), views })).toMatchObject({
      ok: true,
      views: [{ name: 'By region' }],
      warnings: [
        {
          kind: 'skipped',
          total: 3,
          skipped: [
            { name: 'Ghost', reason: 'unknown-data' },
            { name: 'Bad', reason: 'invalid' },
          ],
        },
      ],
    });
  });

  it('starts with the expected format marker', () => {
    expect(good().format).toBe(VIEW_FILE_FORMAT);
  });
});

describe('uniqueName', () => {
  it('adds the first free " (n)"', () => {
    expect(uniqueName('A', [])).toBe('A');
    expect(uniqueName('A', ['a'])).toBe('A (2)');
    expect(uniqueName('A', ['A', 'A (2)'])).toBe('A (3)');
    expect(uniqueName('A (2)', ['A (2)'])).toBe('A (3)');
  });

  it('stays within the name limit', () => {
    const long = 'x'.repeat(100);
    expect(uniqueName(long, [long])).toHaveLength(100);
  });
});

describe('viewNameSchema', () => {
  it('refuses look-alike names (bidi controls, zero-width characters) and unstorable characters, saying why', () => {
    for (const name of ['RTL \u202egpj.exe', 'a\u2067b', 'zero\u200bwidth', 'x\ufffe', 'x\ud800']) {
      const parsed = viewNameSchema.safeParse(name);
      expect(parsed.success, JSON.stringify(name)).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/^A view name cannot contain/);
    }
    expect(viewNameSchema.parse('  Toronto onset = 2015 — Santé 😀 ')).toBe('Toronto onset = 2015 — Santé 😀');
  });
});
