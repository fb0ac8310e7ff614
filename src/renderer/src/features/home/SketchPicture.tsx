import type { ReactNode } from 'react';
import type { Sketch } from '../../../../shared/home/sketch';
import { sketchMarks, SKETCH_H, SKETCH_W } from './sketch-marks';

/**
 * A report figure's small picture, in plain SVG from the numbers main computed: no chart library, so
 * the start screen draws at once. Decorative (aria-hidden): the card's words say what it shows.
 */
export function SketchPicture({ sketch }: { sketch: Sketch | undefined }) {
  let marks: ReactNode = null;
  if (sketch?.kind === 'map')
    marks = (
      <>
        <path d={sketch.sphere} className="sk-sea" />
        {sketch.shapes.map((s, i) => (
          <path key={i} d={s.d} className={s.shade === null ? 'sk-land' : `sk-shade-${Math.min(s.shade, 5) + 1}`} />
        ))}
        {sketch.dots.map((d, i) => (
          <circle key={i} cx={d.cx} cy={d.cy} r={d.r} className="sk-dot" />
        ))}
      </>
    );
  else if (sketch !== undefined)
    marks = sketchMarks(sketch).map((m, i) =>
      m.d !== undefined ? (
        <path key={i} d={m.d} className={m.line ? 'sk-line' : `sk-series-${m.series + 1}`} />
      ) : (
        <rect key={i} x={m.x} y={m.y} width={m.w} height={m.h} className={`sk-series-${m.series + 1}`} />
      ),
    );
  return (
    <svg className="sketch" viewBox={`0 0 ${SKETCH_W} ${SKETCH_H}`} aria-hidden="true" focusable="false">
      {marks}
    </svg>
  );
}
