import { describe, expect, it } from 'vitest';
import land from 'world-atlas/land-110m.json';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { computeLandRows } from '../../../../../tests/support/shared/thumbnail-geography';
import { THUMBNAIL_FRAME } from '../../../../shared/view/thumbnail-frame';
import { isLandCell, landPath } from './land-grid';

const cell = (lon: number, lat: number): [number, number] => [
  Math.floor((lon + 180) / (360 / THUMBNAIL_FRAME.columns)),
  Math.floor((THUMBNAIL_FRAME.north - lat) / ((THUMBNAIL_FRAME.north - THUMBNAIL_FRAME.south) / THUMBNAIL_FRAME.rows)),
];

describe('land grid (map thumbnails)', () => {
  it('is exactly what world-atlas’ land gives', () => {
    const rows = Array.from({ length: THUMBNAIL_FRAME.rows }, (_, r) =>
      Array.from({ length: THUMBNAIL_FRAME.columns }, (_, c) => (isLandCell(c, r) ? '1' : '0')).join(''),
    );
    expect(rows).toEqual(computeLandRows(land as unknown as Topology<{ land: GeometryCollection }>));
  });

  it('has land and sea where they are', () => {
    expect(isLandCell(...cell(20, 0))).toBe(true); // Congo basin
    expect(isLandCell(...cell(-100, 45))).toBe(true); // North America
    expect(isLandCell(...cell(-30, 0))).toBe(false); // Atlantic
    expect(isLandCell(...cell(-150, 0))).toBe(false); // Pacific
    expect(isLandCell(-1, 0)).toBe(false);
  });

  it('draws each run of land as one rectangle', () => {
    const path = landPath();
    let runs = 0;
    for (let r = 0; r < THUMBNAIL_FRAME.rows; r++)
      for (let c = 0; c < THUMBNAIL_FRAME.columns; c++) if (isLandCell(c, r) && !isLandCell(c - 1, r)) runs++;
    expect(path.match(/M/g)).toHaveLength(runs);
    expect(path).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
  });
});
