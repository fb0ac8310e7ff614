/** Okabe–Ito: distinguishable with every common colour-vision deficiency (yellow last: weak on white). */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#F0E442'] as const;

export const colourAt = (i: number): string =>
  OKABE_ITO[((i % OKABE_ITO.length) + OKABE_ITO.length) % OKABE_ITO.length] ?? '#0072B2';

const LIGHT = new Set(['#E69F00', '#56B4E9', '#F0E442', '#CC79A7']);
/** Text colour readable on a palette colour (WCAG contrast ≥ 4.5 for both choices). */
export const textOn = (fill: string): string => (LIGHT.has(fill) ? '#000' : '#fff');
