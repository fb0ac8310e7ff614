import { describe, expect, it } from 'vitest';
import { catalog } from '../../../tests/support/main/datasets';
import { SKETCH_FRAME } from '../../shared/home/sketch';
import { PRESETS } from '../../shared/presets';
import { homeData, homeHandlers } from './handlers';

const numbersIn = (d: string) => [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));

describe('the start screen data main computes', () => {
  const data = homeData(catalog.datasets);

  it('has a picture for every report figure and every key number', () => {
    expect(Object.keys(data.sketches).sort()).toEqual(PRESETS.map((p) => p.id).sort());
    expect(data.numbers.length).toBeGreaterThanOrEqual(5);
  });

  it('the health map shades its nine countries, framed on them, every point inside the frame', () => {
    const sketch = data.sketches['health-assessments-map'];
    expect(sketch?.kind).toBe('map');
    if (sketch?.kind !== 'map') return;
    expect(sketch.shapes.filter((s) => s.shade !== null)).toHaveLength(9);
    for (const s of sketch.shapes) for (const n of numbersIn(s.d)) expect(n).toBeGreaterThanOrEqual(0);
    const xs = sketch.shapes.flatMap((s) => numbersIn(s.d).filter((_, i) => i % 2 === 0));
    expect(Math.max(...xs)).toBeLessThanOrEqual(SKETCH_FRAME.width);
    // Framed on the data, not the whole world: fewer than the atlas's ~177 countries are in view.
    expect(sketch.shapes.length).toBeLessThan(150);
  });

  it('the humanitarian map has one circle per country with a number reached', () => {
    const sketch = data.sketches['humanitarian-initiatives-map'];
    if (sketch?.kind !== 'map') throw new Error('not a map');
    const rows = catalog.datasets.get('humanitarian-initiatives')?.rows ?? [];
    const withNumber = new Set(rows.filter((r) => typeof r.values.reached === 'number' && r.values.reached > 0).map((r) => r.values.iso3));
    expect(sketch.dots).toHaveLength(withNumber.size);
    expect(sketch.shapes.every((s) => s.shade === null)).toBe(true);
  });

  it('the handler computes once and answers the same object after', () => {
    const h = homeHandlers(catalog.datasets);
    expect(h.getHome(undefined)).toBe(h.getHome(undefined));
  });
});
