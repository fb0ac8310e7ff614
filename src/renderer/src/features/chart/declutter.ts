import { placeLabels, type Box } from '../../../../shared/view/labels';

/** Value labels recharts draws (LabelList, pie labels) and our own line labels: these may be dropped. */
const VALUE_LABELS = '.recharts-label-list text, .recharts-pie-label-text, text.value-label';
/** What a value label must not cover: every other text (ticks, axis names), axis lines and the marks. */
const OBSTACLES = 'text, .recharts-cartesian-axis-line, .recharts-bar-rectangle path, .recharts-bar-rectangle rect, .recharts-dot, .recharts-pie-sector path';
export const DROPPED = 'data-label-dropped';

const boxOf = (el: Element, origin: DOMRect): Box => {
  const r = el.getBoundingClientRect();
  return { x: r.x - origin.x, y: r.y - origin.y, width: r.width, height: r.height };
};

/**
 * Measures the value labels drawn in `svg` and hides (`display="none"`, marked DROPPED) those that
 * would cover another label, a tick label, an axis or a mark, or stick out of the figure, in the
 * order drawn. Screen and exports then show the same labels, none on top of another.
 */
export const declutterLabels = (svg: SVGSVGElement): void => {
  const labels = [...svg.querySelectorAll<SVGElement>(VALUE_LABELS)];
  for (const l of labels) if (l.hasAttribute(DROPPED)) {
    l.removeAttribute(DROPPED);
    l.removeAttribute('display');
  }
  if (labels.length === 0) return;
  const origin = svg.getBoundingClientRect();
  const isLabel = new Set<Element>(labels);
  const obstacles = [...svg.querySelectorAll(OBSTACLES)]
    .filter((el) => !isLabel.has(el) && !labels.some((l) => l.contains(el)))
    .map((el) => boxOf(el, origin))
    .filter((b) => b.width > 0 || b.height > 0);
  const boxes = labels.map((l) => boxOf(l, origin));
  // The svg draws outside its box (overflow visible on screen); an export frames only the box.
  const frame = { x: 0, y: 0, width: origin.width, height: origin.height };
  const kept = new Set(placeLabels(boxes, obstacles, frame));
  labels.forEach((l, i) => {
    if (kept.has(i) || (boxes[i]?.width ?? 0) === 0) return;
    l.setAttribute(DROPPED, '');
    l.setAttribute('display', 'none');
  });
};
