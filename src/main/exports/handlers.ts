import type { Dataset } from '../../shared/dataset';
import { AppError } from '../../shared/ipc/result';
import type { Dialogs } from '../dialogs';
import type { Handlers } from '../ipc/handle';
import type { exportChannels } from '../../shared/ipc/exports';
import { datedFileName, saveThroughDialog } from './save-file';
import { tableExport, toCsv, toXlsx } from './table-export';

type ExportHandlers = Pick<Handlers, keyof typeof exportChannels>;

export type ExportDeps = {
  datasets: ReadonlyMap<string, Dataset>;
  dialogs: Dialogs;
  /** webContents.printToPDF of the app window (the renderer lays out a print-only brief). */
  printToPdf: () => Promise<Uint8Array>;
  clipboard: { writePng: (png: Uint8Array) => void | Promise<void> };
  now?: () => Date;
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const isPng = (b: Uint8Array) => PNG_SIGNATURE.every((byte, i) => b[i] === byte);

/**
 * Defence in depth: the renderer already strips these when it builds the SVG. Main refuses to write
 * an SVG that could run anything when opened in a browser.
 */
const UNSAFE_SVG = /<script|<foreignObject|\son[a-z]+\s*=|javascript:|<iframe|<embed|<object/i;

export const exportHandlers = (deps: ExportDeps): ExportHandlers => {
  const now = deps.now ?? (() => new Date());
  const requirePng = (png: Uint8Array) => {
    if (!isPng(png)) throw new AppError('INVALID_FILE', 'The image is not a PNG.');
  };
  return {
    savePng: async ({ baseName, png }) => {
      requirePng(png);
      return saveThroughDialog(
        deps.dialogs,
        {
          title: 'Save PNG image',
          defaultName: datedFileName(baseName, 'png', now()),
          filters: [{ name: 'PNG image', extensions: ['png'] }],
        },
        () => png,
      );
    },
    saveSvg: async ({ baseName, svg }) => {
      if (!/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(svg) || UNSAFE_SVG.test(svg))
        throw new AppError('INVALID_FILE', 'The SVG contains content that is not allowed in an export.');
      return saveThroughDialog(
        deps.dialogs,
        {
          title: 'Save SVG image',
          defaultName: datedFileName(baseName, 'svg', now()),
          filters: [{ name: 'SVG image', extensions: ['svg'] }],
        },
        () => svg,
      );
    },
    copyPng: async ({ png }) => {
      requirePng(png);
      try {
        await deps.clipboard.writePng(png);
      } catch {
        throw new AppError('IO_ERROR', 'The image could not be copied to the clipboard.');
      }
      return null;
    },
    saveTable: async ({ format, state, lang, filters }) => {
      const dataset = deps.datasets.get(state.datasetId);
      if (!dataset) throw new AppError('NOT_FOUND', `No dataset “${state.datasetId}”.`);
      const table = tableExport(dataset, state, lang, filters);
      const title = dataset.title[lang];
      switch (format) {
        case 'csv':
          return saveThroughDialog(
            deps.dialogs,
            {
              title: 'Save CSV',
              defaultName: datedFileName(dataset.id, 'csv', now()),
              filters: [{ name: 'CSV', extensions: ['csv'] }],
            },
            () => toCsv(table, lang),
          );
        case 'xlsx':
          return saveThroughDialog(
            deps.dialogs,
            {
              title: 'Save Excel workbook',
              defaultName: datedFileName(dataset.id, 'xlsx', now()),
              filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
            },
            () => toXlsx(table, lang, title),
          );
        default: {
          const exhaustive: never = format;
          return exhaustive;
        }
      }
    },
    savePdf: ({ baseName }) =>
      // The dialog comes first: cancelling must not even print.
      saveThroughDialog(
        deps.dialogs,
        {
          title: 'Save PDF',
          defaultName: datedFileName(baseName, 'pdf', now()),
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
        },
        async () => {
          try {
            return await deps.printToPdf();
          } catch {
            throw new AppError('IO_ERROR', 'The page could not be printed to PDF.');
          }
        },
      ),
  };
};
