import { describe, expect, it } from 'vitest';
import { intersects } from '../../shared/view/labels';
import { PRESETS, MIN_SIDE, SLIDE_FIGURE } from '../../shared/export/composer-presets';
import { slideFigureArea } from './figure-documents';
import { layoutFigure, type LayoutInput } from '../../shared/export/layout';
import { textWidth, truncateToWidth, wrapToWidth } from '../../shared/export/text-metrics';
import { datasets } from '../../../tests/support/main/datasets';

const sizes = [...Object.entries(PRESETS), ['smallest', { width: MIN_SIDE, height: MIN_SIDE }] as const, ['banner', { width: 2400, height: 400 }] as const];

const inputOf = (d: (typeof datasets)[number], lang: 'en' | 'fr', size: { width: number; height: number }, notesMode: LayoutInput['notesMode']): LayoutInput => ({
  ...size,
  title: d.title[lang],
  subtitle: `${d.section.title[lang]} · ${d.rows.length} rows`,
  source: `Source: IOM, Building Better Futures (2015) — ${d.section.title[lang]}`,
  footer: 'Prepared by the Ottawa office for the regional briefing',
  notes: d.notes.map((n) => n.text[lang]),
  notesMode,
  ...(notesMode === 'full' ? {} : { plotAspect: 2.2 }),
  legendHeight: 40,
  moreNotes: (n) => `+ ${n} more notes`,
  notesMarker: (n) => `⚠ ${n} data-quality notes (see the data table)`,
});

describe('text metrics', () => {
  it('measures with Arial advance widths, bold wider than regular', () => {
    expect(textWidth('Hello', 10)).toBeCloseTo((722 + 556 + 222 + 222 + 556) / 100, 5);
    expect(textWidth('Hello', 10, true)).toBeGreaterThan(textWidth('Hello', 10));
    expect(textWidth('é', 10)).toBe(textWidth('e', 10));
  });
  it('wraps within the width and truncates a word that cannot fit', () => {
    const lines = wrapToWidth('Refugees resettled to Canada by province of destination and year', 12, 120);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(120);
    expect(truncateToWidth('Supercalifragilistic', 12, 50).endsWith('…')).toBe(true);
  });
});

describe('layoutFigure', () => {
  for (const [name, size] of sizes)
    it(`${name} ${size.width}×${size.height}: no two text boxes of any dataset intersect, nor the plot or legend, and all stay in the frame`, () => {
      let checked = 0;
      for (const d of datasets)
        for (const lang of ['en', 'fr'] as const)
          for (const mode of ['full', 'footnotes', 'off'] as const) {
            const l = layoutFigure(inputOf(d, lang, size, mode));
            const boxes = l.lines.map((t) => t.box);
            for (const [i, a] of boxes.entries()) {
              expect(a.x + a.width, `${d.id} ${l.lines[i]?.text}`).toBeLessThanOrEqual(size.width - l.pad + 0.01);
              expect(a.y).toBeGreaterThanOrEqual(0);
              expect(a.y + a.height).toBeLessThanOrEqual(size.height);
              for (const b of boxes.slice(i + 1)) expect(intersects(a, b), `${d.id} ${mode}`).toBe(false);
              expect(intersects(a, l.plot), `${d.id} ${l.lines[i]?.text} vs plot`).toBe(false);
              if (l.legend) expect(intersects(a, l.legend)).toBe(false);
            }
            if (l.legend) expect(intersects(l.legend, l.plot)).toBe(false);
            expect(l.plot.height).toBeGreaterThan(size.height * (size.width > MIN_SIDE ? 0.3 : 0.25));
            checked++;
          }
      expect(checked).toBe(datasets.length * 6);
    });

  it('notes off leaves no note text, only the marker; footnotes are numbered one line each', () => {
    const d = datasets.find((x) => x.notes.length > 1);
    if (!d) throw new Error('a dataset with notes');
    const off = layoutFigure(inputOf(d, 'en', PRESETS.slide, 'off'));
    expect(off.lines.filter((t) => t.role === 'note').map((t) => t.text)).toEqual([`⚠ ${d.notes.length} data-quality notes (see the data table)`]);
    const foot = layoutFigure(inputOf(d, 'en', PRESETS.slide, 'footnotes'));
    expect(foot.lines.filter((t) => t.role === 'note')[0]?.text.startsWith('1. ')).toBe(true);
  });

  it('a small frame counts the notes it has no room for', () => {
    const many = Array.from({ length: 30 }, (_, i) => `Note ${i} about the data quality of the figures reported for this year and region.`);
    const l = layoutFigure({ ...inputOf(datasets[0]!, 'en', PRESETS['word-half'], 'full'), notes: many });
    const notes = l.lines.filter((t) => t.role === 'note');
    expect(notes.at(-1)?.text).toMatch(/^\+ \d+ more notes$/);
  });
});

describe('the slide figure frame', () => {
  it('has the shape of the area main fits the image into, so the slide has no empty bands', () => {
    const area = slideFigureArea();
    expect(SLIDE_FIGURE.width / SLIDE_FIGURE.height).toBeCloseTo(area.w / area.h, 1);
  });
  it('a wide figure in a tall frame keeps the plot to the figure’s height, the foot right under it', () => {
    const l = layoutFigure({ ...inputOf(datasets[0]!, 'en', PRESETS['a4-portrait'], 'footnotes'), plotAspect: 2 });
    expect(l.plot.height).toBeCloseTo(l.plot.width / 2, 5);
    const firstFoot = l.lines.find((t) => t.box.y > l.plot.y);
    expect(firstFoot!.box.y).toBeLessThan(l.plot.y + l.plot.height + (l.legend?.height ?? 0) + 40);
  });
});
