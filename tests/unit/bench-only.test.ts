import { describe, expect, it } from 'vitest';
import { stepFilter } from '../../bench/lib/only';

describe('stepFilter (--only)', () => {
  it('runs every step without --only', () => {
    for (const spec of [undefined, '', ' , ']) expect(['1', '5c', '8'].every(stepFilter(spec))).toBe(true);
  });

  it('runs a metric with all its sub-steps, or one sub-step alone', () => {
    const metric5 = stepFilter('5');
    expect(['5', '5c'].map(metric5)).toEqual([true, true]);
    expect(['4', '4g', '15'].map(metric5)).toEqual([false, false, false]);
    const composerOnly = stepFilter(' 5C , 8');
    expect(['5', '5c', '8', '4g'].map(composerOnly)).toEqual([false, true, true, false]);
  });
});
