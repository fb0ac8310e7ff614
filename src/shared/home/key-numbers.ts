import type { Dataset } from '../dataset';

/**
 * The report's headline numbers the start screen shows, as references into the bundled datasets:
 * the value, its qualifier ("nearly", "over") and its line are read from the data, never typed here.
 */
export const KEY_NUMBERS = [
  { id: 'movements', datasetId: 'assisted-movements-totals', rowId: 'total-2010-2014', field: 'total' },
  { id: 'health', datasetId: 'health-programme-facts', rowId: 'total-assessed', field: 'value' },
  { id: 'orientation', datasetId: 'orientation-abroad', rowId: 'clients', field: 'value' },
  { id: 'funding', datasetId: 'key-figures', rowId: 'humanitarian-resilience-funding', field: 'value' },
  { id: 'history', datasetId: 'key-figures', rowId: 'historic-movements', field: 'value' },
] as const;

export type KeyNumberId = (typeof KEY_NUMBERS)[number]['id'];

/** One key number as read from its dataset; `unit` is the field's or the row's, as stored (English). */
export type KeyNumber = {
  id: KeyNumberId;
  datasetId: string;
  rowId: string;
  value: number;
  qualifier: string | null;
  unit: string | null;
  /** The years the number covers, as the row stores them (a text period wins over year fields). */
  period: { text: string } | { from: number | null; to: number | null };
  line: number;
};

/** The key numbers whose dataset and row are bundled with a number; a missing one is left out, not invented. */
export const keyNumbers = (datasetOf: (id: string) => Pick<Dataset, 'fields' | 'rows'> | undefined): KeyNumber[] =>
  KEY_NUMBERS.flatMap((ref) => {
    const dataset = datasetOf(ref.datasetId);
    const row = dataset?.rows.find((r) => r.id === ref.rowId);
    const value = row?.values[ref.field];
    if (dataset === undefined || row === undefined || typeof value !== 'number') return [];
    const text = (key: string) => {
      const v = row.values[key];
      return typeof v === 'string' && v !== '' ? v : null;
    };
    const line = row.fieldSources?.[ref.field]?.line ?? row.source.line;
    const unit = dataset.fields.find((f) => f.key === ref.field)?.unit ?? text('unit');
    const year = (key: string) => {
      const v = row.values[key];
      return typeof v === 'number' ? v : null;
    };
    const periodText = text('period');
    const period = periodText !== null ? { text: periodText } : { from: year('yearFrom'), to: year('yearTo') };
    return [{ id: ref.id, datasetId: ref.datasetId, rowId: ref.rowId, value, qualifier: text('qualifier'), unit, period, line }];
  });
