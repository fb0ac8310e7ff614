import en from './en.json';
import fr from './fr.json';
import { savedViewsStrings } from '../features/saved-views/strings';
import { viewCodeStrings } from '../features/view-code/strings';
import { exportStrings } from '../features/export/strings';
import { explorerStrings } from '../features/explorer/strings';
import { tableStrings } from '../features/table/strings';
import { chartStrings } from '../features/chart/strings';
import { mapStrings } from '../features/map/strings';
import { sourceStrings } from '../features/source/strings';
import { presetStrings } from '../features/presets/strings';
import { shellStrings } from '../design/strings';
import { homeStrings } from '../features/home/strings';

/**
 * Every translation bundle of the app. Features that own many strings keep them in their own folder
 * (`features/<name>/strings.ts` exporting `{ en, fr }`) and are listed here under their namespace
 * key, so `t('<namespace>.<key>')` works everywhere.
 */
export const bundles: { en: Record<string, unknown>; fr: Record<string, unknown> }[] = [{ en, fr }, savedViewsStrings, viewCodeStrings, exportStrings, explorerStrings, tableStrings, chartStrings, mapStrings, sourceStrings, presetStrings, shellStrings, homeStrings];
