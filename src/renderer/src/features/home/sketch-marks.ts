import { SKETCH_FRAME, type ChartSketch } from '../../../../shared/home/sketch';

/** The picture's frame; main projects map sketches into the same box (src/main/home/map-sketch.ts). */
export const { width: SKETCH_W, height: SKETCH_H } = SKETCH_FRAME;
const PAD = 6;

/** A rectangle, or an SVG path (`d`) for pie slices and lines (`line`: stroked); `series` picks the colour token. */
export type Mark = { x: number; y: number; w: number; h: number; series: number; d?: string; line?: true };

const round = (n: number) => Math.round(n * 10) / 10;
const rect = (x: number, y: number, w: number, h: number, series: number): Mark => ({ x: round(x), y: round(y), w: round(Math.max(0, w)), h: round(Math.max(0, h)), series });
const positive = (v: number) => (Number.isFinite(v) && v > 0 ? v : 0);
const maxOf = (values: readonly number[]) => Math.max(0, ...values.map(positive)) || 1;

/** The slice from angle a to b (radians, clockwise from 12 o'clock) of a pie, or of a ring when inner > 0. */
const slice = (a: number, b: number, outer: number, inner: number): string => {
  const cx = SKETCH_W / 2;
  const cy = SKETCH_H / 2;
  const pt = (r: number, t: number) => `${round(cx + r * Math.sin(t))},${round(cy - r * Math.cos(t))}`;
  // A full circle as one arc draws nothing: keep a hair short of it.
  const end = b - a >= 2 * Math.PI ? b - 0.0001 : b;
  const large = end - a > Math.PI ? 1 : 0;
  const outerArc = `M${pt(outer, a)}A${outer},${outer} 0 ${large} 1 ${pt(outer, end)}`;
  return inner > 0 ? `${outerArc}L${pt(inner, end)}A${inner},${inner} 0 ${large} 0 ${pt(inner, a)}Z` : `${outerArc}L${SKETCH_W / 2},${SKETCH_H / 2}Z`;
};

/** Bars, columns, slices, tiles or a line in the 160×84 frame, scaled to the sketch's own largest value. */
export const sketchMarks = (sketch: ChartSketch): Mark[] => {
  const w = SKETCH_W - 2 * PAD;
  const h = SKETCH_H - 2 * PAD;
  switch (sketch.kind) {
    case 'bar': {
      const max = maxOf(sketch.values);
      const step = h / Math.max(1, sketch.values.length);
      return sketch.values.map((v, i) => rect(PAD, PAD + i * step + step * 0.15, (w * positive(v)) / max, step * 0.7, 0));
    }
    case 'column': {
      const max = maxOf(sketch.values);
      const step = w / Math.max(1, sketch.values.length);
      return sketch.values.map((v, i) => rect(PAD + i * step + step * 0.15, PAD + h - (h * positive(v)) / max, step * 0.7, (h * positive(v)) / max, 0));
    }
    case 'line': {
      const max = maxOf(sketch.values);
      const step = w / Math.max(1, sketch.values.length - 1);
      const d = sketch.values.map((v, i) => `${i === 0 ? 'M' : 'L'}${round(PAD + i * step)},${round(PAD + h - (h * positive(v)) / max)}`).join('');
      return [{ ...rect(0, 0, 0, 0, 0), d, line: true }];
    }
    case 'stacked': {
      const max = maxOf(sketch.stacks.map((s) => s.reduce((a, v) => a + positive(v), 0)));
      const step = w / Math.max(1, sketch.stacks.length);
      return sketch.stacks.flatMap((stack, i) => {
        let top = PAD + h;
        return stack.map((v, j) => {
          const part = (h * positive(v)) / max;
          top -= part;
          return rect(PAD + i * step + step * 0.15, top, step * 0.7, part, j);
        });
      });
    }
    case 'pie':
    case 'donut': {
      const total = sketch.values.reduce((a, v) => a + positive(v), 0) || 1;
      const outer = h / 2;
      let a = 0;
      return sketch.values.map((v, i) => {
        const b = a + (2 * Math.PI * positive(v)) / total;
        const mark = { ...rect(0, 0, 0, 0, i), d: slice(a, b, outer, sketch.kind === 'donut' ? outer * 0.55 : 0) };
        a = b;
        return mark;
      });
    }
    case 'treemap': {
      // Slice and dice: top-level tiles side by side, their sub-items stacked inside, all by area.
      const total = sketch.nodes.reduce((a, n) => a + positive(n.value), 0) || 1;
      let x = PAD;
      return sketch.nodes.flatMap((node, i) => {
        const nw = (w * positive(node.value)) / total;
        const left = x;
        x += nw;
        const sum = node.children.reduce((a, v) => a + positive(v), 0);
        if (node.children.length === 0 || sum <= 0) return [rect(left + 0.5, PAD + 0.5, nw - 1, h - 1, i)];
        let y = PAD;
        return node.children.map((v) => {
          const ch = (h * positive(v)) / sum;
          y += ch;
          return rect(left + 0.5, y - ch + 0.5, nw - 1, ch - 1, i);
        });
      });
    }
    default: {
      const exhaustive: never = sketch;
      return exhaustive;
    }
  }
};
