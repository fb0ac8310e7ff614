import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceAxis } from './axis';

describe('niceAxis', () => {
  it('ends near the data on a round number', () => {
    expect(niceAxis(0, 47294)).toEqual({ domain: [0, 50000], ticks: [0, 10000, 20000, 30000, 40000, 50000] });
    expect(niceAxis(0, 11471).domain).toEqual([0, 12000]);
    expect(niceAxis(0, 101.8).domain).toEqual([0, 120]);
    expect(niceAxis(0, 0.3).ticks).toEqual([0, 0.1, 0.2, 0.3]);
    expect(niceAxis(-12, 40).domain).toEqual([-20, 40]);
    expect(niceAxis(0, 0)).toEqual({ domain: [0, 1], ticks: [0, 1] });
  });

  it('always covers the data, with few ticks and little room to spare', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e9, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (max, share) => {
        const below = max * share * 0.5;
        const min = below < 1e-9 ? 0 : -below;
        const { domain, ticks } = niceAxis(min, max);
        expect(domain[0]).toBeLessThanOrEqual(min);
        expect(domain[1]).toBeGreaterThanOrEqual(max * (1 - 1e-12));
        expect(ticks.length).toBeLessThanOrEqual(7);
        expect(ticks[0]).toBe(domain[0]);
        expect(ticks.at(-1)).toBe(domain[1]);
        // The top is never more than half the span again beyond the data.
        expect(domain[1] - max).toBeLessThanOrEqual((max - min) * 0.5 + 1e-9);
      }),
    );
  });
});
