import en from './en.json';
import fr from './fr.json';

/**
 * Every translation bundle of the app. Features that own many strings keep them in their own folder
 * (`features/<name>/strings.ts` exporting `{ en, fr }`) and are listed here under their namespace
 * key, so `t('<namespace>.<key>')` works everywhere.
 */
export const bundles: { en: Record<string, unknown>; fr: Record<string, unknown> }[] = [{ en, fr }];
