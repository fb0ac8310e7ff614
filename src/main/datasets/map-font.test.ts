import { describe, expect, it } from 'vitest';
import { decodeMapFont } from '../../shared/map-font';
import { MAP_FONT_LINES, rawLine } from '../../../tests/support/main/datasets';

describe('decodeMapFont', () => {
  it.each([
    ['UARL', '2013'],
    ["LAA'AAA", '300,000'],
    ["5A'AAA IDPs displaced by heavy floods in", '50,000 IDPs displaced by heavy floods in'],
    ['consecutive years )UARAZUARUw4 IOM provided lifeZ', 'consecutive years (2010-2012). IOM provided life-'],
    ["areas of health' shelter' and nonZfood items4", 'areas of health, shelter, and non-food items.'],
    ["devastating earthquake in UARA'", 'devastating earthquake in 2010,'],
    ['food items to RUA newly displaced', 'food items to 120 newly displaced'],
    ["assistance to 45'AAA Sudanese", 'assistance to 45,000 Sudanese'],
    ['Canada-s assistance now also', "Canada's assistance now also"],
  ])('%s → %s', (raw, decoded) => {
    expect(decodeMapFont(raw)).toBe(decoded);
  });

  it('leaves ordinary words alone', () => {
    for (const words of ['The Syrian Arab Republic and Turkey', 'Zimbabwe', 'Libya', 'Ukraine', 'Mozambique', 'IOM tracks and monitors'])
      expect(decodeMapFont(words)).toBe(words);
  });

  it('decodes the whole map: no encoded number is left and every year falls in 2010–2015', () => {
    const text = Array.from({ length: MAP_FONT_LINES.to - MAP_FONT_LINES.from + 1 }, (_, i) => decodeMapFont(rawLine(MAP_FONT_LINES.from + i))).join('\n');
    expect(text).not.toMatch(/\b[ARUL]{2,}\b|'AAA|\w4\b|\bnonZ/);
    const years = [...text.matchAll(/\b(19|20)\d\d\b/g)].map((m) => Number(m[0]));
    expect(years.length).toBeGreaterThanOrEqual(9);
    expect(years.every((y) => y >= 2010 && y <= 2015)).toBe(true);
  });
});
