import { describe, expect, it } from 'vitest';
import { catalog, rawLine } from '../../../tests/support/main/datasets';
import { KEY_NUMBERS, keyNumbers } from '../../shared/home/key-numbers';

const datasetOf = (id: string) => catalog.datasets.get(id);

describe('the start screen key numbers', () => {
  const numbers = keyNumbers(datasetOf);

  it('every reference resolves to a number in the bundled data', () => {
    expect(numbers.map((n) => n.id)).toEqual(KEY_NUMBERS.map((k) => k.id));
  });

  it('each number is printed, as the report prints it, on the line it cites', () => {
    for (const n of numbers) {
      const printed = n.value.toLocaleString('en-US');
      expect(rawLine(n.line), `${n.id}: ${printed} on line ${n.line}`).toContain(printed);
      if (n.qualifier !== null) expect(rawLine(n.line).toLowerCase(), n.id).toContain(n.qualifier);
    }
  });

  it('reads value, qualifier, unit and years from the row, and leaves out what is not there', () => {
    const ds = {
      fields: [{ key: 'value', label: { en: 'V', fr: 'V' }, type: 'number' as const, role: 'measure' as const }],
      rows: [
        { id: 'historic-movements', values: { value: 7, qualifier: 'over', unit: 'people', yearFrom: 1952, yearTo: null }, source: { line: 3, quote: 'x' } },
      ],
    };
    expect(keyNumbers((id) => (id === 'key-figures' ? ds : undefined))).toEqual([
      { id: 'history', datasetId: 'key-figures', rowId: 'historic-movements', value: 7, qualifier: 'over', unit: 'people', period: { from: 1952, to: null }, line: 3 },
    ]);
  });
});
