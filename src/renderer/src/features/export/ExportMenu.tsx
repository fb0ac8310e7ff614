import { lazy, Suspense, useEffect, useEffectEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Api } from '../../../../shared/ipc/contract';
import type { Result } from '../../../../shared/ipc/result';
import type { SavedFile } from '../../../../shared/ipc/exports';
import { useExplorer } from '../explorer/context';
import { buildExportSvg, type ExportSvg } from './figure-svg';
import { notesForRows } from './notes';
import { PrintBrief } from './PrintBrief';
import { prepareSvgImage, releaseSvgImage, svgToPng, warmPngEncoder } from './rasterize';
import { figureOfView, measureOf } from './figure-of-view';
import { exportBaseName } from '../../../../shared/export/file-name';
import { viewSubtitle } from '../../../../shared/view/subtitle';
import { defaultViewState } from '../../../../shared/default-view-state';
import { exportFrame, rasterScale, DEFAULT_EXPORT_SETTINGS, type ExportSettings } from '../../../../shared/export/composer-presets';
import type { ComposeParts, ComposerTexts } from './ExportComposer';
import { Menu, MenuCheckboxItem, MenuItem, MenuSeparator } from '../../components/ui/Menu';
import './export.css';

// Its own chunk: the composer and its layout load when first opened (or a one-click PNG needs them).
const ExportComposer = lazy(() => import('./ExportComposer'));

export type ExportApi = Pick<Api, 'savePng' | 'saveSvg' | 'copyPng' | 'saveTable' | 'savePdf'> &
  Partial<Pick<Api, 'saveFigurePdf' | 'saveSlide' | 'getPreferences' | 'setExport'>>;
type Action = 'png' | 'svg' | 'copy' | 'csv' | 'xlsx' | 'pdf';
type Status = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

const MAX_NOTES_IN_IMAGE = 4;

type Props = {
  api?: ExportApi;
  rasterize?: typeof svgToPng;
  /** Starts drawing the image an image export would encode, while the user picks a format. */
  prepareImage?: typeof prepareSvgImage;
};

/** "Export" menu: images of the figure (built here), table files and the PDF brief (written by main). */

export function ExportMenu({ api: given, rasterize = svgToPng, prepareImage = prepareSvgImage }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'fr' ? 'fr' : 'en';
  const { view, dataset, rows, getFigure, describeFilters } = useExplorer();
  const [open, setOpen] = useState(false);
  const [hiRes, setHiRes] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [brief, setBrief] = useState<{ figureUrl: string | null } | null>(null);
  const [composing, setComposing] = useState(false);
  // The composer's last choices (prefs:set-export); null until it was first used.
  const [last, setLast] = useState<ExportSettings | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const api = given ?? window.api;
  useEffect(() => {
    let live = true;
    void api.getPreferences?.().then((r) => live && r.ok && setLast(r.value.export));
    return () => void (live = false);
  }, [api]);
  // From the state, not the DOM: the chart or map may still be drawing when the menu opens.
  const hasFigure = view !== null && view.tab !== 'table';

  /** `bare`: the figure alone (the PDF brief prints title, filters and notes itself). */
  const exportSvg = (bare = false): ExportSvg | null => {
    const figure = getFigure();
    if (!figure || !dataset) return null;
    if (bare) return buildExportSvg(figure.svg, { title: '', subtitle: '', source: '', notes: [] }, figure.legend);
    const notes = notesForRows(dataset, rows).map((n) => n.text[lang]);
    const shownNotes =
      notes.length > MAX_NOTES_IN_IMAGE
        ? [...notes.slice(0, MAX_NOTES_IN_IMAGE - 1), t('export.moreNotes', { count: notes.length - MAX_NOTES_IN_IMAGE + 1 })]
        : notes;
    return buildExportSvg(
      figure.svg,
      {
        title: dataset.title[lang],
        subtitle: viewSubtitle(dataset, view ?? defaultViewState(dataset.id), lang, measureOf(dataset, view)),
        source: t('export.source', { section: dataset.section.title[lang] }),
        notes: shownNotes,
      },
      figure.legend,
    );
  };

  const source = () => (dataset ? t('export.source', { section: dataset.section.title[lang] }) : '');
  const notesOf = () => (dataset ? notesForRows(dataset, rows).map((n) => n.text[lang]) : []);
  const defaultTexts = (): ComposerTexts => ({
    title: dataset?.title[lang] ?? '',
    subtitle: dataset ? viewSubtitle(dataset, view ?? defaultViewState(dataset.id), lang, measureOf(dataset, view)) : '',
  });
  /** What the composer frames: the figure on screen, its legend and the texts, at the settings' size. */
  const partsFor = (s: ExportSettings, texts: ComposerTexts): ComposeParts | null => {
    const figure = getFigure();
    if (!figure || !dataset) return null;
    return {
      figure: figure.svg,
      legend: figure.legend,
      input: {
        ...exportFrame(s),
        ...texts,
        // A slide shows the title and the source as its own text; the image holds the rest.
        ...(s.format === 'pptx' ? { title: '' } : {}),
        source: s.format === 'pptx' ? '' : source(),
        footer: s.footer,
        notes: notesOf(),
        notesMode: s.notes,
        background: s.background,
        moreNotes: (count) => t('export.moreNotes', { count }),
        notesMarker: (count) => t('export.notesMarker', { count }),
      },
    };
  };

  /**
   * An export from the composer's settings (and the one-click PNG once the composer was used). From the
   * composer, `composed` is the SVG its preview shows (the same parts, framed the same way), so the image
   * is not composed twice and the PNG the preview prepared is found ready.
   */
  const exportComposed = async (s: ExportSettings, texts: ComposerTexts, composed: ExportSvg | null = null) => {
    if (!view || !dataset) return;
    const baseName = exportBaseName(dataset.id, figureOfView(dataset, rows, view, lang), lang);
    setStatus({ kind: 'working' });
    // Remembering the choices does not hold the image back: it waited a round trip to main first (bench/, metric 5c).
    void api.setExport?.({ export: s }).then(
      (saved) => saved.ok && setLast(saved.value.export),
      () => {}, // not remembered this time: the export itself goes on
    );
    try {
      if (s.format === 'csv' || s.format === 'xlsx')
        return report(await api.saveTable({ format: s.format === 'csv' ? 'zip' : 'xlsx', state: view, lang, filters: describeFilters() }), savedText);
      let image = composed;
      if (image === null) {
        const parts = partsFor(s, texts);
        if (!parts) return setStatus({ kind: 'failed', text: t('export.notReady') });
        const { composeExportSvg } = await import('./compose-svg');
        image = composeExportSvg(parts.figure, parts.legend, parts.input);
      }
      if (s.format === 'svg') return report(await api.saveSvg({ baseName, svg: image.svg }), savedText);
      const png = await rasterize(image.svg, image.width, image.height, rasterScale(s));
      const doc = { baseName, png, width: image.width, height: image.height, title: texts.title };
      if (s.format === 'png') return report(await api.savePng({ baseName, png }), savedText);
      if (s.format === 'pdf' && api.saveFigurePdf) return report(await api.saveFigurePdf(doc), savedText);
      if (s.format === 'pptx' && api.saveSlide) return report(await api.saveSlide({ ...doc, source: source() }), savedText);
      return setStatus({ kind: 'failed', text: t('export.notReady') });
    } catch (e) {
      setStatus({ kind: 'failed', text: t('export.failed', { message: e instanceof Error ? e.message : String(e) }) });
    }
  };

  // Decoding, drawing and encoding the image are nearly all of an image export; the user takes longer
  // than that to pick a format. Not while the menu opens: it paints first (bench/, metric 5).
  const prepare = useEffectEvent(() => {
    const image = hasFigure ? exportSvg() : null;
    if (image) prepareImage(image.svg, image.width, image.height, hiRes ? 3 : 2);
  });
  useEffect(() => {
    if (!open) return;
    const timer = setTimeout(prepare, 0);
    return () => {
      clearTimeout(timer);
      releaseSvgImage(); // an image export took it already; otherwise nobody will
    };
  }, [open, hiRes]);

  const report = (r: Result<SavedFile | null>, done: (v: SavedFile | null) => string) => {
    if (r.ok) setStatus({ kind: 'done', text: done(r.value) });
    else if (r.code === 'CANCELLED') setStatus({ kind: 'idle' });
    else setStatus({ kind: 'failed', text: t('export.failed', { message: r.message }) });
  };
  const savedText = (v: SavedFile | null) => (v ? t('export.saved', { file: v.fileName }) : '');

  const run = async (action: Action) => {
    if (!view || !dataset) return;
    if (action === 'png' && last) return exportComposed({ ...last, format: 'png' }, defaultTexts());
    const baseName = exportBaseName(dataset.id, figureOfView(dataset, rows, view, lang), lang);
    setStatus({ kind: 'working' });
    try {
      switch (action) {
        case 'png':
        case 'copy':
        case 'svg': {
          const image = exportSvg();
          if (!image) return setStatus({ kind: 'failed', text: t('export.notReady') });
          if (action === 'svg') return report(await api.saveSvg({ baseName, svg: image.svg }), savedText);
          const png = await rasterize(image.svg, image.width, image.height, hiRes ? 3 : 2);
          if (action === 'png') return report(await api.savePng({ baseName, png }), savedText);
          return report(await api.copyPng({ png }), () => t('export.copied'));
        }
        case 'csv':
        case 'xlsx':
          // CSV comes zipped with its metadata and README: the CSV itself stays pure data.
          return report(
            await api.saveTable({ format: action === 'csv' ? 'zip' : 'xlsx', state: view, lang, filters: describeFilters() }),
            savedText,
          );
        case 'pdf': {
          const image = exportSvg(true);
          const figureUrl = image ? URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml' })) : null;
          try {
            if (figureUrl) {
              const img = new Image();
              img.src = figureUrl;
              await img.decode(); // decoded before the page is printed, so the PDF shows it
            }
            flushSync(() => setBrief({ figureUrl }));
            return report(await api.savePdf({ baseName }), savedText);
          } finally {
            setBrief(null);
            if (figureUrl) URL.revokeObjectURL(figureUrl);
          }
        }
        default: {
          const exhaustive: never = action;
          return exhaustive;
        }
      }
    } catch (e) {
      setStatus({ kind: 'failed', text: t('export.failed', { message: e instanceof Error ? e.message : String(e) }) });
    }
  };

  const item = (action: Action, label: string, needsFigure: boolean) => (
    <MenuItem disabled={needsFigure && !hasFigure} title={needsFigure && !hasFigure ? t('export.needsFigure') : undefined} onSelect={() => void run(action)}>
      {label}
    </MenuItem>
  );

  return (
    <div className="export-menu">
      <Menu
        label={t('export.menu')}
        open={open}
        onOpenChange={(o) => {
          if (o && hasFigure) warmPngEncoder(); // ready by the time an image format is chosen
          setOpen(o);
        }}
        trigger={
          <button ref={buttonRef} type="button" disabled={!view || !dataset} title={!view ? t('export.needsView') : undefined}>
            {t('export.button')}
          </button>
        }
      >
        {item('png', t('export.png'), true)}
        {item('svg', t('export.svg'), true)}
        {item('copy', t('export.copy'), true)}
        <MenuCheckboxItem checked={hiRes} disabled={!hasFigure} onChange={setHiRes}>
          {t('export.hiRes')}
        </MenuCheckboxItem>
        <MenuItem disabled={!hasFigure} title={!hasFigure ? t('export.needsFigure') : undefined} onSelect={() => setComposing(true)}>
          {t('export.customize')}
        </MenuItem>
        <MenuSeparator />
        {item('csv', t('export.csv'), false)}
        {item('xlsx', t('export.xlsx'), false)}
        {item('pdf', t('export.pdf'), false)}
      </Menu>
      {status.kind === 'failed' ? (
        <span role="alert" className="export-status export-error">
          {status.text}
        </span>
      ) : (
        <span role="status" className="export-status">
          {status.kind === 'working' ? t('export.working') : status.kind === 'done' ? status.text : ''}
        </span>
      )}
      {composing && dataset && (
        <Suspense fallback={null}>
          <ExportComposer
            settings={last ?? DEFAULT_EXPORT_SETTINGS}
            texts={defaultTexts()}
            partsFor={partsFor}
            onExport={(s, texts, composed) => void exportComposed(s, texts, composed)}
            prepare={prepareImage}
            onClose={() => {
              releaseSvgImage(); // the composer's prepared drawing, if no export took it
              setComposing(false);
              buttonRef.current?.focus();
            }}
          />
        </Suspense>
      )}
      {brief && dataset && (
        <PrintBrief
          dataset={dataset}
          rows={rows}
          filters={viewSubtitle(dataset, view ?? defaultViewState(dataset.id), lang, measureOf(dataset, view))}
          figureUrl={brief.figureUrl}
          source={t('export.source', { section: dataset.section.title[lang] })}
        />
      )}
    </div>
  );
}
