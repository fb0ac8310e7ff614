/** Elements that can run script, embed other documents or pull in remote content. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'foreignobject',
  'iframe',
  'object',
  'embed',
  'audio',
  'video',
  'canvas',
  'style',
  'link',
  'meta',
  'animate',
  'set',
  'animatemotion',
  'animatetransform',
  'handler',
  'listener',
]);
export const UNSAFE_SVG = /<script|<foreignObject|\son[a-z]+\s*=|javascript:|<iframe|<embed|<object/i;

const isLocalRef = (value: string) => value.trim().startsWith('#');

const cleanAttributes = (el: Element) => {
  for (const attr of [...el.attributes]) {
    const name = attr.name.toLowerCase();
    const value = attr.value;
    if (name.startsWith('on')) el.removeAttribute(attr.name);
    else if ((name === 'href' || name === 'xlink:href' || name === 'src') && !isLocalRef(value)) el.removeAttribute(attr.name);
    // url() may only point inside the document (gradients, clip paths); anything else could fetch.
    else if (/url\(\s*['"]?(?!#)/i.test(value) || /javascript:|expression\(/i.test(value)) el.removeAttribute(attr.name);
  }
};

/** Removes everything that could run or fetch; returns the same element for chaining. */
export const sanitizeSvg = <E extends Element>(root: E): E => {
  const all = [root, ...root.querySelectorAll('*')];
  for (const el of all) {
    if (FORBIDDEN_ELEMENTS.has(el.localName.toLowerCase())) el.remove();
    else cleanAttributes(el);
  }
  return root;
};
