/**
 * Test helper run as a child process by crash-safety.test.ts: saves views in a tight loop until it
 * is killed, so the kill lands in the middle of a write.
 */
import { defaultViewState } from '../../shared/view-state';
import { openViewStore } from './view-store';

const dir = process.argv[2];
if (!dir) throw new Error('usage: test-crash-writer <dir>');
const store = openViewStore({ dir, appVersion: 'crash-test', log: () => {} });
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  store.save(`View ${i} ${'x'.repeat(i % 50)}`, { ...defaultViewState('ds'), search: String(i) });
  if (store.snapshot().views.length > 40) for (const v of store.snapshot().views.slice(0, 20)) store.remove(v.id);
}
