import { writeFileSync } from 'node:fs';
import { round1 } from './stats';

export type Status = 'pass' | 'fail' | 'not measurable yet';

/** One line of the results table; `app` and `floor` are medians over `runs` interleaved runs. */
export type MetricResult = {
  id: string;
  metric: string;
  unit: 'ms' | 'kB' | 'MB' | 'count';
  app: number | null;
  floor: number | null;
  /** app / floor, when both exist and the floor is not zero. */
  ratio: number | null;
  target: string;
  status: Status;
  runs: number;
  /** Why a metric could not be measured, or what the numbers mean. */
  note?: string;
};

type Check = { id: string; metric: string; unit: MetricResult['unit']; target: string; runs: number; note?: string };

const ratioOf = (app: number, floor: number | null) => (floor === null || floor === 0 ? null : Math.round((app / floor) * 100) / 100);

/** A measured metric: `pass` is decided by the caller from the raw numbers, never hard-coded. */
export const measured = (c: Check, app: number, floor: number | null, pass: boolean): MetricResult => ({
  ...c,
  app: round1(app),
  floor: floor === null ? null : round1(floor),
  ratio: ratioOf(app, floor),
  status: Number.isFinite(app) && pass ? 'pass' : 'fail',
});

/** The feature the metric needs does not exist yet: reported, never passed. */
export const notMeasurable = (c: Omit<Check, 'runs'>, reason: string): MetricResult => ({
  ...c,
  app: null,
  floor: null,
  ratio: null,
  status: 'not measurable yet',
  runs: 0,
  note: reason,
});

const fmt = (n: number | null) => (n === null ? '—' : String(n));

export const printTable = (results: readonly MetricResult[]): void => {
  const header = ['id', 'metric', 'app', 'floor', 'ratio', 'target', 'runs', 'status'];
  const rows = results.map((r) => [
    r.id,
    r.metric,
    r.app === null ? '—' : `${fmt(r.app)} ${r.unit}`,
    r.floor === null ? '—' : `${fmt(r.floor)} ${r.unit}`,
    fmt(r.ratio),
    r.target,
    String(r.runs),
    r.status,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' │ ');
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  for (const row of rows) console.log(line(row));
  for (const r of results) if (r.note) console.log(`  ${r.id}: ${r.note}`);
};

export const writeResults = (file: string, results: readonly MetricResult[], meta: Record<string, unknown>): void => {
  writeFileSync(file, `${JSON.stringify({ ...meta, results }, null, 2)}\n`);
};
