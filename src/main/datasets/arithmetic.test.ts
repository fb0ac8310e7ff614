import { describe, expect, it } from 'vitest';
import { fails, reportChecks, type Cell, type Check } from '../../../tests/support/main/report-arithmetic';
import { datasets, getDataset } from '../../../tests/support/main/datasets';

const checks = reportChecks();
const mismatchNotes = datasets.flatMap((ds) =>
  ds.notes.filter((n) => n.kind === 'arithmetic-mismatch').map((note) => ({ dataset: ds.id, note })),
);
const covers = (cell: Cell) => (m: (typeof mismatchNotes)[number]) =>
  m.dataset === cell.dataset && m.note.rows.includes(cell.row) && m.note.fields.includes(cell.field);

describe("the report's arithmetic", () => {
  it('runs every expected check', () => {
    // 3 theme hierarchies, agencies, regions, 5 movement rows, 3 movement columns, totals row, age groups.
    expect(checks).toHaveLength(15);
  });

  it.each(checks.map((c) => [c.name, c] as [string, Check]))('%s: a mismatch is recorded on its cells', (_name, check) => {
    if (!fails(check)) return;
    const missing = check.noteOn.filter((cell) => !mismatchNotes.some(covers(cell)));
    expect(missing, `${check.name}: ${check.parts} vs ${check.whole} (±${check.tolerance}) needs an arithmetic-mismatch note`).toEqual([]);
  });

  it('no note claims a mismatch that is not there', () => {
    const failing = checks.filter(fails);
    const unfounded = mismatchNotes.filter(
      (m) => !failing.some((c) => c.noteOn.some((cell) => covers(cell)(m))),
    );
    expect(unfounded.map((m) => `${m.dataset}/${m.note.id}`)).toEqual([]);
  });

  it('finds the 2011 inconsistency of the movements table', () => {
    const failing = checks.filter(fails).map((c) => c.name);
    expect(failing).toContain('movements 2011: refugee + public policy = total');
    expect(failing).toContain('movements column refugee: years add up to the printed total');
    const note = getDataset('assisted-movements-by-year').notes.find((n) => n.id === 'y2011-row-mismatch');
    expect(note?.text.en).toContain('12,639');
  });

  // The pie-chart pairings (see the inferred-pairing notes) were chosen so that every money sum holds;
  // a failure here means a pairing or a value changed and the notes must be revisited.
  it('money figures agree within their printed precision', () => {
    const money = checks.filter((c) => c.tolerance > 0);
    expect(money.length).toBe(5);
    expect(money.filter(fails).map((c) => c.name)).toEqual([]);
  });
});
