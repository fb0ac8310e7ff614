import type { Dataset, DatasetSummary } from '../../../../shared/dataset';
import type { Lang } from '../../../../shared/lang';
import type { ViewState } from '../../../../shared/view-state';
import { describeFilters } from '../../../../shared/view/subtitle';
import { viewKind } from '../../../../shared/view/view-name';
import type { ListedView } from '../../../../shared/views/types';

/** What a saved-view card says about its view, so cards can be told apart without opening them. */
export type CardText = { title: string; kind: string; filters: string; date: string | null; current: boolean };

const dateFormats: Partial<Record<Lang, Intl.DateTimeFormat>> = {};
export const formatSavedDate = (iso: string | null, lang: Lang): string | null => {
  if (iso === null) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return (dateFormats[lang] ??= new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'medium' })).format(d);
};

/** JSON with keys sorted, so two equal views compare equal whatever order their keys were set in. */
const stable = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(stable).join(',')}]`
    : v !== null && typeof v === 'object'
      ? `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : JSON.stringify(v);

/**
 * The view on screen is a saved view when everything but the selected row is the same (selecting a
 * row to read its source does not make it another view). Not through toSaved: that pulls zod into
 * the first screen.
 */
export const sameView = (a: ViewState | null, b: ViewState | null): boolean =>
  a !== null && b !== null && stable({ ...a, selectedRowId: null }) === stable({ ...b, selectedRowId: null });

/**
 * The card's words. Field names come from the open dataset when it is the view's; otherwise filters
 * are described by their values alone (the catalog carries titles, not fields).
 */
export const cardText = (
  view: ListedView,
  titles: ReadonlyMap<string, DatasetSummary & { status: 'ok' }>,
  open: { view: ViewState | null; dataset: Pick<Dataset, 'id' | 'fields'> | null },
  lang: Lang,
): CardText => {
  const summary = titles.get(view.state.datasetId);
  const fields = open.dataset?.id === view.state.datasetId ? open.dataset.fields : [];
  return {
    title: summary ? summary.title[lang] : view.state.datasetId,
    kind: viewKind(view.state, lang),
    filters: describeFilters({ fields }, view.state, lang),
    date: formatSavedDate(view.createdAt, lang),
    current: sameView(open.view, view.state),
  };
};

export type SortKey = 'order' | 'name' | 'date' | 'dataset';

/** Views matching `query` (name, dataset title, kind or filters, accents and case ignored), sorted. */
export const arrangeViews = <V extends { view: ListedView; text: CardText }>(items: readonly V[], query: string, sort: SortKey, lang: Lang): V[] => {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(lang);
  const words = fold(query).split(/\s+/).filter(Boolean);
  const found = items.filter((it) => {
    const hay = fold([it.view.name, it.text.title, it.text.kind, it.text.filters].join(' '));
    return words.every((w) => hay.includes(w));
  });
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  if (sort === 'name') return found.sort((a, b) => collator.compare(a.view.name, b.view.name));
  if (sort === 'dataset') return found.sort((a, b) => collator.compare(a.text.title, b.text.title) || collator.compare(a.view.name, b.view.name));
  // Newest first; views from before dates were kept (null) go last, in their order.
  if (sort === 'date') return found.sort((a, b) => (b.view.createdAt ?? '').localeCompare(a.view.createdAt ?? ''));
  return found;
};
