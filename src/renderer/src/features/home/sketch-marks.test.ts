import { describe, expect, it } from 'vitest';
import { sketchMarks, SKETCH_H, SKETCH_W } from './sketch-marks';

const inside = (m: { x: number; y: number; w: number; h: number }) =>
  m.x >= 0 && m.y >= 0 && m.x + m.w <= SKETCH_W + 0.1 && m.y + m.h <= SKETCH_H + 0.1;

describe('sketchMarks', () => {
  it('bars are as long as their values, the largest the full width, all inside the frame', () => {
    const marks = sketchMarks({ kind: 'bar', values: [10, 40, 20] });
    expect(marks.map((m) => m.w)).toEqual([37, 148, 74]);
    expect(marks.every(inside)).toBe(true);
  });

  it('stacked columns: the tallest total fills the height, parts in order from the bottom', () => {
    const marks = sketchMarks({ kind: 'stacked', stacks: [[30, 10], [10, 10]] });
    expect(marks.map((m) => m.series)).toEqual([0, 1, 0, 1]);
    expect(marks[0]!.h + marks[1]!.h).toBeCloseTo(SKETCH_H - 12, 0);
    expect(marks[0]!.y).toBeGreaterThan(marks[1]!.y);
    expect(marks.every(inside)).toBe(true);
  });

  it('a pie has one slice per value, each a closed path; a lone value is a full disc, not nothing', () => {
    expect(sketchMarks({ kind: 'pie', values: [1, 2, 3] }).filter((m) => m.d?.endsWith('Z'))).toHaveLength(3);
    const [full] = sketchMarks({ kind: 'donut', values: [5] });
    expect(full?.d).toMatch(/A36,36 0 1 1/);
  });

  it('treemap tiles split the width by the themes and each theme by its sub-themes', () => {
    const marks = sketchMarks({ kind: 'treemap', nodes: [{ value: 3, children: [1, 2] }, { value: 1, children: [] }] });
    expect(marks).toHaveLength(3);
    expect(marks[0]!.w).toBeCloseTo(marks[1]!.w, 5);
    expect(marks[0]!.w).toBeCloseTo(3 * (marks[2]!.w + 1) - 1, 0);
    expect(marks[1]!.h).toBeGreaterThan(marks[0]!.h);
    expect(marks.every(inside)).toBe(true);
  });

  it('negative or missing values draw nothing rather than out of the frame', () => {
    const marks = sketchMarks({ kind: 'column', values: [-5, Number.NaN, 10] });
    expect(marks.map((m) => m.h)).toEqual([0, 0, SKETCH_H - 12]);
  });
});
