import type { Dataset, Note, Row } from '../../../../shared/dataset';

/** Notes that concern what is shown: dataset-wide ones and those citing a shown row (same rule as main's table export). */
export const notesForRows = (dataset: Pick<Dataset, 'notes'>, rows: readonly Row[]): Note[] => {
  const ids = new Set(rows.map((r) => r.id));
  return dataset.notes.filter((n) => n.rows.length === 0 || n.rows.some((r) => ids.has(r)));
};
