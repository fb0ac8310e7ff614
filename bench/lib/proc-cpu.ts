import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports process times in clock ticks of 1/100 s (`getconf CLK_TCK`). */
const TICK_MS = 10;

type ProcStat = { pid: number; ppid: number; cpuMs: number };

const readStat = (pid: string): ProcStat | null => {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may contain spaces: split after its last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const [ppid, utime, stime] = [fields[1], fields[11], fields[12]].map(Number);
    return { pid: Number(pid), ppid: ppid ?? 0, cpuMs: ((utime ?? 0) + (stime ?? 0)) * TICK_MS };
  } catch {
    return null; // gone between listing and reading
  }
};

/**
 * CPU time (user + system) of this Node process and of every process it started (the bench's Chromium:
 * browser, renderers, GPU and utility processes), read from /proc. Unlike the machine-wide counters
 * (cpu.ts) this leaves out what other users of a shared machine spend. Linux only; zeros elsewhere.
 */
export type TreeCpu = { harnessMs: number; browserMs: number };

export const treeCpu = (root = process.pid): TreeCpu => {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return { harnessMs: 0, browserMs: 0 };
  }
  const stats = entries.map(readStat).filter((s): s is ProcStat => s !== null);
  const children = new Map<number, ProcStat[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  const own = stats.find((s) => s.pid === root);
  let browserMs = 0;
  const queue = [...(children.get(root) ?? [])];
  for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
    browserMs += s.cpuMs;
    queue.push(...(children.get(s.pid) ?? []));
  }
  return { harnessMs: own?.cpuMs ?? 0, browserMs };
};

export const treeCpuBetween = (before: TreeCpu, after: TreeCpu): TreeCpu => ({
  harnessMs: after.harnessMs - before.harnessMs,
  browserMs: after.browserMs - before.browserMs,
});
