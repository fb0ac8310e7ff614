import type { Dataset } from '../../shared/dataset';
import { AppError } from '../../shared/ipc/result';
import { sanitizeSvgMarkup } from '../../shared/svg/sanitize-markup';
import type { Dialogs } from '../dialogs';
import type { Handlers } from '../ipc/handle';
import type { exportChannels } from '../../shared/ipc/exports';
import { exportBaseName } from '../../shared/export/file-name';
import { datedFileName } from './file-name';
import { saveThroughDialog } from './save-file';
import { toCsvBundle } from './table-bundle';
import { tableExport, toCsv, toXlsx } from './table-export';
import { basename } from 'node:path';
import { figurePdf, figureSlide } from './figure-documents';

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
 * Main trusts no SVG from the renderer: it writes the file rebuilt from the shared allowlist
 * (src/shared/svg), so nothing in it can run or fetch when opened in a browser.
 */
const rebuiltSvg = (svg: string): string => {
  try {
    return sanitizeSvgMarkup(svg);
  } catch {
    throw new AppError('INVALID_FILE', 'The image is not a well-formed SVG.');
  }
};

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
      const safe = rebuiltSvg(svg);
      return saveThroughDialog(
        deps.dialogs,
        {
          title: 'Save SVG image',
          defaultName: datedFileName(baseName, 'svg', now()),
          filters: [{ name: 'SVG image', extensions: ['svg'] }],
        },
        () => safe,
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
      const base = exportBaseName(dataset.id, { tab: 'table' }, lang);
      const save = (extension: string, what: string, produce: () => Uint8Array | string | Promise<Uint8Array>) =>
        saveThroughDialog(
          deps.dialogs,
          { title: `Save ${what}`, defaultName: datedFileName(base, extension, now()), filters: [{ name: what, extensions: [extension] }] },
          produce,
        );
      switch (format) {
        case 'csv':
          return save('csv', 'CSV', () => toCsv(table));
        case 'zip': {
          const at = now();
          // The zip's entries are named after the zip as the user named it (a counter included).
          return saveThroughDialog(
            deps.dialogs,
            { title: 'Save CSV and metadata', defaultName: datedFileName(base, 'zip', at), filters: [{ name: 'Zip archive', extensions: ['zip'] }] },
            (path) => toCsvBundle(table, basename(path).replace(/\.zip$/i, ''), at),
          );
        }
        case 'xlsx':
          return save('xlsx', 'Excel workbook', () => toXlsx(table));
        default: {
          const exhaustive: never = format;
          return exhaustive;
        }
      }
    },
    saveFigurePdf: async ({ baseName, ...figure }) => {
      requirePng(figure.png);
      return saveThroughDialog(
        deps.dialogs,
        { title: 'Save PDF', defaultName: datedFileName(baseName, 'pdf', now()), filters: [{ name: 'PDF', extensions: ['pdf'] }] },
        () => figurePdf(figure),
      );
    },
    saveSlide: async ({ baseName, ...figure }) => {
      requirePng(figure.png);
      return saveThroughDialog(
        deps.dialogs,
        {
          title: 'Save PowerPoint slide',
          defaultName: datedFileName(baseName, 'pptx', now()),
          filters: [{ name: 'PowerPoint presentation', extensions: ['pptx'] }],
        },
        () => figureSlide(figure),
      );
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
