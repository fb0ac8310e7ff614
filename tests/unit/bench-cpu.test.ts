import { describe, expect, it } from 'vitest';
import { busyShare, cpuBetween } from '../../bench/lib/cpu';

const core = (user: number, sys: number, idle: number) => ({ times: { user, nice: 0, sys, idle, irq: 0 } });

describe('cpuBetween', () => {
  it('sums busy time over cores and spreads elapsed time per core', () => {
    const spent = cpuBetween([core(100, 50, 1000), core(200, 0, 900)], [core(400, 150, 1100), core(450, 50, 1000)]);
    expect(spent).toEqual({ busyMs: 400 + 300, elapsedMs: (500 + 400) / 2, cores: 2 });
    expect(busyShare(spent)).toBeCloseTo(700 / 900);
  });

  it('reads an idle machine as idle, and no elapsed time as unknown', () => {
    expect(busyShare(cpuBetween([core(10, 0, 10)], [core(10, 0, 110)]))).toBe(0);
    expect(busyShare(cpuBetween([core(10, 0, 10)], [core(10, 0, 10)]))).toBeNaN();
  });
});
