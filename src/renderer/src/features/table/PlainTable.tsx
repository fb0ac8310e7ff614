import { useTranslation } from 'react-i18next';
import type { CellValue, Dataset } from '../../../../shared/dataset';

const formatCell = (value: CellValue | undefined, locale: string): string => {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'number') return value.toLocaleString(locale);
  if (Array.isArray(value)) return value.join(', ');
  return value;
};

export function PlainTable({ dataset }: { dataset: Dataset }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'fr' ? 'fr' : 'en';
  return (
    <table className="plain-table">
      <caption>{t('table.caption', { title: dataset.title[lang], period: dataset.period.label[lang] })}</caption>
      <thead>
        <tr>
          {dataset.fields.map((f) => (
            <th key={f.key} scope="col">
              {f.label[lang]}
              {f.unit ? ` (${f.unit})` : ''}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {dataset.rows.map((row) => (
          <tr key={row.id}>
            {dataset.fields.map((f) => (
              <td key={f.key} className={f.role === 'measure' ? 'num' : undefined}>
                {formatCell(row.values[f.key], lang === 'fr' ? 'fr-CA' : 'en-CA')}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
