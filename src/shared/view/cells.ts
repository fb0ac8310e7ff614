import type { CellValue } from '../dataset';

/** Text a cell is searched and filtered by (lists join their items). */
export const cellText = (value: CellValue | undefined): string => {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
};
