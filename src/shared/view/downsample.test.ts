import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { downsampleMinMax, foldSmallCategories, maxPointsFor } from './downsample';

describe('downsampleMinMax', () => {
  it('never returns more than the budget, keeps x order, and keeps the global extremes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 2000 }),
        fc.integer({ min: 2, max: 300 }),
        (ys, budget) => {
          const points = ys.map((y, x) => ({ x, y }));
          const out = downsampleMinMax(points, budget);
          expect(out.length).toBeLessThanOrEqual(Math.max(budget, 1));
          for (let i = 1; i < out.length; i++) expect(out[i]!.x).toBeGreaterThan(out[i - 1]!.x);
          expect(Math.max(...out.map((p) => p.y))).toBe(Math.max(...ys));
          expect(Math.min(...out.map((p) => p.y))).toBe(Math.min(...ys));
        },
      ),
    );
  });

  it('returns a series that already fits unchanged', () => {
    const points = [
      { x: 1, y: 5 },
      { x: 2, y: 3 },
    ];
    expect(downsampleMinMax(points, 10)).toEqual(points);
  });

  it('budgets two points per pixel of plot width', () => {
    expect(maxPointsFor(400)).toBe(800);
    expect(maxPointsFor(0)).toBe(2);
  });
});

describe('foldSmallCategories', () => {
  const cats = [5, 1, 9, 3, 7].map((value, i) => ({ key: `k${i}`, label: `L${i}`, value, rowIds: [`r${i}`] }));

  it('keeps the largest categories in their order and folds the rest into "Other"', () => {
    const out = foldSmallCategories(cats, 3, 'Other');
    expect(out.map((c) => c.key)).toEqual(['k2', 'k4', '__other__']);
    expect(out[2]).toMatchObject({ label: 'Other', value: 9, rowIds: ['r0', 'r1', 'r3'] });
  });

  it('keeps the total unchanged', () => {
    const sum = (cs: { value: number }[]) => cs.reduce((s, c) => s + c.value, 0);
    expect(sum(foldSmallCategories(cats, 2, 'Other'))).toBe(sum(cats));
    expect(foldSmallCategories(cats, 10, 'Other')).toEqual(cats);
  });
});
