/**
 * What an exported SVG may contain: one allowlist shared by the renderer (which cleans the figure's
 * DOM before export) and main (which rebuilds whatever the renderer sends, trusting nothing).
 *
 * Allowed: the SVG elements an honest chart or map is drawn with (ALLOWED_ELEMENTS), each checked by
 * namespace URI and local name, never by prefix; geometry, presentation, font, transform, id/class,
 * role/aria-* and data-* attributes; `href` (plain or xlink) only as `#id` and only on elements that
 * point inside the document; CSS (style attributes, presentation attributes, <style> text) only with
 * known functions and `url(#id)`, read after CSS unescaping. Everything else is dropped: scripts,
 * event attributes, foreignObject, images, animation, links, filters, at-rules (@import, @font-face),
 * comments, processing instructions and DOCTYPEs. Text is data: kept and escaped, never refused.
 */

import { exportableText } from '../text-safety';

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const XLINK_NS = 'http://www.w3.org/1999/xlink';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export const ALLOWED_ELEMENTS: ReadonlySet<string> = new Set([
  'svg',
  'g',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'title',
  'desc',
  'defs',
  'symbol',
  'clipPath',
  'mask',
  'marker',
  'pattern',
  'linearGradient',
  'radialGradient',
  'stop',
  'use',
  'style',
]);

/** Elements whose href may point at another element of the same document. */
const HREF_ELEMENTS: ReadonlySet<string> = new Set(['use', 'linearGradient', 'radialGradient', 'pattern']);

/** Attributes whose value is plain data (numbers, names, words): no CSS, no URL meaning. */
const PLAIN_ATTRIBUTES: ReadonlySet<string> = new Set([
  'id',
  'class',
  'role',
  'lang',
  'tabindex',
  'focusable',
  'version',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'fx',
  'fy',
  'fr',
  'dx',
  'dy',
  'rotate',
  'width',
  'height',
  'd',
  'points',
  'pathLength',
  'viewBox',
  'preserveAspectRatio',
  'textLength',
  'lengthAdjust',
  'offset',
  'gradientUnits',
  'gradientTransform',
  'spreadMethod',
  'patternUnits',
  'patternContentUnits',
  'patternTransform',
  'clipPathUnits',
  'maskUnits',
  'maskContentUnits',
  'markerUnits',
  'markerWidth',
  'markerHeight',
  'refX',
  'refY',
  'orient',
  'media',
  'type',
]);

/** Presentation properties: allowed as attributes and inside style="" / <style>. Values are CSS. */
const CSS_PROPERTIES: ReadonlySet<string> = new Set([
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'opacity',
  'color',
  'stop-color',
  'stop-opacity',
  'clip-path',
  'clip-rule',
  'mask',
  'marker-start',
  'marker-mid',
  'marker-end',
  'transform',
  'transform-origin',
  'visibility',
  'display',
  'overflow',
  'shape-rendering',
  'text-rendering',
  'vector-effect',
  'paint-order',
  'font',
  'font-family',
  'font-size',
  'font-style',
  'font-variant',
  'font-weight',
  'font-stretch',
  'letter-spacing',
  'word-spacing',
  'text-anchor',
  'text-decoration',
  'dominant-baseline',
  'alignment-baseline',
  'baseline-shift',
  'white-space',
  'direction',
  'unicode-bidi',
  'writing-mode',
]);

/** CSS functions a figure uses; any other function (image(), src(), expression(), …) is refused. */
const CSS_FUNCTIONS: ReadonlySet<string> = new Set([
  'rgb',
  'rgba',
  'hsl',
  'hsla',
  'url',
  'translate',
  'translatex',
  'translatey',
  'rotate',
  'scale',
  'scalex',
  'scaley',
  'matrix',
  'skewx',
  'skewy',
  'calc',
]);

/** Any text a user typed still makes a well-formed file: what XML cannot carry becomes U+FFFD. */
export const toXmlChars = exportableText;

/** Reads CSS escapes (`\75 rl(` is `url(`) as the browser would, so checks see what the browser sees. */
export const cssUnescape = (css: string): string =>
  css.replace(
    /\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|(\r\n|[\n\r\f])|([\s\S]))/g,
    (_, hex?: string, newline?: string, char?: string) => {
      if (hex !== undefined) {
        const code = parseInt(hex, 16);
        return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
      }
      if (newline !== undefined) return '';
      return char ?? '';
    },
  );

const LOCAL_REF = /^#[A-Za-z_][\w.:-]*$/;
const URL_TARGET = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*?))\s*\)/gi;

/**
 * A CSS value with escapes and comments read, if it is safe: only known functions, every url() to
 * `#id`, no at-rules, no backslashes or markup left. Null when it is not.
 */
export const safeCssValue = (value: string): string | null => {
  const css = cssUnescape(value).replace(/\/\*[\s\S]*?(\*\/|$)/g, ' ');
  if (/[\\<>@{}]/.test(css)) return null;
  for (const match of css.matchAll(/([a-z_-][\w-]*)?\s*\(/gi)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!CSS_FUNCTIONS.has(name)) return null;
  }
  for (const match of css.matchAll(URL_TARGET)) {
    const target = (match[1] ?? match[2] ?? match[3] ?? '').trim();
    if (!LOCAL_REF.test(target)) return null;
  }
  // A url( left unmatched (unclosed, or quotes we could not pair) is refused too.
  if ((css.match(/url\s*\(/gi) ?? []).length !== [...css.matchAll(URL_TARGET)].length) return null;
  return css.trim();
};

/** style="" with only allowed properties whose values are safe; null when nothing is left. */
export const safeStyleAttribute = (style: string): string | null => {
  const kept: string[] = [];
  for (const declaration of cssUnescape(style).split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = safeCssValue(declaration.slice(colon + 1));
    if (CSS_PROPERTIES.has(property) && value) kept.push(`${property}:${value}`);
  }
  return kept.length ? kept.join(';') : null;
};

/**
 * A <style> sheet kept only if every rule is `selector { declarations }` with allowed properties and
 * safe values (no @import, @font-face or other at-rule, which can fetch). Null drops the element.
 */
export const safeStyleSheet = (sheet: string): string | null => {
  const css = cssUnescape(sheet).replace(/\/\*[\s\S]*?(\*\/|$)/g, ' ');
  if (/[@\\<>]/.test(css)) return null;
  const rules: string[] = [];
  const rule = /([^{}]*)\{([^{}]*)\}/g;
  let consumed = 0;
  for (const match of css.matchAll(rule)) {
    if (css.slice(consumed, match.index).trim()) return null;
    consumed = match.index + match[0].length;
    const selector = (match[1] ?? '').trim();
    if (!/^[\w\s.#,:>*+~-]*$/.test(selector) || !selector) return null;
    const declarations = safeStyleAttribute(match[2] ?? '');
    if (declarations) rules.push(`${selector}{${declarations}}`);
  }
  if (css.slice(consumed).trim()) return null;
  return rules.join('\n');
};

export const isAllowedElement = (namespaceURI: string | null, localName: string): boolean =>
  namespaceURI === SVG_NS && ALLOWED_ELEMENTS.has(localName);

/**
 * The value an attribute keeps, or null to drop it. `namespaceURI` and `localName` are the
 * attribute's own (xlink:href is XLINK_NS + "href", whatever prefix the file used).
 */
export const safeAttribute = (element: string, namespaceURI: string | null, localName: string, value: string): string | null => {
  const ns = namespaceURI || null;
  if (ns === XLINK_NS || (ns === null && localName === 'href')) {
    if (localName !== 'href' || !HREF_ELEMENTS.has(element)) return null;
    return LOCAL_REF.test(value.trim()) ? value.trim() : null;
  }
  if (ns === XML_NS) return localName === 'space' || localName === 'lang' ? value : null;
  if (ns !== null) return null;
  if (/^on/i.test(localName)) return null;
  if (localName === 'style') return safeStyleAttribute(value);
  if (CSS_PROPERTIES.has(localName)) return safeCssValue(value);
  // Plain data: no element of the allowlist reads these as a URL or as CSS, so any text may stay.
  return PLAIN_ATTRIBUTES.has(localName) || /^aria-[a-z]+$/.test(localName) || /^data-[\w.-]+$/.test(localName) ? value : null;
};
