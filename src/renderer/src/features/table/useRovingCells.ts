import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';

type Cell = { row: number; col: number };

/**
 * One tab stop for the whole table body: arrow keys, Home and End move between value cells (a
 * screen reader's table commands still work). `rowCount`/`colCount` bound the moves; `reveal`
 * scrolls a row into the DOM when the body is virtualized.
 */
export const useRovingCells = (rowCount: number, colCount: number, reveal: (row: number) => void) => {
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const pending = useRef(false);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const clamped = { row: Math.min(active.row, Math.max(0, rowCount - 1)), col: Math.min(active.col, Math.max(0, colCount - 1)) };

  useEffect(() => {
    if (!pending.current) return;
    const el = bodyRef.current?.querySelector<HTMLElement>(`[data-cell="${clamped.row}:${clamped.col}"]`);
    if (el) {
      pending.current = false;
      el.focus();
    }
  });

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const from = (e.target as HTMLElement).dataset.cell?.split(':').map(Number);
    if (!from || from.length !== 2) return;
    const [row = 0, col = 0] = from;
    const moves: Record<string, Cell> = {
      ArrowDown: { row: row + 1, col },
      ArrowUp: { row: row - 1, col },
      ArrowRight: { row, col: col + 1 },
      ArrowLeft: { row, col: col - 1 },
      Home: e.ctrlKey ? { row: 0, col: 0 } : { row, col: 0 },
      End: e.ctrlKey ? { row: rowCount - 1, col: colCount - 1 } : { row, col: colCount - 1 },
    };
    const next = moves[e.key];
    if (!next) return;
    e.preventDefault();
    const target = { row: Math.max(0, Math.min(rowCount - 1, next.row)), col: Math.max(0, Math.min(colCount - 1, next.col)) };
    pending.current = true;
    reveal(target.row);
    setActive(target);
  };

  const onFocus = (e: FocusEvent<HTMLElement>) => {
    const at = (e.target as HTMLElement).dataset.cell?.split(':').map(Number);
    const [row, col] = at ?? [];
    if (row !== undefined && col !== undefined && (row !== active.row || col !== active.col)) setActive({ row, col });
  };

  /** Whether the cell is the body's tab stop; when that row is not rendered, the first rendered row takes over. */
  const isTabStop = (row: number, col: number, firstRendered: number, lastRendered: number) => {
    const r = clamped.row >= firstRendered && clamped.row <= lastRendered ? clamped.row : firstRendered;
    return row === r && col === clamped.col;
  };

  return { bodyRef, onKeyDown, onFocus, isTabStop };
};
