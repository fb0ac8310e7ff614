import { describe, expect, it } from 'vitest';
import { COVERAGE_ALLOWLIST } from '../../../tests/support/main/coverage-allowlist';
import { datasets, digitTokens, lines, numericCells, readableLine, sameNumber } from '../../../tests/support/main/datasets';

/** Every number printed in the report (map-font lines decoded), with its line. */
const printed = lines.flatMap((_, i) => digitTokens(readableLine(i + 1)).map((t) => ({ line: i + 1, ...t })));
const cells = datasets.flatMap(numericCells);
const isUsed = (p: (typeof printed)[number]) =>
  cells.some((c) => c.cite.line === p.line && c.values.some((v) => sameNumber(v, p.value)));
const unused = printed.filter((p) => !isUsed(p));
const isAllowed = (p: { line: number; text: string }) => COVERAGE_ALLOWLIST.some((a) => a.line === p.line && a.text === p.text);

describe('coverage of the report’s numbers', () => {
  it('finds the report’s numbers', () => {
    expect(printed.length).toBeGreaterThan(250);
  });

  it('every printed number is used by a dataset or explained in the allow-list', () => {
    const unexplained = unused.filter((p) => !isAllowed(p)).map((p) => `line ${p.line}: ${p.text} — "${readableLine(p.line).trim()}"`);
    expect(unexplained).toEqual([]);
  });

  it('the allow-list has no stale entries (each names a number that is printed there and unused)', () => {
    const stale = COVERAGE_ALLOWLIST.filter((a) => !unused.some((p) => p.line === a.line && p.text === a.text));
    expect(stale).toEqual([]);
  });

  it('every allow-list entry gives a reason, once', () => {
    const keys = COVERAGE_ALLOWLIST.map((a) => `${a.line}:${a.text}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(COVERAGE_ALLOWLIST.filter((a) => a.reason.trim().length < 10)).toEqual([]);
  });
});
