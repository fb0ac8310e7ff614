import { describe, expect, it } from 'vitest';
import { exportBaseName } from '../../shared/export/file-name';
import { datedFileName, freeFileName } from './file-name';

describe('export file names', () => {
  const now = new Date(2026, 11, 6, 9);

  it('say dataset, figure, language and date', () => {
    expect(datedFileName(exportBaseName('health-assessments', { tab: 'map', mode: 'choropleth' }, 'en'), 'png', now)).toBe(
      'health-assessments_map_en_2026-12-06.png',
    );
    expect(exportBaseName('health-assessments', { tab: 'chart', type: 'bar' }, 'fr')).toBe('health-assessments_bar-chart_fr');
    expect(exportBaseName('themes', { tab: 'chart', type: 'treemap' }, 'en')).toBe('themes_treemap_en');
    expect(exportBaseName('x', { tab: 'map', mode: 'symbols' }, 'en')).not.toBe(exportBaseName('x', { tab: 'chart', type: 'bar' }, 'en'));
    expect(exportBaseName('x', { tab: 'table' }, 'en')).toBe('x_table_en');
  });

  it('take a counter when the folder has a file of that name, never the same name twice', () => {
    const taken = new Set(['/f/a_map_en_2026-12-06.png', '/f/a_map_en_2026-12-06_2.png']);
    const exists = (p: string) => taken.has(p);
    expect(freeFileName('/f', 'a_map_en_2026-12-06.png', exists)).toBe('a_map_en_2026-12-06_3.png');
    expect(freeFileName('/f', 'other.png', exists)).toBe('other.png');
    expect(freeFileName(null, 'a_map_en_2026-12-06.png', exists)).toBe('a_map_en_2026-12-06.png');
  });
});
