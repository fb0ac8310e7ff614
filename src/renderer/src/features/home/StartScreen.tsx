import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyNumber } from '../../../../shared/home/key-numbers';
import type { HomeData } from '../../../../shared/ipc/home';
import { PRESETS, presetView } from '../../../../shared/presets';
import { unitLabel } from '../../../../shared/units';
import type { Lang } from '../../../../shared/view/fields';
import { viewKind } from '../../../../shared/view/view-name';
import type { ViewState } from '../../../../shared/view-state';
import { formatNumber } from '../../components/format';
import { SketchPicture } from './SketchPicture';
import { markStartScreenPainted } from './start-screen-mark';
import './home.css';

/** A view the user had: the last one on screen this session, or the pinned one. */
export type YourView = { key: 'last' | 'pinned'; name: string | null; title: string; state: ViewState };

export type StartScreenProps = {
  lang: Lang;
  /** Null while main's answer is on its way: cards show at once, their pictures follow. */
  data: HomeData | null;
  yours: readonly YourView[];
  onOpen: (view: ViewState) => void;
  onSource: (datasetId: string, rowId: string) => void;
};

const capitalized = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
/** "Pie chart"; a figure the report prints as a table says the chart its picture shows too. */
const figureKind = (view: ViewState, lang: Lang) =>
  capitalized(view.tab === 'table' && view.chart.type !== null ? `${viewKind(view, lang)} · ${viewKind({ ...view, tab: 'chart' }, lang)}` : viewKind(view, lang));

/** The first screen: the report's figures as picture cards, its key numbers, and the user's own views. */
export function StartScreen({ lang, data, yours, onOpen, onSource }: StartScreenProps) {
  const { t } = useTranslation();
  const pictured = data !== null;
  useEffect(() => (pictured ? markStartScreenPainted() : undefined), [pictured]);
  return (
    <section className="home" aria-labelledby="home-heading">
      <div className="home-head">
        <h2 id="home-heading" tabIndex={-1}>
          {t('home.figures')}
        </h2>
        <p className="hint">{t('home.intro')}</p>
      </div>
      <ul className="home-cards">
        {PRESETS.map((p) => {
          const view = presetView(p);
          return (
            <li key={p.id}>
              <button type="button" className="home-card" data-preset={p.id} onClick={() => onOpen(view)}>
                <SketchPicture sketch={data?.sketches[p.id]} />
                <span className="home-card-title">{p.title[lang]}</span>
                <span className="home-card-kind">{t('home.figureKind', { kind: figureKind(view, lang), line: p.line })}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {data !== null && data.numbers.length > 0 && (
        <>
          <h2>{t('home.numbers')}</h2>
          <ul className="home-numbers">
            {data.numbers.map((n) => (
              <li key={n.id}>
                <button type="button" className="home-number" title={t('home.numberHint', { line: n.line })} onClick={() => onSource(n.datasetId, n.rowId)}>
                  <NumberText n={n} lang={lang} />
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {yours.length > 0 && (
        <>
          <h2>{t('home.yours')}</h2>
          <ul className="home-yours">
            {yours.map((v) => (
              <li key={v.key}>
                <button type="button" className="home-card home-view" data-view={v.key} onClick={() => onOpen(v.state)}>
                  <span className="home-card-kind">{t(`home.${v.key}`)}</span>
                  <span className="home-card-title">{v.name ?? v.title}</span>
                  <span className="home-card-kind">{v.name === null ? capitalized(viewKind(v.state, lang)) : `${v.title} · ${viewKind(v.state, lang)}`}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** "nearly 500,000 people", the label, the years and the report line, each from the data but the label. */
function NumberText({ n, lang }: { n: KeyNumber; lang: Lang }) {
  const { t } = useTranslation();
  const qualifier = n.qualifier === null ? '' : t(`home.qualifiers.${n.qualifier}`, { defaultValue: n.qualifier });
  const p = n.period;
  const years = 'text' in p ? p.text : p.from !== null && p.to !== null ? `${p.from}–${p.to}` : p.from !== null ? t('home.since', { year: p.from }) : '';
  return (
    <>
      {/* Its own line (kept when empty, so the numbers line up): "nearly" over "500,000 people". */}
      <span className="home-number-qualifier">{qualifier === '' ? '' : `${qualifier} `}</span>
      <span className="home-number-value">
        {formatNumber(n.value, lang)}
        {n.unit !== null && <span className="home-number-unit"> {unitLabel(n.unit, lang)}</span>}
      </span>
      <span className="home-number-label">{t(`home.labels.${n.id}`)}</span>
      <span className="home-card-kind">{[years, t('source.lineNumber', { line: n.line })].filter(Boolean).join(' · ')}</span>
    </>
  );
}
