/**
 * Child process of store.crash.test.ts: opens the saved-views store in `argv[2]` and saves views in
 * a tight loop until it is killed (SIGKILL, so no handler or `finally` runs). After each save
 * returns, it prints `saved <n>`: that save is "confirmed" and must survive any later kill.
 * stdout on a pipe is synchronous on Linux, so a printed line is really out before the next save.
 */
import { defaultViewState } from '../../../src/shared/default-view-state';
import { type ViewState } from '../../../src/shared/view-state';
import { openViewStore } from '../../../src/main/views/view-store';

const dir = process.argv[2];
const round = Number(process.argv[3] ?? 0);
if (!dir) throw new Error('usage: crash-child.ts <dir> <round>');

const store = openViewStore({ dir, appVersion: '1.0.0', log: () => {} });
const KEEP = 60;
const datasets = ['health-assessments', 'key-figures', 'timeline', 'border-management'];

for (let n = 1; ; n++) {
  const state: ViewState = {
    ...defaultViewState(datasets[n % datasets.length] ?? 'timeline'),
    search: `round ${round} save ${n}`,
  };
  const snap = store.save(`r${round}-n${n}`, state);
  process.stdout.write(`saved ${n}\n`);
  // Keep the file at a steady size (≈ KEEP views) so every round writes about as much.
  const oldest = snap.views[0];
  if (snap.views.length > KEEP && oldest) store.remove(oldest.id);
}
