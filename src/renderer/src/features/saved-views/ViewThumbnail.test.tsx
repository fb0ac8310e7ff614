import '../../i18n';
import { cleanup, render, screen } from '@testing-library/react';
import i18n from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { Thumbnail } from '../../../../shared/view/thumbnail';
import { ViewThumbnail } from './ViewThumbnail';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

const draw = (thumbnail: Thumbnail) => {
  render(<ViewThumbnail thumbnail={thumbnail} />);
  return screen.getByRole('img');
};
const numbers = (el: Element, attr: string) => [...el.querySelectorAll(`[${attr}]`)].map((e) => Number(e.getAttribute(attr)));

describe('ViewThumbnail', () => {
  it('draws one bar per value, as long as its value, named for what it is', () => {
    const svg = draw({ kind: 'bar', values: [1, 0.5, 0.25] });
    expect(screen.getByRole('img', { name: 'Preview: horizontal bars' })).toBe(svg);
    const widths = numbers(svg, 'width');
    expect(widths).toHaveLength(3);
    expect((widths[1] ?? 0) / (widths[0] ?? 1)).toBeCloseTo(0.5);
    expect((widths[2] ?? 0) / (widths[0] ?? 1)).toBeCloseTo(0.25);
  });

  it('draws columns upwards from a common baseline', () => {
    const svg = draw({ kind: 'column', values: [0.2, 1] });
    const rects = [...svg.querySelectorAll('rect')];
    const bottoms = rects.map((r) => Number(r.getAttribute('y')) + Number(r.getAttribute('height')));
    expect(bottoms[0]).toBeCloseTo(bottoms[1] ?? 0);
    expect(Number(rects[1]?.getAttribute('height'))).toBeCloseTo(5 * Number(rects[0]?.getAttribute('height')));
  });

  it('draws a pie whose slices go once around, and a donut with a hole', () => {
    const pie = draw({ kind: 'pie', values: [0.5, 0.3, 0.2], hole: false });
    expect(screen.getByRole('img', { name: 'Preview: pie' })).toBe(pie);
    const circles = [...pie.querySelectorAll('circle')];
    const around = 2 * Math.PI * Number(circles[0]?.getAttribute('r'));
    const dashes = circles.map((c) => Number(c.getAttribute('stroke-dasharray')?.split(' ')[0]));
    expect(dashes.reduce((s, d) => s + d, 0)).toBeCloseTo(around);
    expect(Number(circles[2]?.getAttribute('stroke-dashoffset'))).toBeCloseTo(-0.8 * around);
    cleanup();
    expect(draw({ kind: 'pie', values: [1], hole: true })).toBe(screen.getByRole('img', { name: 'Preview: donut' }));
  });

  it('draws each line through all its points, higher values higher up', () => {
    const svg = draw({
      kind: 'line',
      lines: [
        [0, 0.5, 1],
        [1, 0],
      ],
    });
    const lines = [...svg.querySelectorAll('polyline')].map((l) =>
      (l.getAttribute('points') ?? '').split(' ').map((p) => p.split(',').map(Number)),
    );
    expect(lines.map((l) => l.length)).toEqual([3, 2]);
    const ys = (lines[0] ?? []).map((p) => p[1] ?? 0);
    expect(ys[0]).toBeGreaterThan(ys[1] ?? 0);
    expect(ys[1]).toBeGreaterThan(ys[2] ?? 0);
  });

  it('tiles a treemap so that the tiles fill the frame in proportion', () => {
    const svg = draw({ kind: 'treemap', values: [0.5, 0.3, 0.2] });
    const areas = [...svg.querySelectorAll('rect')].map(
      (r) => Number(r.getAttribute('width')) * Number(r.getAttribute('height')),
    );
    const total = areas.reduce((s, a) => s + a, 0);
    expect(areas.map((a) => a / total).map((x) => Math.round(x * 100) / 100)).toEqual([0.5, 0.3, 0.2]);
  });

  it('puts a map’s dots where main placed them, on land drawn from the grid, shaded by class', () => {
    const svg = draw({
      kind: 'map',
      dots: [
        [0.5, 0.5, 5],
        [0.25, 0.1, 0],
      ],
      regions: false,
    });
    expect(screen.getByRole('img', { name: 'Preview: map' })).toBe(svg);
    expect(svg.getAttribute('viewBox')).toBe('0 0 72 28');
    expect(svg.querySelector('.sv-thumb-land')?.getAttribute('d')).toMatch(/^M/);
    const dots = [...svg.querySelectorAll('.sv-thumb-dot')];
    expect(dots.map((d) => [d.getAttribute('cx'), d.getAttribute('cy')])).toEqual([
      ['36', '14'],
      ['18', '2.8000000000000003'],
    ]);
    expect(dots.map((d) => d.getAttribute('class'))).toEqual(['sv-thumb-dot sv-thumb-shade5', 'sv-thumb-dot sv-thumb-shade0']);
  });

  it('draws a table as rows, with a bar for each row’s value', () => {
    const svg = draw({ kind: 'table', values: [1, 0.5], rows: 12 });
    expect(screen.getByRole('img', { name: 'Preview: table' })).toBe(svg);
    expect(svg.querySelectorAll('.sv-thumb-mark')).toHaveLength(2);
    expect(svg.querySelectorAll('.sv-thumb-cell')).toHaveLength(3);
  });

  it('is named in French in French', async () => {
    await i18n.changeLanguage('fr');
    expect(draw({ kind: 'map', dots: [[0.5, 0.5, 1]], regions: true })).toBe(screen.getByRole('img', { name: 'Aperçu : carte' }));
  });
});
