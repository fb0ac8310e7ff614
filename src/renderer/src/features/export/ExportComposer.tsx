import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  exportFrame,
  rasterScale,
  MAX_FOOTER,
  MAX_SIDE,
  MAX_TITLE,
  MIN_SIDE,
  PRESET_IDS,
  type ComposerFormat,
  type ExportSettings,
} from '../../../../shared/export/composer-presets';
import { composeExportSvg, type ComposeInput } from './compose-svg';
import type { ExportSvg } from './figure-svg';
import i18next from 'i18next';
import { composerStrings } from './composer-strings';
import './composer.css';

for (const lang of ['en', 'fr'] as const) i18next.addResourceBundle(lang, 'translation', composerStrings[lang], true, false);

export type ComposerTexts = { title: string; subtitle: string };
/** The figure on screen, its legend and the texts, framed at the settings' size. */
export type ComposeParts = { figure: SVGSVGElement; legend: Element | null; input: ComposeInput };
type Props = {
  settings: ExportSettings;
  texts: ComposerTexts;
  /** What exporting frames, for these settings and texts (null: the figure is not drawn). */
  partsFor: (s: ExportSettings, texts: ComposerTexts) => ComposeParts | null;
  /** `composed`: the SVG the preview shows, which the export writes (null when no figure is drawn). */
  onExport: (s: ExportSettings, texts: ComposerTexts, composed: ExportSvg | null) => void;
  onClose: () => void;
  /** Starts drawing and encoding an image ahead of its export (rasterize.ts's prepareSvgImage). */
  prepare: (svg: string, width: number, height: number, scale: number) => void;
};

const FORMATS: ComposerFormat[] = ['png', 'svg', 'pdf', 'pptx', 'csv', 'xlsx'];
const clampSide = (v: number) => Math.min(MAX_SIDE, Math.max(MIN_SIDE, Math.round(v) || MIN_SIDE));
/** The preview has stood still this long: the user is reading it, not typing a title. */
const PREPARE_AFTER_MS = 150;

/**
 * The export composer: size, scale, texts, notes, footer, background and format, with a preview of
 * the very SVG the export writes (as an image, so it looks exactly as the file will). A native modal
 * <dialog> (see view-code/CodeDialog.tsx for why not Radix); loaded only when first opened.
 */
export default function ExportComposer({ settings: initial, texts: initialTexts, partsFor, onExport, onClose, prepare }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [s, setS] = useState(initial);
  const [texts, setTexts] = useState(initialTexts);
  const set = <K extends keyof ExportSettings>(key: K, value: ExportSettings[K]) => setS((p) => ({ ...p, [key]: value }));
  const frame = exportFrame(s);
  // The very SVG the export writes (the figure is read when the settings change, not on each render).
  const image = useMemo(() => {
    if (s.format === 'csv' || s.format === 'xlsx') return null;
    const parts = partsFor(s, texts);
    return parts ? composeExportSvg(parts.figure, parts.legend, parts.input) : null;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [s, texts]);
  const url = useMemo(() => (image ? URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml' })) : null), [image]);
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  // While the preview is read, its PNG is drawn and encoded (as the Export menu does): Export then finds
  // the bytes ready. Drawing and encoding a 1920 × 1080 slide were most of the time from the click to
  // the file (bench/, metric 5c). A drawing no export took is let go when the dialog closes (ExportMenu).
  const scale = rasterScale(s);
  useEffect(() => {
    if (!image || s.format === 'svg') return; // (the image is null for CSV and Excel)
    const timer = setTimeout(() => prepare(image.svg, image.width, image.height, scale), PREPARE_AFTER_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `prepare` is the same module function every render
  }, [image, s.format, scale]);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const isImage = s.format !== 'csv' && s.format !== 'xlsx';

  return (
    <dialog ref={ref} className="ui-dialog ui-dialog-wide composer" aria-labelledby="composer-title" onClose={onClose}>
      <div className="ui-dialog-head">
        <h2 id="composer-title" className="ui-dialog-title">
          {t('export.composer.title')}
        </h2>
      </div>
      <form
        className="composer-body"
        onSubmit={(e) => {
          e.preventDefault();
          onExport(s, texts, isImage ? image : null);
          ref.current?.close();
        }}
      >
        <div className="composer-controls">
          <label>
            {t('export.composer.titleText')}
            <input value={texts.title} maxLength={MAX_TITLE} onChange={(e) => setTexts({ ...texts, title: e.target.value })} />
          </label>
          <label>
            {t('export.composer.subtitle')}
            <input value={texts.subtitle} maxLength={MAX_TITLE} onChange={(e) => setTexts({ ...texts, subtitle: e.target.value })} />
          </label>
          <label>
            {t('export.composer.size')}
            <select value={s.preset} onChange={(e) => set('preset', e.target.value as ExportSettings['preset'])}>
              {PRESET_IDS.map((id) => (
                <option key={id} value={id}>
                  {t(`export.composer.presets.${id}`)}
                </option>
              ))}
            </select>
          </label>
          {s.preset === 'custom' && (
            <div className="composer-row">
              <label>
                {t('export.composer.width')}
                <input type="number" min={MIN_SIDE} max={MAX_SIDE} value={s.width} onChange={(e) => set('width', clampSide(+e.target.value))} />
              </label>
              <label>
                {t('export.composer.height')}
                <input type="number" min={MIN_SIDE} max={MAX_SIDE} value={s.height} onChange={(e) => set('height', clampSide(+e.target.value))} />
              </label>
            </div>
          )}
          <fieldset>
            <legend>{t('export.composer.format')}</legend>
            {FORMATS.map((f) => (
              <label key={f} className="composer-choice">
                <input type="radio" name="format" checked={s.format === f} onChange={() => set('format', f)} />
                {t(`export.composer.formats.${f}`)}
              </label>
            ))}
          </fieldset>
          {s.format === 'png' && (
            <fieldset>
              <legend>{t('export.composer.scale')}</legend>
              {([1, 2, 3] as const).map((k) => (
                <label key={k} className="composer-choice">
                  <input type="radio" name="scale" checked={s.scale === k} onChange={() => set('scale', k)} />
                  {`${k}×`}
                </label>
              ))}
            </fieldset>
          )}
          <fieldset>
            <legend>{t('export.composer.notes')}</legend>
            {(['full', 'footnotes', 'off'] as const).map((m) => (
              <label key={m} className="composer-choice">
                <input type="radio" name="notes" checked={s.notes === m} onChange={() => set('notes', m)} />
                {t(`export.composer.notesModes.${m}`)}
              </label>
            ))}
          </fieldset>
          <label>
            {t('export.composer.footer')}
            <input value={s.footer} maxLength={MAX_FOOTER} placeholder={t('export.composer.footerHint')} onChange={(e) => set('footer', e.target.value)} />
          </label>
          <fieldset>
            <legend>{t('export.composer.background')}</legend>
            {(['light', 'dark'] as const).map((b) => (
              <label key={b} className="composer-choice">
                <input type="radio" name="background" checked={s.background === b} onChange={() => set('background', b)} />
                {t(`export.composer.backgrounds.${b}`)}
              </label>
            ))}
          </fieldset>
        </div>
        <figure className="composer-preview">
          {url ? <img src={url} alt={t('export.composer.preview')} /> : isImage && <p>{t('export.notReady')}</p>}
          <figcaption>
            {isImage ? `${frame.width} × ${frame.height}${s.format === 'png' && s.scale > 1 ? ` × ${s.scale}` : ''}` : t('export.composer.tableOnly')}
          </figcaption>
        </figure>
        <div className="ui-dialog-footer composer-footer">
          <button type="button" className="ui-button" onClick={() => ref.current?.close()}>
            {t('export.composer.cancel')}
          </button>
          <button type="submit" className="ui-button ui-button-primary">
            {t('export.composer.export')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
