import { strToU8, zipSync } from 'fflate';
import { DATA_EDITION } from '../../shared/dataset';
import { unitLabel } from '../../shared/units';
import { toCsv, type TableExport } from './table-export';

/** What `…-metadata.json` holds beside a CSV: everything a reader needs to trust and cite the rows. */
export type TableMetadata = {
  title: string;
  dataset: string;
  edition: string;
  source: { publication: string; section: string; reportLines: number[] };
  filters: string;
  rows: number;
  columns: { heading: string; key: string; type: string; unit: string | null }[];
  notes: { severity: string; text: string }[];
  exported: string;
  language: string;
};

const PUBLICATION = 'IOM, Building Better Futures: Canada and IOM Partnerships in Action (2015)';

export const tableMetadata = (t: TableExport, now: Date): TableMetadata => ({
  title: t.dataset.title[t.lang],
  dataset: t.dataset.id,
  edition: DATA_EDITION,
  source: {
    publication: PUBLICATION,
    section: t.dataset.section.title[t.lang],
    reportLines: [...new Set(t.rows.flatMap((r) => [r.source.line, ...Object.values(r.fieldSources ?? {}).map((s) => s.line)]))].sort((a, b) => a - b),
  },
  filters: t.filters,
  rows: t.rows.length,
  columns: t.fields.map((f, i) => ({ heading: t.headers[i] ?? f.key, key: f.key, type: f.type, unit: f.unit ? unitLabel(f.unit, t.lang) : null })),
  notes: t.notes.map((n) => ({ severity: n.severity, text: n.text[t.lang] })),
  exported: now.toISOString(),
  language: t.lang,
});

const README = {
  en: (csv: string, json: string, m: TableMetadata) =>
    [
      m.title,
      '',
      `${csv}: the data, one header row and one row per record (UTF-8, comma-separated; empty cell = no figure in the report).`,
      `${json}: where the figures come from (${m.source.publication}, ${m.source.section}, report lines), the filters, units and data-quality notes.`,
      '',
      `Filters: ${m.filters || 'none (every row)'}`,
      `Exported from IOM–Canada Explorer (data edition ${m.edition}) on ${m.exported.slice(0, 10)}.`,
    ].join('\r\n'),
  fr: (csv: string, json: string, m: TableMetadata) =>
    [
      m.title,
      '',
      `${csv} : les données, une ligne d’en-tête et une ligne par enregistrement (UTF-8, séparées par des virgules ; cellule vide = aucun chiffre dans le rapport).`,
      `${json} : l’origine des chiffres (${m.source.publication}, ${m.source.section}, lignes du rapport), les filtres, les unités et les notes sur la qualité des données.`,
      '',
      `Filtres : ${m.filters || 'aucun (toutes les lignes)'}`,
      `Exporté de l’Explorateur OIM–Canada (édition des données ${m.edition}) le ${m.exported.slice(0, 10)}.`,
    ].join('\r\n'),
};

/**
 * One .zip holding the pure CSV, its `…-metadata.json` and a short README, as Our World in Data's
 * downloads do. `stem` names the CSV inside ("health-assessments_table_en_2026-12-06"). Entries are
 * dated `now`, so the same export at the same moment is the same bytes.
 */
export const toCsvBundle = (t: TableExport, stem: string, now: Date): Uint8Array => {
  const csv = `${stem}.csv`;
  const json = `${stem}-metadata.json`;
  const meta = tableMetadata(t, now);
  const readme = t.lang === 'fr' ? 'LISEZMOI.txt' : 'README.txt';
  return zipSync(
    {
      [csv]: strToU8(toCsv(t)),
      [json]: strToU8(`${JSON.stringify(meta, null, 2)}\n`),
      [readme]: strToU8(`${README[t.lang](csv, json, meta)}\r\n`),
    },
    { mtime: now },
  );
};
