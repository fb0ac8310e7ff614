export const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element of `doc` with these attributes and, if given, this text (escaped by the DOM). */
export const svgElement = (doc: Document, name: string, attrs: Record<string, string | number>, text?: string): SVGElement => {
  const node = doc.createElementNS(SVG_NS, name) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
};
