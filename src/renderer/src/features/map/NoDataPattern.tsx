/**
 * The hatching that marks "no data" on the map and in its legend. Each SVG defines its own copy
 * (with its own id) so an exported map or a legend drawn without the map still resolves it.
 */
export function NoDataPattern({ id, fill, hatch }: { id: string; fill: string; hatch: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill={fill} />
      <line x1="0" y1="0" x2="0" y2="6" stroke={hatch} strokeWidth="1.5" />
    </pattern>
  );
}
