import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { honestFigure, svgAttackVectors } from '../../../tests/support/shared/svg-attack-vectors';
import { svgViolations } from '../../../tests/support/shared/svg-invariants';
import { SVG_NS, XLINK_NS } from './policy';
import { sanitizeSvgMarkup, SvgNotWellFormed } from './sanitize-markup';

const clean = (svg: string): string | 'refused' => {
  try {
    return sanitizeSvgMarkup(svg);
  } catch (e) {
    if (e instanceof SvgNotWellFormed) return 'refused';
    throw e;
  }
};

describe('sanitizeSvgMarkup', () => {
  it.each(svgAttackVectors.map((v) => [v.name, v.svg]))('%s: nothing that runs or fetches is left', (_, svg) => {
    const out = clean(svg);
    if (out !== 'refused') {
      expect(svgViolations(out)).toEqual([]);
      expect(out).not.toMatch(/evil\.test|javascript:|<script/i);
    }
  });

  it('the corpus is big enough to mean something, and the checker sees the attack in each raw vector', () => {
    expect(svgAttackVectors.length).toBeGreaterThanOrEqual(100);
    const unseen = svgAttackVectors.filter((v) => svgViolations(v.svg).length === 0).map((v) => v.name);
    // These two are markup-looking text, which is data and must stay.
    expect(unseen).toEqual(['CDATA text that looks like markup', 'escaped markup in text']);
  });

  it('catches what the old check let through: prefixed scripts, a remote image, a CSS-escaped url(', () => {
    const out = sanitizeSvgMarkup(
      `<svg xmlns="${SVG_NS}"><a:script xmlns:a="${SVG_NS}">alert(1)</a:script>` +
        '<b:script xmlns:b="http://www.w3.org/1999/xhtml">alert(2)</b:script>' +
        '<image href="http://evil.test/i.png"/><rect fill="\\75 rl(http://evil.test/x)" width="1"/></svg>',
    );
    expect(out).toBe(`<svg xmlns="${SVG_NS}" xmlns:xlink="${XLINK_NS}"><rect width="1"/></svg>`);
  });

  it('keeps an honest figure: every element, local references, presentation and text', () => {
    const out = sanitizeSvgMarkup(honestFigure);
    expect(svgViolations(out)).toEqual([]);
    const names = (svg: string) => [...svg.matchAll(/<([a-zA-Z]+)/g)].map((m) => m[1]);
    expect(names(out)).toEqual(names(honestFigure));
    for (const kept of [
      'fill="url(#g)"',
      'fill="url(#no-data)"',
      'clip-path="url(#clip)"',
      'transform="translate(10,20)"',
      'style="stroke:#333;stroke-width:1"',
      'aria-label="Africa: 12"',
      'href="#clip"',
      'font-family="system-ui, &quot;Segoe UI&quot;, sans-serif"',
      'Toronto onset = 2015 &amp; javascript: &lt;b&gt; onload=x',
    ])
      expect(out).toContain(kept);
    expect(sanitizeSvgMarkup(out)).toBe(out);
  });

  it('text is data: any Unicode is kept, what XML cannot carry becomes U+FFFD', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }), (text) => {
        const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
        const out = sanitizeSvgMarkup(`<svg xmlns="${SVG_NS}"><text>${escaped}</text></svg>`);
        expect(svgViolations(out)).toEqual([]);
        expect(out.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
    expect(sanitizeSvgMarkup(`<svg xmlns="${SVG_NS}"><text>a\ufffe\ud800b</text></svg>`)).toContain(
      '<text>a\ufffd\ufffdb</text>',
    );
  });

  it('refuses what is not an SVG document, in plain words', () => {
    for (const bad of [
      '<svg>',
      '<svg/>',
      'not xml',
      '<html xmlns="http://www.w3.org/1999/xhtml"/>',
      `<svg xmlns="${SVG_NS}"></g></svg>`,
    ])
      expect(clean(bad), bad).toBe('refused');
  });
});

/** A random SVG tree mixing allowed and forbidden elements, attributes, namespaces and text. */
const NAMESPACES = [SVG_NS, SVG_NS, SVG_NS, 'http://www.w3.org/1999/xhtml', 'http://www.w3.org/1998/Math/MathML', 'urn:x'];
const ELEMENTS = [
  'g',
  'rect',
  'path',
  'text',
  'tspan',
  'use',
  'style',
  'defs',
  'linearGradient',
  'script',
  'foreignObject',
  'image',
  'a',
  'iframe',
  'animate',
  'set',
  'feImage',
  'filter',
];
const urls = fc.constantFrom(
  '#a',
  ' #b ',
  'http://evil.test/x',
  '//evil.test',
  'javascript:alert(1)',
  'data:image/svg+xml,<svg/>',
  '#a#b',
  'x.svg#a',
);
const cssUrl = fc
  .tuple(fc.constantFrom('url(', 'URL(', '\\75 rl(', 'u\\72l(', 'url( "', "url('"), urls)
  .map(([u, t]) => `${u}${t})`);
const attribute = fc.oneof(
  fc.tuple(
    fc.constantFrom('fill', 'stroke', 'mask', 'clip-path', 'filter', 'style', 'transform', 'font-family'),
    fc.oneof(
      cssUrl,
      fc.constantFrom(
        'red',
        '#fff',
        'rgb(1,2,3)',
        'translate(1,2)',
        'expression(alert(1))',
        'fill:red;background:url(http://evil.test)',
        '@import "x"',
      ),
    ),
  ),
  fc.tuple(fc.constantFrom('href', 'xlink:href', 'q:href', 'src'), urls),
  fc.tuple(fc.constantFrom('onload', 'onclick', 'ONLOAD', 'h:onclick'), fc.constant('alert(1)')),
  fc.tuple(fc.constantFrom('id', 'x', 'width', 'aria-label', 'data-row', 'role', 'd'), fc.string({ maxLength: 12 })),
);
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
type Node = string;
const { tree } = fc.letrec<{ tree: Node; node: Node }>((tie) => ({
  tree: fc.oneof({ maxDepth: 5, depthSize: 'small' }, fc.string({ maxLength: 8 }).map(escapeText), tie('node')),
  node: fc
    .record({
      ns: fc.constantFrom(...NAMESPACES),
      prefix: fc.constantFrom('', 'p'),
      name: fc.constantFrom(...ELEMENTS),
      attrs: fc.uniqueArray(attribute, { maxLength: 3, selector: ([k]) => (k === 'q:href' ? 'xlink:href' : k) }),
      children: fc.array(tie('tree'), { maxLength: 3 }),
      extra: fc.constantFrom('', '<!--c-->', '<?pi x?>', '<![CDATA[<script>alert(1)</script>]]>'),
    })
    .map(({ ns, prefix, name, attrs, children, extra }) => {
      const tag = prefix ? `${prefix}:${name}` : name;
      const decl = prefix ? ` xmlns:${prefix}="${ns}"` : ` xmlns="${ns}"`;
      const attributes = attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
      return `<${tag}${decl}${attributes}>${extra}${children.join('')}</${tag}>`;
    }),
}));

describe('sanitizeSvgMarkup on random trees', () => {
  it('10,000 trees: always clean, never refused, and cleaning twice changes nothing', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 4 }), (children) => {
        const svg = `<svg xmlns="${SVG_NS}" xmlns:xlink="${XLINK_NS}" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:q="${XLINK_NS}">${children.join('')}</svg>`;
        const out = sanitizeSvgMarkup(svg);
        expect(svgViolations(out)).toEqual([]);
        expect(sanitizeSvgMarkup(out)).toBe(out);
      }),
      { numRuns: 10_000 },
    );
  });
});
