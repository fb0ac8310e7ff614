import { cpus, type CpuInfo } from 'node:os';
import { treeCpu, treeCpuBetween, type TreeCpu } from './proc-cpu';

/** CPU time the whole machine spent, summed over its cores (every process: browser, renderer, harness). */
export type CpuSpent = {
  busyMs: number;
  elapsedMs: number;
  cores: number;
  /** The bench's own processes only (its Chromium and this harness), from /proc: not other users of the machine. */
  own?: TreeCpu;
};

type Snapshot = readonly Pick<CpuInfo, 'times'>[];

const busyOf = ({ times: t }: Pick<CpuInfo, 'times'>) => t.user + t.nice + t.sys + t.irq;
const totalOf = (c: Pick<CpuInfo, 'times'>) => busyOf(c) + c.times.idle;
const sum = (s: Snapshot, f: (c: Pick<CpuInfo, 'times'>) => number) => s.reduce((n, c) => n + f(c), 0);

/**
 * Between two `cpus()` snapshots: busy core-milliseconds, and the wall time they cover (core-time
 * counted per core). Metric 1's wall time only means something next to this: a page that keeps
 * every core busy is limited by how much work there is in total, not by the order it is done in.
 */
export const cpuBetween = (before: Snapshot, after: Snapshot): CpuSpent => {
  const cores = Math.min(before.length, after.length);
  return {
    busyMs: sum(after, busyOf) - sum(before, busyOf),
    elapsedMs: cores === 0 ? 0 : (sum(after, totalOf) - sum(before, totalOf)) / cores,
    cores,
  };
};

/** Share of the machine that was busy, 0–1 (NaN when no time passed on the counters). */
export const busyShare = (c: CpuSpent): number => c.busyMs / (c.elapsedMs * c.cores);

/** Runs `work` and reports the machine's CPU time spent meanwhile (the counters tick every 10 ms on Linux). */
export const withCpu = async <T>(work: () => Promise<T>): Promise<{ value: T; cpu: CpuSpent }> => {
  const before = cpus();
  const ownBefore = treeCpu();
  const value = await work();
  return { value, cpu: { ...cpuBetween(before, cpus()), own: treeCpuBetween(ownBefore, treeCpu()) } };
};
