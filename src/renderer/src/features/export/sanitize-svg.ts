import { isAllowedElement, safeAttribute, safeStyleSheet, toXmlChars } from '../../../../shared/svg/policy';

/** Cleans one kept element's attributes by the shared policy (namespace URI + local name). */
const cleanAttributes = (el: Element) => {
  for (const attr of [...el.attributes]) {
    if (attr.name === 'xmlns' || attr.name.startsWith('xmlns:')) continue;
    const value = safeAttribute(el.localName, attr.namespaceURI, attr.localName, toXmlChars(attr.value));
    if (value === null) el.removeAttributeNode(attr);
    else if (value !== attr.value) attr.value = value;
  }
};

/**
 * Removes everything the shared SVG allowlist (src/shared/svg/policy.ts) does not allow, in place:
 * elements not in it go with their contents, comments and processing instructions go, attributes
 * are kept or dropped by the same rules main applies when it rebuilds the file. Text stays, with
 * characters XML cannot carry replaced. Returns the same element for chaining.
 */
export const sanitizeSvg = <E extends Element>(root: E): E => {
  const walk = (el: Element) => {
    for (const child of [...el.childNodes]) {
      if (child.nodeType === 1) {
        const element = child as Element;
        if (!isAllowedElement(element.namespaceURI, element.localName)) {
          element.remove();
          continue;
        }
        cleanAttributes(element);
        if (element.localName === 'style') {
          const sheet = safeStyleSheet(element.textContent ?? '');
          if (sheet) element.textContent = sheet;
          else element.remove();
        } else walk(element);
      } else if (child.nodeType === 3 || child.nodeType === 4) child.textContent = toXmlChars(child.textContent ?? '');
      else child.remove();
    }
  };
  cleanAttributes(root);
  walk(root);
  return root;
};
