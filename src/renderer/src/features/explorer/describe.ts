import type { Dataset } from '../../../../shared/dataset';
import type { ViewState } from '../../../../shared/view-state';
import type { Lang } from '../../../../shared/view/fields';
import { describeFilters } from '../../../../shared/view/subtitle';

/**
 * One line saying which rows a view shows ("Country: Kenya and Ukraine; sorted by assessments
 * (descending)"), or '' for every row in order. The same words main writes into table exports'
 * metadata, and never longer than main's channel accepts (shared/view/subtitle.ts).
 */
export const describeView = (dataset: Pick<Dataset, 'fields'>, view: ViewState, lang: Lang): string =>
  describeFilters(dataset, view, lang);
