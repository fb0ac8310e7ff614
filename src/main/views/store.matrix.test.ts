import { describe, expect, it } from 'vitest';
import type { SavedView } from '../../shared/views/types';
import { byId, fixture, fixtureText, keptByteIdentical, matrixRoot, type Outcome } from '../../../tests/support/main/fuzz/store-matrix';

/**
 * Corrupt-store matrix: a real 50-view store (written by the store itself) is damaged in every way
 * the brief lists, then the service is started on it. In every case: it starts, the damaged bytes
 * survive byte-identical in the folder, and every view that still exists (in the file or in the
 * backup of the last clean load) comes back. Truncation at every byte: store-truncation-*.matrix.test.ts.
 */
const startOn = matrixRoot();
const expectAllViews = (o: Outcome, views: readonly SavedView[] = fixture.views) => expect(byId(o.views)).toEqual(byId(views));

describe('corrupt-store matrix (50 views)', () => {
  it('the fixture is what it claims: 50 views, a pin, a backup identical to the store', () => {
    expect(fixture.views).toHaveLength(50);
    expect(fixture.defaultViewId).not.toBeNull();
    expect(fixture.backupBytes.equals(fixture.storeBytes)).toBe(true);
  });

  it('the undamaged store loads with its 50 views and the pin (control case)', () => {
    const o = startOn(fixture.storeBytes, fixture.backupBytes);
    expect(o.canSave).toBe(true);
    expectAllViews(o);
  });

  const damaged: [string, Buffer][] = [
    ['empty', Buffer.alloc(0)],
    ['NUL-filled (same length)', Buffer.alloc(fixture.storeBytes.length)],
    ['wrong root type: array', Buffer.from('[]')],
    [
      'wrong root type: array of the entries',
      Buffer.from(JSON.stringify((JSON.parse(fixtureText) as { views: unknown[] }).views)),
    ],
    ['wrong root type: string', Buffer.from('"saved views"')],
    ['wrong root type: number', Buffer.from('42')],
    ['wrong root type: null', Buffer.from('null')],
    ['wrong root type: object without views', Buffer.from('{"schemaVersion": 2}')],
    ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
  ];

  it.each(damaged)('%s: the service starts, keeps the bytes, every view comes back (file or backup)', (_label, bad) => {
    const o = startOn(bad, fixture.backupBytes);
    expect(keptByteIdentical(o, bad)).toBe(true);
    expect(o.canSave).toBe(true);
    expectAllViews(o);
  });

  it('with a UTF-8 BOM (no backup): all 50 views come back from the file itself', () => {
    const bad = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fixture.storeBytes]);
    const o = startOn(bad, null);
    expect(keptByteIdentical(o, bad)).toBe(true);
    expect(o.canSave).toBe(true);
    expectAllViews(o);
  });

  it('with one invalid view (no backup): the 49 valid views come back, the bad one survives in the kept copy', () => {
    const json = JSON.parse(fixtureText) as { views: { state: Record<string, unknown> }[] };
    const victim = json.views[17];
    if (!victim) throw new Error('fixture too small');
    victim.state = { ...victim.state, tab: 'not-a-tab' };
    const bad = Buffer.from(JSON.stringify(json, null, 2));
    const o = startOn(bad, null);
    expect(keptByteIdentical(o, bad)).toBe(true);
    expect(o.canSave).toBe(true);
    expectAllViews(
      o,
      fixture.views.filter((_, i) => i !== 17),
    );
  });
});
