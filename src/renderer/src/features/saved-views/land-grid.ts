import { THUMBNAIL_FRAME } from '../../../../shared/view/thumbnail-frame';

/**
 * Land of the world on the map thumbnails' grid (THUMBNAIL_FRAME: 72 × 28 cells of 5°), one row per
 * line from north to south, 4 cells per hex digit. Written from world-atlas' 110m land (Natural
 * Earth, public domain) by tests/support/shared/thumbnail-geography.ts; land-grid.test.ts
 * regenerates and compares it. About 250 bytes gzipped, where the atlas would be ~100 kB.
 */
const LAND_ROWS = [
  '0000ffffc1c4030000',
  '000effff0181c7e1c0',
  '1e1ffe7f00c27ffff0',
  'ffffff7d83ffffffff',
  '3fffce3007ffffffff',
  '0c7fff0017ffffff18',
  '003fff803fffffff90',
  '001fffc01fffffff80',
  '001ffc003ffffffe80',
  '001ff8003efffff700',
  '000ff0003ffffffa00',
  '000790007ffffff000',
  '0001b800ffff3fe000',
  '0001f000fffe39c800',
  '00003700fffc11c800',
  '00001fc07ffc099c00',
  '00000fc003fc01b000',
  '00001ff803f000bb80',
  '00000ff803f00079c0',
  '00000ff803f4000780',
  '000007f003f4000fc0',
  '000003f001ec003fe0',
  '000007e001e0001fe0',
  '000007c001c0001be0',
  '0000078000000000c1',
  '000007000000000046',
  '000006000000400000',
  '000006000000000000',
];

/** Whether cell (column, row) is land. */
export const isLandCell = (column: number, row: number): boolean => {
  const hex = LAND_ROWS[row]?.[column >> 2];
  return hex !== undefined && ((parseInt(hex, 16) >> (3 - (column & 3))) & 1) === 1;
};

let path: string | null = null;
/** One SVG path of the land, in grid units (viewBox 0 0 columns rows): a rectangle per run of land cells. */
export const landPath = (): string => {
  if (path !== null) return path;
  const parts: string[] = [];
  for (let r = 0; r < THUMBNAIL_FRAME.rows; r++)
    for (let c = 0; c < THUMBNAIL_FRAME.columns; c++) {
      if (!isLandCell(c, r) || isLandCell(c - 1, r)) continue;
      let end = c;
      while (isLandCell(end + 1, r)) end++;
      parts.push(`M${c} ${r}h${end - c + 1}v1h${-(end - c + 1)}z`);
    }
  return (path = parts.join(''));
};
