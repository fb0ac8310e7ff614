import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openViewStore, type ViewStore } from './view-store';
import { fixedClock, removeDir, stateFor, tempDir } from '../../../tests/support/main/views';

type Op = { who: 0 | 1; kind: 'save' | 'rename' | 'remove' | 'undo' | 'reorder' | 'pin'; pick: number };
const op: fc.Arbitrary<Op> = fc.record({
  who: fc.constantFrom(0 as const, 1 as const),
  kind: fc.constantFrom('save', 'save', 'rename', 'remove', 'undo', 'reorder', 'pin'),
  pick: fc.nat(20),
});

const tryIt = (f: () => unknown) => {
  try {
    f();
  } catch {
    // NOT_FOUND for a view the other window deleted is the expected answer, not a loss
  }
};

describe('two instances of the views service on one folder', () => {
  it('every view either side saved and did not delete survives, with its last name', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 14 }), (ops) => {
        const dir = tempDir();
        try {
          let n = 0;
          const open = (side: string) =>
            openViewStore({ dir, appVersion: '1.0.0', log: () => {}, now: fixedClock(), newId: () => `${side}-${++n}` });
          const sides: ViewStore[] = [open('a'), open('b')];
          /** The model: id → name of every view saved and not deleted, by whichever side. */
          const alive = new Map<string, string>();
          const removed = new Map<string, string>();
          for (const { who, kind, pick } of ops) {
            const s = sides[who] as ViewStore;
            const views = s.snapshot().views;
            const target = views[pick % Math.max(1, views.length)];
            if (kind === 'save') {
              const snap = s.save(`View ${pick}`, stateFor('ds'));
              const added = snap.views.find((v) => !alive.has(v.id) && !removed.has(v.id));
              if (added) alive.set(added.id, added.name);
            } else if (kind === 'rename' && target)
              tryIt(() => {
                const renamed = s.rename(target.id, `Renamed ${pick}`).views.find((v) => v.id === target.id);
                if (renamed) alive.set(target.id, renamed.name);
              });
            else if (kind === 'remove' && target)
              tryIt(() => {
                s.remove(target.id);
                removed.set(target.id, alive.get(target.id) ?? target.name);
                alive.delete(target.id);
              });
            else if (kind === 'undo') {
              const id = [...removed.keys()][pick % Math.max(1, removed.size)];
              if (id)
                tryIt(() => {
                  const back = s.undoRemove(id).views.find((v) => v.id === id);
                  if (back) {
                    alive.set(id, back.name);
                    removed.delete(id);
                  }
                });
            } else if (kind === 'reorder') tryIt(() => s.reorder([...views.map((v) => v.id)].reverse()));
            else if (kind === 'pin' && target) tryIt(() => s.setDefault(target.id));
          }
          // A third start (the next launch) reads what is on disk.
          const after = new Map(
            open('c')
              .snapshot()
              .views.map((v) => [v.id, v.name]),
          );
          expect(after).toEqual(alive);
        } finally {
          removeDir(dir);
        }
      }),
      { numRuns: 150 },
    );
  });
});
