import { labelSide } from '../../../../shared/view/labels';

type Props = {
  /** The line's values, in x order (the label's neighbours decide its side). */
  values: readonly (number | undefined)[];
  format: (v: unknown) => string;
  /** The text colour (a resolved design token). */
  fill: string;
  // Given by recharts' LabelList for each point.
  x?: number | string;
  y?: number | string;
  index?: number;
  value?: unknown;
};

const GAP = 8;

/**
 * A point's value above a peak and below a dip, so it sits off the line rather than on it (a label
 * above a point the line rises through from below would cross it).
 */
export function LineValueLabel({ values, format, fill, x, y, index = 0, value }: Props) {
  const cx = Number(x);
  const cy = Number(y);
  if (!Number.isFinite(cx) || !Number.isFinite(cy) || value === undefined || value === null) return null;
  const side = labelSide(values, index);
  return (
    <text
      x={cx}
      y={side === 'above' ? cy - GAP : cy + GAP + 9}
      textAnchor="middle"
      fontSize={12}
      fill={fill}
      className="recharts-label value-label"
    >
      {format(value)}
    </text>
  );
}
