import { SaxesParser, type SaxesAttributeNS } from 'saxes';
import { ALLOWED_ELEMENTS, SVG_NS, XLINK_NS, XML_NS } from '../../../src/shared/svg/policy';

/**
 * Re-reads sanitised SVG with a namespace-aware parser and lists every way it breaks the promise of
 * src/shared/svg/policy.ts (independently of the sanitiser's code): an element outside the
 * allowlist, an event attribute, an href that is not #id, a url( to anything but #id, an at-rule,
 * a comment, processing instruction or DOCTYPE. Empty means the file is well-formed and clean.
 */
export const svgViolations = (markup: string): string[] => {
  const found: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  const checkCss = (text: string, where: string) => {
    const plain = text.replace(/\\/g, '');
    for (const m of plain.matchAll(/url\s*\(\s*['"]?([^'")]*)/gi))
      if (!(m[1] ?? '').startsWith('#')) found.push(`${where}: url(${m[1]})`);
    if (
      /\\/.test(text) &&
      /@(style|fill|stroke|filter|mask|clip-path|marker-.*|cursor|transform|font.*)$|^style sheet$/.test(where)
    )
      found.push(`${where}: CSS escape left`);
    if (/(image-set|image|expression|src|element|cross-fade|paint)\s*\(/i.test(plain)) found.push(`${where}: CSS function`);
  };
  parser.on('closetag', () => (inStyle = false));
  let inStyle = false;
  // saxes keeps one handler per event: everything about a start tag is checked here.
  parser.on('opentag', (tag) => {
    inStyle = tag.local === 'style';
    if (tag.uri !== SVG_NS || !ALLOWED_ELEMENTS.has(tag.local)) found.push(`element {${tag.uri}}${tag.local}`);
    for (const attr of Object.values(tag.attributes) as SaxesAttributeNS[]) {
      if (attr.uri === 'http://www.w3.org/2000/xmlns/' || attr.name === 'xmlns') continue;
      if (![XLINK_NS, XML_NS, ''].includes(attr.uri)) found.push(`attribute in {${attr.uri}}`);
      if (/^on/i.test(attr.local)) found.push(`event attribute ${attr.name}`);
      if (attr.local === 'href' && !/^#[\w.:-]+$/.test(attr.value)) found.push(`href ${attr.value}`);
      // Words and names (no URL or CSS meaning) may hold any text; everything else is read as CSS.
      if (!/^(id|class|role|lang|aria-.*|data-.*)$/.test(attr.local)) checkCss(attr.value, `${tag.local}@${attr.name}`);
    }
  });
  const sheetText = (text: string) => {
    if (!inStyle) return;
    if (/@/.test(text)) found.push(`style sheet at-rule: ${text}`);
    checkCss(text, 'style sheet');
  };
  parser.on('text', sheetText);
  parser.on('cdata', sheetText);
  parser.on('comment', () => found.push('comment'));
  parser.on('processinginstruction', (pi) => found.push(`processing instruction ${pi.target}`));
  parser.on('doctype', () => found.push('doctype'));
  try {
    parser.write(markup).close();
  } catch (e) {
    found.push(`not well-formed: ${(e as Error).message}`);
  }
  return found;
};
