import { describe, expect, it } from 'vitest';
import {
  STORE_SCHEMA_VERSION,
  migrateStore,
  scanForEntries,
  serializeStore,
  storeMigrations,
  validateStore,
} from './store-format';
import { stateFor } from '../../../tests/support/main/views';

const v1 = {
  schemaVersion: 1,
  views: [
    { name: 'Regions', state: { version: 1, datasetId: 'contributions-by-region', tab: 'chart' } },
    { name: 'Agencies', state: { version: 1, datasetId: 'contributions-by-agency' } },
  ],
  pinned: 'Agencies',
};

describe('store migrations', () => {
  it('has one step per version below the current one', () => {
    for (let v = 1; v < STORE_SCHEMA_VERSION; v++) expect(storeMigrations[v], `step ${v}`).toBeTypeOf('function');
  });

  it('v1 → v2 gives every view an id and turns the pinned name into the default id', () => {
    expect(storeMigrations[1]?.(v1).schemaVersion).toBe(2);
    const migrated = migrateStore(v1, 1);
    expect(migrated.schemaVersion).toBe(3);
    const { views, defaultViewId, problems } = validateStore(migrated);
    expect(problems).toEqual([]);
    expect(views.map((v) => [v.id, v.name, v.state.tab])).toEqual([
      ['v1-1', 'Regions', 'chart'],
      ['v1-2', 'Agencies', 'table'],
    ]);
    expect(defaultViewId).toBe('v1-2');
  });

  it('v2 → v3 (thumbnails) changes only the version: views are given theirs by the store, which knows the data', () => {
    const v2 = {
      schemaVersion: 2,
      appVersion: '0.1.0',
      views: [{ id: 'a', name: 'A', state: { version: 1, datasetId: 'x' }, createdAt: null }],
      defaultViewId: 'a',
    };
    expect(storeMigrations[2]?.(v2)).toEqual({ ...v2, schemaVersion: 3 });
    expect(validateStore(migrateStore(v2, 2)).problems).toEqual([]);
  });

  it('v1 with a pin naming no view migrates to no default', () => {
    expect(migrateStore({ ...v1, pinned: 'Gone' }, 1).defaultViewId).toBeNull();
  });

  it('throws for a version with no step (e.g. 0)', () => {
    expect(() => migrateStore({ schemaVersion: 0 }, 0)).toThrow(/no migration from store version 0/);
  });
});

describe('validateStore', () => {
  it('keeps valid views and names each invalid one', () => {
    const r = validateStore({
      schemaVersion: 2,
      views: [
        { id: 'a', name: 'Good', state: { version: 1, datasetId: 'x' }, createdAt: null },
        { id: 'b', name: 'Bad tab', state: { version: 1, datasetId: 'x', tab: 'pie-in-the-sky' } },
        'not an object',
        { id: 'a', name: 'Same id', state: { version: 1, datasetId: 'x' } },
      ],
      defaultViewId: 'b',
    });
    expect(r.views.map((v) => v.name)).toEqual(['Good']);
    expect(r.problems).toHaveLength(4);
    expect(r.problems[0]).toMatch(/Bad tab/);
    expect(r.problems.join(' ')).toMatch(/default view no longer exists/);
    expect(r.defaultViewId).toBeNull();
  });

  it('round-trips what serializeStore writes', () => {
    const views = [
      { id: 'a', name: 'One', state: stateFor('ds', { tab: 'map', search: 'kenya' }), createdAt: '2026-11-25T00:00:00.000Z' },
    ];
    const text = serializeStore({ views, defaultViewId: 'a' }, '1.0.0');
    const r = validateStore(JSON.parse(text) as Record<string, unknown>);
    expect(r).toEqual({ views, defaultViewId: 'a', problems: [] });
  });
});

describe('scanForEntries (salvage from broken JSON)', () => {
  it('recovers every complete view from a truncated file, braces inside strings included', () => {
    const views = [
      { id: 'a', name: 'Curly {name}', state: stateFor('ds', { search: '}{' }), createdAt: null },
      { id: 'b', name: 'Second', state: stateFor('ds'), createdAt: null },
      { id: 'c', name: 'Cut off', state: stateFor('ds'), createdAt: null },
    ];
    const text = serializeStore({ views, defaultViewId: null }, '1');
    const cut = text.slice(0, text.indexOf('Cut off') + 12);
    expect(scanForEntries(cut).map((v) => v.name)).toEqual(['Curly {name}', 'Second']);
  });

  it('skips entries that contain prototype keys', () => {
    const text = '[{"id":"a","name":"x","state":{"version":1,"datasetId":"d","__proto__":{"polluted":1}}}';
    expect(scanForEntries(text)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('scanForEntries on hostile input', () => {
  it('gives up quickly on megabytes of unclosed entries', () => {
    const garbage = '{"id":"x","name":"y","state":{'.repeat(100_000);
    const started = Date.now();
    expect(scanForEntries(garbage)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
