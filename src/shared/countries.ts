import { COUNTRY_CODES, codesOf } from './country-table';
import type { Lang } from './lang';

/**
 * Country names come from the platform (Intl.DisplayNames, CLDR data shipped with Chromium and Node),
 * not from a bundled list. Ours are only the names CLDR writes as a disambiguation ("Congo - Kinshasa")
 * and the official names reports use that CLDR does not (UN style: "Syrian Arab Republic").
 */
const SHOWN: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  en: {
    COD: 'Democratic Republic of the Congo',
    COG: 'Republic of the Congo',
    MMR: 'Myanmar',
    HKG: 'Hong Kong',
    MAC: 'Macao',
  },
  fr: {
    COD: 'République démocratique du Congo',
    COG: 'République du Congo',
    MMR: 'Myanmar',
    HKG: 'Hong Kong',
    MAC: 'Macao',
  },
};

/** Other names a country goes by (official UN forms, the report's spellings), English or French. */
const ALSO_CALLED: Readonly<Record<string, readonly string[]>> = {
  ARE: ['UAE'],
  BES: ['Bonaire, Sint Eustatius and Saba', 'Bonaire, Saint-Eustache et Saba'],
  BRN: ['Brunei Darussalam'],
  CHN: ["People's Republic of China"],
  CIV: ['Ivory Coast'],
  CZE: ['Czech Republic', 'République tchèque'],
  FLK: ['Falkland Islands (Malvinas)'],
  FSM: ['Micronesia, Federated States of'],
  GBR: ['UK', 'Great Britain'],
  GMB: ['Republic of The Gambia', 'The Gambia'],
  HMD: ['Heard Island and McDonald Islands'],
  IOT: ['Océan Indien Britannique'],
  IRN: ['Islamic Republic of Iran', 'Iran (Islamic Republic of)'],
  KGZ: ['Kirghizistan'],
  KOR: ['Korea, Republic of', 'Republic of Korea'],
  LAO: ["Lao People's Democratic Republic"],
  MAF: ['Saint Martin (French part)', 'Saint-Martin (partie française)'],
  MDA: ['Moldova, Republic of', 'Republic of Moldova'],
  MKD: ['The Republic of North Macedonia'],
  NLD: ['The Netherlands', 'Netherlands (Kingdom of the)'],
  PCN: ['Pitcairn'],
  PSE: ['State of Palestine', 'Palestine'],
  RUS: ['Russian Federation'],
  SGS: ['South Georgia and the South Sandwich Islands'],
  SJM: ['Svalbard et Île Jan Mayen'],
  SWZ: ["Royaume d'Eswatini"],
  SXM: ['Sint Maarten (Dutch part)'],
  SYR: ['Syrian Arab Republic'],
  TUR: ['Turkey'],
  TWN: ['Taiwan, Province of China'],
  TZA: ['United Republic of Tanzania', 'République unie de Tanzanie'],
  UMI: ['United States Minor Outlying Islands'],
  USA: ['United States of America', 'USA', 'U.S.A.', 'US', 'U.S.', "États-Unis d'Amérique"],
  VAT: ['Holy See (Vatican City State)', 'Saint-Siège (Vatican)'],
  VCT: ['Saint Vincent and the Grenadines'],
  VGB: ['Virgin Islands, British'],
  VIR: ['Virgin Islands, U.S.', 'Îles vierges américaines'],
  VNM: ['Viet Nam'],
  ALA: ['Åland'],
};

/** How names are compared: accents, case, "&"/"and"/"et", "St."/"Saint", punctuation and hyphens do not count. */
const keyOf = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/&|\bet\b/g, ' and ')
    .replace(/\bst\.? /g, 'saint ')
    .replace(/[-,.()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

let displayNames: Record<Lang, Intl.DisplayNames> | null = null;
const platformName = (alpha2: string, lang: Lang): string | undefined => {
  displayNames ??= {
    en: new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }),
    fr: new Intl.DisplayNames(['fr'], { type: 'region', fallback: 'none' }),
  };
  return displayNames[lang].of(alpha2);
};

const nameOfCode = (alpha3: string, lang: Lang): string | undefined => {
  const codes = codesOf(alpha3);
  if (codes === undefined) return undefined;
  return SHOWN[lang][alpha3] ?? platformName(codes.alpha2, lang);
};

type Names = { en: Map<string, string>; fr: Map<string, string>; other: Map<string, string> };
let names: Names | null = null;
/** Name key → alpha-3, built once on first use: each language's names, then the other names. */
const namesIndex = (): Names => {
  if (names !== null) return names;
  const built: Names = { en: new Map(), fr: new Map(), other: new Map() };
  for (const { alpha3, alpha2 } of COUNTRY_CODES)
    for (const lang of ['en', 'fr'] as const) {
      for (const name of [platformName(alpha2, lang), SHOWN[lang][alpha3]])
        if (name !== undefined) built[lang].set(keyOf(name), alpha3);
    }
  for (const [alpha3, others] of Object.entries(ALSO_CALLED)) for (const name of others) built.other.set(keyOf(name), alpha3);
  names = built;
  return built;
};

const hasMarks = (text: string) => /\p{M}/u.test(text.normalize('NFD'));

const isCode = (text: string) => /^[A-Z]{3}$/.test(text) && codesOf(text) !== undefined;

/** Alpha-3 code of a name written in `lang` (or under another name it goes by). */
const codeOfName = (name: string, lang: Lang | 'any'): string | undefined => {
  const index = namesIndex();
  const key = keyOf(name);
  if (lang !== 'any') return index[lang].get(key) ?? index.other.get(key);
  return index.en.get(key) ?? index.fr.get(key) ?? index.other.get(key);
};

/** ISO 3166 alpha-3 code for a code or an English or French country name; null when it names no country. */
export const countryCode = (codeOrName: string): string | null => {
  const text = codeOrName.trim();
  if (isCode(text)) return text;
  return codeOfName(text, 'any') ?? null;
};

/**
 * A country's name in the language on screen, from its code ("ETH") or its name as the report writes
 * it ("Ethiopia" → "Éthiopie" in French). In English a name is kept as the report wrote it (the
 * report's spelling is the source); text that names no country (a city, a region) is returned as is.
 */
export const countryName = (codeOrName: string, lang: Lang): string => {
  const text = codeOrName.trim();
  if (isCode(text)) return nameOfCode(text, lang) ?? text;
  const english = codeOfName(text, 'en');
  // "Haïti" is found as the English "Haiti" too (accents do not count) but is not its English spelling.
  if (lang === 'en' && english !== undefined && (!hasMarks(text) || hasMarks(nameOfCode(english, 'en') ?? ''))) return codeOrName;
  const code = english ?? codeOfName(text, 'fr');
  return code === undefined ? codeOrName : (nameOfCode(code, lang) ?? codeOrName);
};
