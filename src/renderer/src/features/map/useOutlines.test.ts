import { describe, expect, it } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { useOutlines } from './useOutlines';

// happy-dom runs no workers: these exercise the main-thread path, which projects with the same code.
describe('useOutlines', () => {
  it('waits for a width, then projects the 110m world with every country drawn', async () => {
    const world = { center: [0, 20] as [number, number], zoom: 1 };
    const { result, rerender } = renderHook(({ width }) => useOutlines(width, world, null, []), { initialProps: { width: null as number | null } });
    await new Promise((r) => setTimeout(r, 50));
    expect(result.current.outlines).toBeNull();
    rerender({ width: 800 });
    await waitFor(() => expect(result.current.outlines).not.toBeNull(), { timeout: 15_000 });
    expect(result.current.detail).toBe('110m');
    const pakistan = result.current.outlines?.find((o) => o.id === '586');
    expect(pakistan?.d).toMatch(/^M[\d.-]+,[\d.-]+L/);
    expect(pakistan?.centroid.every(Number.isNaN)).toBe(true); // not a country with data
  }, 20_000);

  it('zoomed in: 50m outlines, countries far off screen clipped away, centroids for the countries with data', async () => {
    const europe = { center: [10, 50] as [number, number], zoom: 4 };
    const { result } = renderHook(() => useOutlines(800, europe, null, ['276']));
    await waitFor(() => expect(result.current.detail).toBe('50m'), { timeout: 15_000 });
    const byId = new Map(result.current.outlines?.map((o) => [o.id, o]));
    expect(byId.get('276')?.d.length).toBeGreaterThan(100); // Germany
    expect(byId.get('076')?.d).toBe(''); // Brazil
    expect(byId.get('276')?.centroid.every(Number.isFinite)).toBe(true);
    expect(byId.get('076')?.centroid.every(Number.isNaN)).toBe(true);
    expect(result.current.viewport).toEqual(europe);
  }, 20_000);

  it('fitted to Haiti alone: the fit is the viewport drawn, zoomed in to 50m, Haiti inside the frame', async () => {
    const { result } = renderHook(() => useOutlines(800, { center: [0, 20], zoom: 1 }, ['332'], ['332']));
    await waitFor(() => expect(result.current.outlines).not.toBeNull(), { timeout: 15_000 });
    expect(result.current.viewport?.zoom).toBeGreaterThan(3);
    expect(result.current.detail).toBe('50m');
    const box = result.current.outlines?.find((o) => o.id === '332')?.box;
    expect(box?.[0][0]).toBeGreaterThanOrEqual(0);
    expect(box?.[1][0]).toBeLessThanOrEqual(800);
  }, 20_000);
});
