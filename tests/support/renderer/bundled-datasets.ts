import { datasetSchema, type Dataset } from '../../../src/shared/dataset';

/**
 * Every bundled dataset, for renderer tests (which may not import main's loader): read by vite at
 * test time from resources/datasets and validated as the loader does.
 */
declare global {
  interface ImportMeta {
    glob<T>(pattern: string, options: { eager: true; import: 'default' }): Record<string, T>;
  }
}

const files = import.meta.glob<unknown>('../../../resources/datasets/*.json', { eager: true, import: 'default' });
export const bundledDatasets: Dataset[] = Object.values(files).map((raw) => datasetSchema.parse(raw));
