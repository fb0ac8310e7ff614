import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset, Field } from '../../../../shared/dataset';
import type { Filter } from '../../../../shared/view-state';
import { cellText } from '../../../../shared/view/rows';
import { formatValue } from '../../components/format';
import type { Lang } from '../../../../shared/view/fields';

/** Beyond this many distinct values a checkbox list helps nobody; the text search does. */
const MAX_CHOICES = 60;

const isRangeField = (f: Field) => f.type === 'number' || f.type === 'year';

type Props = {
  dataset: Dataset;
  fields: readonly Field[];
  filters: readonly Filter[];
  lang: Lang;
  onChange: (filter: Filter) => void;
};

/** One control per column: a range for numbers and years, a multi-select for categories. */
export function ColumnFilters({ dataset, fields, filters, lang, onChange }: Props) {
  return (
    <div className="column-filters">
      {fields.map((f) =>
        isRangeField(f) ? (
          <RangeFilter key={f.key} field={f} lang={lang} filter={filters.find((x) => x.field === f.key)} onChange={onChange} />
        ) : (
          <ValuesFilter
            key={f.key}
            dataset={dataset}
            field={f}
            lang={lang}
            filter={filters.find((x) => x.field === f.key)}
            onChange={onChange}
          />
        ),
      )}
    </div>
  );
}

type OneProps = { field: Field; lang: Lang; filter: Filter | undefined; onChange: (filter: Filter) => void };

const parseBound = (text: string): number | null => {
  if (text.trim() === '') return null;
  const n = Number(text.replace(/[\s\u00a0\u202f,]/g, ''));
  return Number.isFinite(n) ? n : null;
};

function RangeFilter({ field, lang, filter, onChange }: OneProps) {
  const { t } = useTranslation();
  const range = filter?.kind === 'range' ? filter : { kind: 'range' as const, field: field.key, min: null, max: null };
  const set = (patch: { min?: number | null; max?: number | null }) => onChange({ ...range, ...patch });
  return (
    <fieldset className="filter">
      <legend>{field.label[lang]}</legend>
      <label>
        {t('table.min')}
        <input
          type="number"
          inputMode="decimal"
          value={range.min ?? ''}
          onChange={(e) => set({ min: parseBound(e.currentTarget.value) })}
        />
      </label>
      <label>
        {t('table.max')}
        <input
          type="number"
          inputMode="decimal"
          value={range.max ?? ''}
          onChange={(e) => set({ max: parseBound(e.currentTarget.value) })}
        />
      </label>
    </fieldset>
  );
}

function ValuesFilter({ dataset, field, lang, filter, onChange }: OneProps & { dataset: Dataset }) {
  const { t } = useTranslation();
  const choices = useMemo(() => {
    const seen = new Set<string>();
    for (const r of dataset.rows) {
      const v = r.values[field.key];
      for (const item of Array.isArray(v) ? v : [cellText(v)]) if (item !== '') seen.add(item);
    }
    return [...seen];
  }, [dataset, field.key]);
  const chosen = filter?.kind === 'values' ? filter.values : [];
  if (choices.length > MAX_CHOICES)
    return (
      <fieldset className="filter">
        <legend>{field.label[lang]}</legend>
        <p className="hint">{t('table.tooManyValues', { count: choices.length })}</p>
      </fieldset>
    );
  const toggle = (value: string, on: boolean) =>
    onChange({ kind: 'values', field: field.key, values: on ? [...chosen, value] : chosen.filter((v) => v !== value) });
  return (
    <fieldset className="filter">
      <legend>{field.label[lang]}</legend>
      <div className="choices">
        {choices.map((c) => (
          <label key={c}>
            <input type="checkbox" checked={chosen.includes(c)} onChange={(e) => toggle(c, e.currentTarget.checked)} />
            {formatValue(c, field, lang)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
