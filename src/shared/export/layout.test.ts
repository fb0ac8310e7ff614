import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { intersects, type Box } from '../view/labels';
import { PRESETS } from './composer-settings';
import { layoutFigure, textWidth, wrapToWidth, type LayoutInput } from './layout';

// The movements chart's seven data-quality notes are this long (resources/datasets, IOM 2015).
const NOTE = 'Figures for 2013 are provisional: the report gives them as reported by the country offices and revised later.';
const input = (width: number, height: number, over: Partial<LayoutInput> = {}): LayoutInput => ({
  width,
  height,
  title: 'Health assessments conducted by IOM for Canada, by country of assessment',
  subtitle: 'Pakistan, Ukraine and 3 more · 2012–2014 · sorted by amount',
  source: 'Source: IOM, Building Better Futures (2015) — Migration health assessments',
  notes: Array.from({ length: 7 }, (_, i) => `${NOTE} (${i + 1})`),
  notesMode: 'full',
  moreNotes: (n) => `+ ${n} more notes`,
  notesMarker: (n) => `${n} data-quality notes (see the app)`,
  footer: 'Prepared by the Ottawa office',
  legend: ['Resettled refugees', 'Family class', 'Economic class', 'Temporary residents', 'Other'],
  ...over,
});

const inside = (b: Box, frame: Box) => b.x >= frame.x && b.y >= frame.y && b.x + b.width <= frame.x + frame.width + 0.01 && b.y + b.height <= frame.y + frame.height + 0.01;
const boxesOf = (l: ReturnType<typeof layoutFigure>) => [...l.lines.map((t) => t.box), ...l.legend.map((e) => e.swatch), l.plot];

const check = (l: ReturnType<typeof layoutFigure>) => {
  const frame = { x: 0, y: 0, width: l.width, height: l.height };
  for (const t of l.lines) {
    expect(inside(t.box, frame), `${t.role} “${t.text}” inside ${l.width}×${l.height}`).toBe(true);
    expect(t.x + textWidth(t.text, t.size, t.bold)).toBeLessThanOrEqual(l.width - l.pad + 0.01);
  }
  expect(inside(l.plot, frame)).toBe(true);
  const boxes = boxesOf(l);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) expect(intersects(boxes[i] as Box, boxes[j] as Box), `boxes ${i} and ${j}`).toBe(false);
};

describe('export layout', () => {
  it.each(Object.entries(PRESETS))('lays out %s with every text inside the frame and no two boxes meeting', (_id, { width, height }) => {
    for (const notesMode of ['full', 'footnotes', 'off'] as const) {
      const l = layoutFigure(input(width, height, { notesMode }));
      check(l);
      expect(l.plot.height).toBeGreaterThan(height * 0.3);
      expect(l.lines.filter((t) => t.role === 'title').map((t) => t.text).join(' ')).toMatch(/^Health assessments/);
    }
  });

  it('gives a slide captions legible from the back of a room, and a Word page compact ones', () => {
    const slide = layoutFigure(input(1920, 1080));
    const word = layoutFigure(input(624, 432));
    expect(slide.sizes.title).toBeGreaterThanOrEqual(36);
    expect(slide.sizes.body).toBeGreaterThanOrEqual(20);
    expect(slide.plotScale).toBeGreaterThan(1.5);
    expect(word.sizes.body).toBeLessThanOrEqual(12);
    expect(word.plotScale).toBe(1);
  });

  it('writes every note in full when there is room, numbers them as footnotes, or leaves only a marker', () => {
    const full = layoutFigure(input(1123, 794));
    expect(full.lines.filter((t) => t.role === 'note').map((t) => t.text).join(' ')).toContain('(7)');
    const foot = layoutFigure(input(1123, 794, { notesMode: 'footnotes' }));
    expect(foot.lines.filter((t) => t.role === 'note').map((t) => t.text.slice(0, 3))).toEqual(['1. ', '2. ', '3. ', '4. ', '5. ', '6. ', '7. ']);
    const off = layoutFigure(input(1123, 794, { notesMode: 'off' }));
    expect(off.lines.some((t) => t.role === 'note')).toBe(false);
    expect(off.lines.filter((t) => t.role === 'marker').map((t) => t.text)).toEqual(['⚠ 7 data-quality notes (see the app)']);
    expect(off.lines.map((t) => t.text).join(' ')).not.toContain('provisional');
  });

  it('cuts notes short on a small frame to keep the plot readable, and says how many were left out', () => {
    const l = layoutFigure(input(624, 432));
    const marker = l.lines.find((t) => t.role === 'marker');
    expect(marker?.text).toMatch(/^⚠ \+ \d more notes$/);
    check(l);
  });

  it('keeps any text, however long or unbroken, inside any frame (property)', () => {
    const text = fc.string({ maxLength: 400, unit: fc.constantFrom('a', 'W', ' ', 'é', '—', '1') });
    fc.assert(
      fc.property(fc.integer({ min: 320, max: 4000 }), fc.integer({ min: 320, max: 4000 }), text, text, fc.array(text, { maxLength: 9 }), fc.constantFrom('full', 'footnotes', 'off' as const), (w, h, title, footer, notes, notesMode) => {
        check(layoutFigure(input(w, h, { title, footer, notes, notesMode })));
      }),
      { numRuns: 150 },
    );
  });

  it('cuts a word too long for a line across lines', () => {
    expect(wrapToWidth('abcdefghij', 10, 5 * 10 * 0.56)).toEqual(['abcde', 'fghij']);
    expect(wrapToWidth('one two  three', 10, 1000)).toEqual(['one two three']);
  });
});
