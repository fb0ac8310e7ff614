/**
 * Numbers printed in the report that no dataset cites, each with the reason it is left out.
 * `text` is the number exactly as the coverage test tokenises it on that line (map-font lines decoded).
 * The coverage test fails on any printed number that is neither used nor listed here, and on any
 * entry here that no longer matches an unused number (so the list cannot go stale).
 */
export type AllowlistEntry = { line: number; text: string; reason: string };

const PHOTO = 'photo credit year (© IOM …), dates the photograph, not a fact of the report';
const PHOTO_ID = 'photo archive reference number inside a photo credit';
const CHART_PERIOD = 'period in a chart or map title; recorded as the dataset period, not as a value';
const CUTOFF = 'repeat of the "*Data inclusive to 1 September, 2015" footnote; cited once, in the timeline (line 67)';
const DUP_PIE = 'duplicate pie label: the same sub-theme value is printed again in the full series (lines 115–140), which the dataset cites';
const NATIONALITY_LEGEND = 'legend bin of the "Assisted by Nationality" map, whose per-country data was not extracted (see key-figures note nationality-map)';
const AGENDA_NAME = 'part of the name "2030 Agenda", not a quantity (the 2030 horizon is cited at line 1166)';
const DOC_SYMBOL = 'UN document symbol or paragraph number of a citation (A/RES/70/1, paragraph 29)';
const SDG_NUMBER = 'number of a Sustainable Development Goal (an identifier, not a quantity)';

export const COVERAGE_ALLOWLIST: AllowlistEntry[] = [
  // Photo credits and captions.
  { line: 1, text: '2013', reason: PHOTO },
  { line: 1, text: '1068', reason: PHOTO_ID },
  { line: 5, text: '2014', reason: PHOTO },
  { line: 47, text: '2009', reason: PHOTO },
  { line: 47, text: '0073', reason: PHOTO_ID },
  { line: 199, text: '2012', reason: PHOTO },
  { line: 255, text: '2014', reason: PHOTO },
  { line: 457, text: '2012', reason: PHOTO },
  { line: 502, text: '2015', reason: PHOTO },
  { line: 504, text: '2015', reason: PHOTO },
  { line: 528, text: '2015', reason: PHOTO },
  { line: 545, text: '2015', reason: PHOTO },
  { line: 564, text: '2006', reason: PHOTO },
  { line: 686, text: '2014', reason: PHOTO },
  { line: 691, text: '2015', reason: PHOTO },
  { line: 766, text: '2010', reason: PHOTO },
  { line: 941, text: '2013', reason: PHOTO },
  { line: 1024, text: '2015', reason: PHOTO },
  { line: 1069, text: '2011', reason: PHOTO },
  { line: 1156, text: '2013', reason: PHOTO },
  { line: 1156, text: '0604', reason: PHOTO_ID },
  { line: 1160, text: '2006', reason: PHOTO },
  { line: 1233, text: '2007', reason: PHOTO },
  { line: 1239, text: '2014', reason: PHOTO },
  { line: 1247, text: '1952', reason: `${PHOTO}; the 1952 start of movements is cited at line 1249` },
  { line: 1255, text: '1952', reason: PHOTO },
  { line: 1263, text: '1952', reason: PHOTO },
  { line: 1272, text: '1961', reason: `${PHOTO}; the programme it illustrates is dated 1956 (line 1269)` },
  { line: 1276, text: '2014', reason: PHOTO },
  { line: 1276, text: '2015', reason: PHOTO },
  // Page furniture.
  { line: 11, text: '5', reason: 'page number' },
  { line: 32, text: '2010', reason: 'scope of the publication ("since 2010") in the foreword; same start year as line 22, which key-figures cites' },
  // Chart and map titles.
  { line: 70, text: '2010', reason: CHART_PERIOD },
  { line: 70, text: '2015', reason: CHART_PERIOD },
  { line: 149, text: '2010', reason: CHART_PERIOD },
  { line: 149, text: '2015', reason: CHART_PERIOD },
  { line: 182, text: '2010', reason: CHART_PERIOD },
  { line: 182, text: '2015', reason: CHART_PERIOD },
  { line: 357, text: '2010', reason: CHART_PERIOD },
  { line: 357, text: '2015', reason: CHART_PERIOD },
  { line: 882, text: '2010', reason: CHART_PERIOD },
  { line: 882, text: '2014', reason: CHART_PERIOD },
  { line: 902, text: '2010', reason: CHART_PERIOD },
  { line: 902, text: '2014', reason: CHART_PERIOD },
  { line: 1064, text: '2014', reason: `${CHART_PERIOD} (COA training-sites map, not extracted as data)` },
  { line: 1064, text: '2015', reason: `${CHART_PERIOD} (COA training-sites map, not extracted as data)` },
  // Repeated footnotes and labels.
  { line: 113, text: '1', reason: CUTOFF },
  { line: 113, text: '2015', reason: CUTOFF },
  { line: 141, text: '1', reason: CUTOFF },
  { line: 141, text: '2015', reason: CUTOFF },
  { line: 179, text: '1', reason: CUTOFF },
  { line: 179, text: '2015', reason: CUTOFF },
  { line: 105, text: '41.2', reason: DUP_PIE },
  { line: 107, text: '9.6', reason: DUP_PIE },
  { line: 109, text: '20.7', reason: DUP_PIE },
  { line: 111, text: '12.4', reason: DUP_PIE },
  { line: 788, text: '100', reason: NATIONALITY_LEGEND },
  { line: 788, text: '999', reason: NATIONALITY_LEGEND },
  { line: 789, text: '1,000', reason: NATIONALITY_LEGEND },
  { line: 791, text: '100', reason: NATIONALITY_LEGEND },
  { line: 751, text: '18', reason: 'age threshold of the "¼ of victims … were under 18" figure; kept in the subject of counter-trafficking/share-minors, whose value (¼) is cited at line 750' },
  // The 2030 Agenda and SDG references.
  { line: 1169, text: '2030', reason: AGENDA_NAME },
  { line: 1172, text: '2030', reason: AGENDA_NAME },
  { line: 1194, text: '2030', reason: AGENDA_NAME },
  { line: 1182, text: '2013', reason: 'heading "Migration in the 2013 Development Agenda": a misprint for the 2030 Agenda quoted beside it (A/RES/70/1); not a fact' },
  { line: 1193, text: '70', reason: DOC_SYMBOL },
  { line: 1193, text: '1', reason: DOC_SYMBOL },
  { line: 1196, text: '29', reason: DOC_SYMBOL },
  { line: 1204, text: '10', reason: SDG_NUMBER },
  { line: 1220, text: '8', reason: SDG_NUMBER },
];
