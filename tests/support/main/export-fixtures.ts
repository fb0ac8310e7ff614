import type { Dataset } from '../../../src/shared/dataset';

/** A small dataset for this folder's tests. */
const src = (line: number) => ({ line, quote: 'q' });
export const sample: Dataset = {
  id: 'contributions-by-region',
  title: { en: 'Contributions by region', fr: 'Contributions par région' },
  description: { en: 'd', fr: 'd' },
  section: { key: 'overview', title: { en: 'Overview', fr: 'Aperçu' } },
  period: { from: '2014', to: '2015', label: { en: '2014–15', fr: '2014-2015' } },
  fields: [
    { key: 'name', label: { en: 'Region', fr: 'Région' }, type: 'text', role: 'dimension' },
    { key: 'amount', label: { en: 'Amount', fr: 'Montant' }, type: 'number', role: 'measure', unit: 'million CAD' },
  ],
  rows: [
    { id: 'r1', values: { name: 'Amérique latine', amount: 12.5 }, source: src(1) },
    { id: 'r2', values: { name: 'Africa, "sub-Saharan"', amount: 40 }, source: src(2) },
    { id: 'r3', values: { name: '=HYPERLINK("x")', amount: null }, source: src(3) },
  ],
  notes: [
    {
      id: 'n1',
      severity: 'warning',
      kind: 'arithmetic-mismatch',
      text: { en: 'Totals differ', fr: 'Les totaux diffèrent' },
      rows: ['r2'],
      fields: [],
    },
    { id: 'n2', severity: 'info', kind: 'definition', text: { en: 'About r3', fr: 'À propos' }, rows: ['r3'], fields: [] },
  ],
};
