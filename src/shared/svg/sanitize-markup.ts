import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { isAllowedElement, safeAttribute, safeStyleSheet, SVG_NS, toXmlChars, XLINK_NS, XML_NS } from './policy';

/** The SVG could not be read as XML, or its root is not an SVG <svg> element. */
export class SvgNotWellFormed extends Error {
  override name = 'SvgNotWellFormed';
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string) =>
  escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');

const PREFIX: Record<string, string> = { [XLINK_NS]: 'xlink:', [XML_NS]: 'xml:' };

const attributesOf = (tag: SaxesTagNS, root: boolean): string => {
  let out = root ? ` xmlns="${SVG_NS}" xmlns:xlink="${XLINK_NS}"` : '';
  for (const attr of Object.values(tag.attributes) as SaxesAttributeNS[]) {
    if (attr.uri === 'http://www.w3.org/2000/xmlns/' || attr.name === 'xmlns') continue;
    const value = safeAttribute(tag.local, attr.uri, attr.local, toXmlChars(attr.value));
    if (value !== null) out += ` ${PREFIX[attr.uri] ?? ''}${attr.local}="${escapeAttribute(value)}"`;
  }
  return out;
};

/**
 * Rebuilds an SVG document from the shared allowlist (see policy.ts): parsed as namespaced XML by
 * saxes, every element and attribute judged by namespace URI and local name, text re-escaped.
 * Returns the rebuilt markup; throws SvgNotWellFormed when it is not an SVG document at all.
 */
export const sanitizeSvgMarkup = (markup: string): string => {
  const parser = new SaxesParser({ xmlns: true });
  const out: string[] = [];
  /** Per open element: was it written out (false = dropped with everything inside). */
  const open: boolean[] = [];
  let dropping = 0;
  let sheet: string | null = null;
  let sawRoot = false;
  /** The last start tag is still open ("<rect …" without ">"): it becomes "/>" if nothing follows. */
  let startPending = false;
  const endStart = () => {
    if (startPending) out.push('>');
    startPending = false;
  };
  const keepText = (text: string) => {
    if (dropping) return;
    if (sheet !== null) sheet += text;
    else if (open.length && text) {
      endStart();
      out.push(escapeText(toXmlChars(text)));
    }
  };
  parser.on('opentag', (tag) => {
    const root = !sawRoot;
    sawRoot = true;
    if (root && (tag.uri !== SVG_NS || tag.local !== 'svg')) throw new SvgNotWellFormed('The root element is not an SVG <svg>.');
    const keep = !dropping && sheet === null && isAllowedElement(tag.uri, tag.local);
    open.push(keep);
    if (!keep) {
      dropping += 1;
      return;
    }
    if (tag.local === 'style') sheet = '';
    else {
      endStart();
      out.push(`<${tag.local}${attributesOf(tag, root)}`);
      startPending = true;
    }
  });
  parser.on('closetag', (tag) => {
    const kept = open.pop();
    if (!kept) {
      dropping -= 1;
      return;
    }
    if (tag.local === 'style' && sheet !== null) {
      // The attributes of a <style> (type, media) are harmless, but a sheet that fails the check goes whole.
      const safe = safeStyleSheet(sheet);
      if (safe) {
        endStart();
        out.push(`<style>${escapeText(safe)}</style>`);
      }
      sheet = null;
    } else if (startPending) {
      out.push('/>');
      startPending = false;
    } else out.push(`</${tag.local}>`);
  });
  parser.on('text', keepText);
  parser.on('cdata', keepText);
  // Comments, processing instructions and the DOCTYPE are not listened to: they are left out.
  try {
    parser.write(toXmlChars(markup)).close();
  } catch (e) {
    if (e instanceof SvgNotWellFormed) throw e;
    throw new SvgNotWellFormed('The SVG is not well-formed XML.');
  }
  if (!sawRoot) throw new SvgNotWellFormed('The SVG has no root element.');
  return out.join('');
};
