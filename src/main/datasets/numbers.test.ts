import { describe, expect, it } from 'vitest';
import { decodeMapFont } from '../../shared/map-font';
import { datasets, isMapFontLine, numbersIn, numericCells, rawLine, sameNumber } from '../../../tests/support/main/datasets';

const cells = datasets.flatMap(numericCells);
const label = (c: (typeof cells)[number]) => `${c.dataset}/${c.row}.${c.field} @${c.cite.line}`;

describe('no invented numbers', () => {
  it('checks a meaningful number of cells', () => {
    expect(cells.length).toBeGreaterThan(200);
  });

  it.each(cells.map((c) => [label(c), c] as const))('%s is printed at its cited line', (_l, cell) => {
    const raw = rawLine(cell.cite.line);
    expect(raw, 'quote must be verbatim').toContain(cell.cite.quote);
    // Map-font lines are read through the documented decoder; nothing else is transformed.
    const text = cell.cite.encoding === 'map-font' ? decodeMapFont(raw) : raw;
    const printed = numbersIn(text);
    for (const v of cell.values) expect(printed.some((p) => sameNumber(p, v)), `${v} not found in "${text}"`).toBe(true);
  });

  it('marks every citation of a map-font line as map-font, and no other', () => {
    const wrong = datasets.flatMap((ds) =>
      ds.rows.flatMap((row) =>
        [row.source, ...Object.values(row.fieldSources ?? {})]
          .filter((ref) => /[ARUL]{2}|'AAA/.test(ref.quote) || ref.encoding === 'map-font')
          .filter((ref) => (ref.encoding === 'map-font') !== isMapFontLine(ref.line))
          .map((ref) => `${ds.id}/${row.id} @${ref.line}`),
      ),
    );
    expect(wrong).toEqual([]);
  });

  it('a search for a printed figure lands on its row (e.g. 47,294 → Pakistan)', () => {
    const hits = datasets.flatMap((ds) => ds.rows.filter((r) => r.source.quote.includes('47,294')).map((r) => [ds.id, r.values.iso3]));
    expect(hits).toEqual([['health-assessments', 'PAK']]);
  });
});
