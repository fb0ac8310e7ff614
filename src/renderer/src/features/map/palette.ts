import { useTokens } from '../../design/useTokens';

/**
 * The map's colours, from the design tokens (design/tokens.css): light, dark and Windows high
 * contrast alike. Resolved to plain colours because the map's SVG is also exported, where var() would
 * not resolve.
 */
const MAP_TOKENS = [
  '--map-sea',
  '--map-sphere-edge',
  '--map-land',
  '--map-border',
  '--map-seq-1',
  '--map-seq-2',
  '--map-seq-3',
  '--map-seq-4',
  '--map-seq-5',
  '--map-seq-6',
  '--map-symbol',
  '--map-no-data',
  '--map-no-data-hatch',
  '--chart-selected-edge',
  '--color-control-border',
  '--map-label',
  '--map-label-halo',
] as const;

export type MapPalette = {
  sea: string;
  sphereEdge: string;
  land: string;
  border: string;
  /** Colour of value class i (0 = lowest); the last class for any i beyond. */
  sequential: (i: number) => string;
  symbol: string;
  noData: string;
  hatch: string;
  selected: string;
  swatchEdge: string;
  /** Country labels and small-country markers' edge, and the halo that keeps labels readable on any fill. */
  label: string;
  halo: string;
};

export const mapPalette = (tk: Record<(typeof MAP_TOKENS)[number], string>): MapPalette => {
  const seq = [tk['--map-seq-1'], tk['--map-seq-2'], tk['--map-seq-3'], tk['--map-seq-4'], tk['--map-seq-5'], tk['--map-seq-6']];
  return {
    sea: tk['--map-sea'],
    sphereEdge: tk['--map-sphere-edge'],
    land: tk['--map-land'],
    border: tk['--map-border'],
    sequential: (i) => seq[Math.max(0, Math.min(seq.length - 1, i))] ?? tk['--map-seq-1'],
    symbol: tk['--map-symbol'],
    noData: tk['--map-no-data'],
    hatch: tk['--map-no-data-hatch'],
    selected: tk['--chart-selected-edge'],
    swatchEdge: tk['--color-control-border'],
    label: tk['--map-label'],
    halo: tk['--map-label-halo'],
  };
};

export const useMapPalette = (): MapPalette => mapPalette(useTokens(MAP_TOKENS));
