import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Feature, Geometry } from 'geojson';
import '../../i18n';
import { atlasIdOf } from './codes';
import type { CountryShape } from './geometry';
import { WorldMap, type MapValue } from './WorldMap';
import { projectOutlines } from './projection';

afterEach(cleanup);

const square = (lon: number, lat: number): Feature<Geometry> => ({
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon, lat + 5],
        [lon + 5, lat + 5],
        [lon + 5, lat],
        [lon, lat],
      ],
    ],
  },
});
const shapes: CountryShape[] = [
  { id: '586', name: 'Pakistan', feature: square(65, 25) },
  { id: '804', name: 'Ukraine', feature: square(25, 45) },
  { id: '076', name: 'Brazil', feature: square(-55, -15) },
];
const values = new Map<string, MapValue>([
  ['586', { value: 47294, label: 'Pakistan', rowIds: ['pak'], iso3: 'PAK' }],
  ['804', { value: 35954, label: 'Ukraine', rowIds: ['ukr'], iso3: 'UKR' }],
]);

const world = { center: [0, 20] as [number, number], zoom: 1 };
const renderMap = (mode: 'choropleth' | 'symbols', onViewport = vi.fn(), onSelect = vi.fn()) =>
  render(
    <WorldMap
      outlines={projectOutlines(shapes, 800, world, new Set(['586', '804']))}
      drawnAt={world}
      values={values}
      mode={mode}
      thresholds={[40000]}
      maxValue={47294}
      viewport={world}
      onViewport={onViewport}
      selectedRowId="ukr"
      onSelect={onSelect}
      describe={(v, name) => `${name}: ${v.value}`}
      nameOf={(_id, name) => name}
      valueText={String}
      width={800}
      label="World map"
    />,
  );

describe('WorldMap', () => {
  it('maps ISO3 codes to world-atlas ids', () => {
    expect(atlasIdOf('PAK')).toBe('586');
    expect(atlasIdOf('AFG')).toBe('004');
    expect(atlasIdOf('XXX')).toBeNull();
  });

  it('shades countries with data by class, hatches the others, and lets the keyboard select one', async () => {
    const onSelect = vi.fn();
    renderMap('choropleth', vi.fn(), onSelect);
    const pakistan = screen.getByRole('button', { name: 'Pakistan: 47294' });
    const ukraine = screen.getByRole('button', { name: 'Ukraine: 35954' });
    expect(pakistan.getAttribute('fill')).not.toBe(ukraine.getAttribute('fill'));
    expect(ukraine.getAttribute('aria-pressed')).toBe('true');
    expect(document.querySelector('path[data-country="076"]')?.getAttribute('fill')).toBe('url(#no-data)');
    act(() => pakistan.focus());
    expect(screen.getByRole('status').textContent).toBe('Pakistan: 47294');
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('pak');
  });

  it('draws proportional circles, the larger value as the larger circle', () => {
    renderMap('symbols');
    const r = (name: string) => Number(screen.getByRole('button', { name }).getAttribute('r'));
    expect(r('Pakistan: 47294')).toBeCloseTo(28);
    expect(r('Ukraine: 35954')).toBeCloseTo(28 * Math.sqrt(35954 / 47294));
  });

  it('zooms with buttons, keys and the wheel, and pans with arrows, reporting the viewport', async () => {
    const onViewport = vi.fn();
    renderMap('choropleth', onViewport);
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(onViewport).toHaveBeenLastCalledWith({ center: [0, 20], zoom: 1.5 });
    const svg = document.querySelector('svg[data-figure="map"]') as SVGSVGElement;
    svg.focus();
    await userEvent.keyboard('-');
    expect(onViewport).toHaveBeenLastCalledWith({ center: [0, 20], zoom: 1 / 1.5 });
    fireEvent.wheel(svg, { deltaY: -100 });
    expect(onViewport).toHaveBeenLastCalledWith({ center: [0, 20], zoom: 1.25 });
    await userEvent.keyboard('{ArrowLeft}');
    const [{ center }] = onViewport.mock.lastCall as [{ center: [number, number] }];
    expect(center[0]).toBeLessThan(0);
    // At zoom 1 the whole world is drawn centred (its sphere never cut off): the centre is on the equator.
    expect(center[1]).toBeCloseTo(0, 0);
  });
});
