import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import fr from '../../i18n/fr.json';
import { chartStrings } from '../chart/strings';
import { mapStrings } from '../map/strings';
import { presetStrings } from '../presets/strings';
import { sourceStrings } from '../source/strings';
import { tableStrings } from '../table/strings';
import { explorerStrings } from './strings';

const keys = (o: unknown, prefix = ''): string[] =>
  o !== null && typeof o === 'object' ? Object.entries(o).flatMap(([k, v]) => keys(v, `${prefix}${k}.`)) : [prefix.slice(0, -1)];

describe('explorer strings', () => {
  it.each([
    ['app', { en, fr }],
    ['explorer', explorerStrings],
    ['table', tableStrings],
    ['chart', chartStrings],
    ['map', mapStrings],
    ['source', sourceStrings],
    ['presets', presetStrings],
  ])('%s has the same keys in English and French, none empty', (_name, bundle) => {
    expect(keys(bundle.fr).sort()).toEqual(keys(bundle.en).sort());
    const leaves = (o: unknown): unknown[] => (o !== null && typeof o === 'object' ? Object.values(o).flatMap(leaves) : [o]);
    for (const lang of [bundle.en, bundle.fr]) for (const v of leaves(lang)) expect(typeof v === 'string' && v.trim() !== '').toBe(true);
  });
});
