import type { Field } from './dataset';
import type { Lang } from './view/fields';

/**
 * French for the units the datasets use. A dataset stores each field's unit once, as the report
 * prints it (in English); every place that shows a unit goes through `unitLabel`.
 */
export const UNIT_FRENCH: Readonly<Record<string, string>> = {
  years: 'années',
  people: 'personnes',
  projects: 'projets',
  countries: 'pays',
  'million CAD': 'millions $ CA',
  assessments: 'évaluations',
};

/** A unit this table does not know stays as stored (a test keeps the table complete for the bundled data). */
export const unitLabel = (unit: string, lang: Lang): string => (lang === 'fr' ? (UNIT_FRENCH[unit] ?? unit) : unit);

/** "Contribution (million CAD)" / "Contribution (millions $ CA)": column headings on screen and in exports. */
export const fieldHeading = (field: Field, lang: Lang): string =>
  field.unit ? `${field.label[lang]} (${unitLabel(field.unit, lang)})` : field.label[lang];
