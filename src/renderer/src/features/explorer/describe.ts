import type { TFunction } from 'i18next';
import type { Dataset } from '../../../../shared/dataset';
import type { ViewState } from '../../../../shared/view-state';
import type { Lang } from '../../../../shared/view/fields';

/** One line saying which rows a view shows, e.g. for export subtitles: "Region: Africa, Europe; sorted by Contribution (descending)". */
export const describeView = (dataset: Pick<Dataset, 'fields'>, view: ViewState, lang: Lang, t: TFunction): string => {
  const label = (key: string) => dataset.fields.find((f) => f.key === key)?.label[lang] ?? key;
  const parts: string[] = [];
  for (const f of view.filters) {
    switch (f.kind) {
      case 'values':
        parts.push(t('explorer.describe.values', { field: label(f.field), values: f.values.join(', ') }));
        break;
      case 'range':
        parts.push(
          t('explorer.describe.range', {
            field: label(f.field),
            min: f.min ?? t('explorer.describe.any'),
            max: f.max ?? t('explorer.describe.any'),
          }),
        );
        break;
      default: {
        const exhaustive: never = f;
        return exhaustive;
      }
    }
  }
  if (view.search.trim() !== '') parts.push(t('explorer.describe.search', { text: view.search.trim() }));
  if (view.sort)
    parts.push(t('explorer.describe.sort', { field: label(view.sort.field), dir: t(`explorer.describe.${view.sort.dir}`) }));
  return parts.length === 0 ? t('explorer.describe.none') : parts.join('; ');
};
