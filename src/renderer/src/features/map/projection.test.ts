import { describe, expect, it } from 'vitest';
import { geoPath } from 'd3-geo';
import { mapHeight, mapProjection } from './projection';

const sphereBounds = (width: number, center: [number, number], zoom: number) =>
  geoPath(mapProjection(width, { center, zoom })).bounds({ type: 'Sphere' });

describe('mapProjection', () => {
  it.each([
    [[0, 20]],
    [[0, -35]],
    [[40, 10]],
  ] as [[number, number]][])('at zoom 1 the whole sphere is inside the frame (centre %j)', (center) => {
    const width = 800;
    const [[x0, y0], [x1, y1]] = sphereBounds(width, center, 1);
    expect(x0).toBeGreaterThanOrEqual(-0.5);
    expect(y0).toBeGreaterThanOrEqual(-0.5);
    expect(x1).toBeLessThanOrEqual(width + 0.5);
    expect(y1).toBeLessThanOrEqual(mapHeight(width) + 0.5);
  });
  it('zoomed in, the centre still moves the map (panning works)', () => {
    const a = mapProjection(800, { center: [0, 20], zoom: 3 })([0, 20]);
    const b = mapProjection(800, { center: [30, 20], zoom: 3 })([0, 20]);
    expect(a?.[0]).toBeCloseTo(400, 0);
    expect(b?.[0]).toBeLessThan(300);
  });
});
