import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultViewState } from './default-view-state';
import { fromSaved, toSaved } from './saved-view-state';
import { VIEW_STATE_VERSION, viewStateSchema, type ViewState } from './view-state';

const key = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,10}$/);
/** JSON cannot tell -0 from 0, so a saved view never can either. */
const num = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n));

const viewArb: fc.Arbitrary<ViewState> = fc.record({
  version: fc.constant(VIEW_STATE_VERSION),
  datasetId: fc.stringMatching(/^[a-z]{1,8}(-[a-z]{1,8})?$/),
  tab: fc.constantFrom('table', 'chart', 'map'),
  filters: fc.array(
    fc.oneof(
      fc.record({
        kind: fc.constant('values' as const),
        field: key,
        values: fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 }),
      }),
      fc.record({
        kind: fc.constant('range' as const),
        field: key,
        min: fc.option(num(-1e9, 1e9), { nil: null }),
        max: fc.option(num(-1e9, 1e9), { nil: null }),
      }),
    ),
    { maxLength: 4 },
  ),
  sort: fc.option(fc.record({ field: key, dir: fc.constantFrom('asc', 'desc') }), { nil: null }),
  search: fc.string({ maxLength: 30 }),
  chart: fc.record({
    type: fc.option(fc.constantFrom('bar', 'column', 'stacked', 'line', 'pie', 'donut', 'treemap'), { nil: null }),
    measure: fc.option(key, { nil: null }),
    dimension: fc.option(key, { nil: null }),
    stack: fc.option(key, { nil: null }),
  }),
  map: fc.record({
    mode: fc.option(fc.constantFrom('choropleth', 'symbols', 'regions'), { nil: null }),
    center: fc.tuple(num(-180, 180), num(-90, 90)),
    zoom: num(1, 32),
  }),
  selectedRowId: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: null }),
  presetId: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: null }),
}) as fc.Arbitrary<ViewState>;

describe('view state', () => {
  it('round-trips every valid view through toSaved → JSON → fromSaved', () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        expect(viewStateSchema.safeParse(view).success).toBe(true);
        const back = fromSaved(JSON.parse(JSON.stringify(toSaved(view))));
        expect(back).toEqual({ ok: true, state: view });
      }),
      { numRuns: 300 },
    );
  });

  it('saves only the version and dataset for a default view', () => {
    expect(toSaved(defaultViewState('health'))).toEqual({ version: VIEW_STATE_VERSION, datasetId: 'health' });
  });

  it('saves only the changed part of a nested setting', () => {
    const view: ViewState = {
      ...defaultViewState('x'),
      chart: { ...defaultViewState('x').chart, stack: 'category' },
      presetId: 'p',
    };
    expect(toSaved(view)).toEqual({ version: VIEW_STATE_VERSION, datasetId: 'x', chart: { stack: 'category' }, presetId: 'p' });
  });

  it('accepts a view saved before `stack` and `presetId` existed', () => {
    const r = fromSaved({ version: 1, datasetId: 'x', chart: { type: 'bar' } });
    expect(r).toEqual({ ok: true, state: { ...defaultViewState('x'), chart: { ...defaultViewState('x').chart, type: 'bar' } } });
  });

  it('rejects unknown settings, newer versions and invalid values with a reason', () => {
    expect(fromSaved({ version: 1, datasetId: 'x', colour: 'red' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('colour'),
    });
    expect(fromSaved({ version: 99, datasetId: 'x' })).toMatchObject({ ok: false, message: expect.stringContaining('newer') });
    expect(fromSaved({ version: 1, datasetId: 'x', map: { zoom: 0 } })).toMatchObject({
      ok: false,
      message: expect.stringContaining('map.zoom'),
    });
    expect(fromSaved(null)).toMatchObject({ ok: false });
  });
});
