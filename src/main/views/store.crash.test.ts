import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEntry } from './store-format';
import { STORE_FILE } from './load-store';
import { openViewStore } from './view-store';
import { isTempFileName } from './atomic-file';

/** Forced kills per run (the brief asks for 200), spread over parallel lanes, each with its own store. */
const KILLS = Number(process.env.CRASH_KILLS ?? 200);
const LANES = 4;

const childSource = resolve(import.meta.dirname, '../../../tests/support/main/crash-child.ts');
const work = mkdtempSync(join(tmpdir(), 'iom-crash-'));
const childBundle = join(work, 'crash-child.mjs');

beforeAll(() => {
  // The child is tests/support/main/crash-child.ts compiled by esbuild (what `node --import tsx` uses too) into one file
  // once: starting 200 children through the tsx loader would cost minutes of module loading.
  buildSync({
    entryPoints: [childSource],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: childBundle,
    logLevel: 'error',
  });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Kill = { confirmed: number; tempLeft: number };

/** Runs one child on `dir`, kills it with SIGKILL at a random moment after its first confirmed save. */
const killMidSave = (dir: string, round: number): Promise<Kill> =>
  new Promise((done, fail) => {
    const child = spawn(process.execPath, [childBundle, dir, String(round)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let confirmed = 0;
    let buffered = '';
    let stderr = '';
    let armed = false;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) confirmed = Math.max(confirmed, Number(/^saved (\d+)$/.exec(line)?.[1] ?? 0));
      if (!armed && confirmed > 0) {
        armed = true;
        // 0–25 ms into the save loop: most of the child's time is spent inside a save.
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 25);
      }
    });
    child.on('error', fail);
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') return fail(new Error(`child ended without being killed (${signal}): ${stderr}`));
      const tempLeft = readdirSync(dir).filter((n) => isTempFileName(n)).length;
      done({ confirmed, tempLeft });
    });
  });

const stats = { kills: 0, unreadable: 0, lostConfirmed: 0, tempLeft: 0, tempAfterRestart: 0, recoveredNotices: 0 };

describe('crash safety of the saved-views store', () => {
  it(`${KILLS} SIGKILLs in the middle of saves: 0 unreadable files, the last confirmed save survives, temp files cleaned at next start`, async () => {
    const started = Date.now();
    const lane = async (laneNo: number) => {
      const dir = mkdtempSync(join(work, `lane-${laneNo}-`));
      for (let round = laneNo; round < KILLS; round += LANES) {
        const { confirmed, tempLeft } = await killMidSave(dir, round);
        stats.kills++;
        stats.tempLeft += tempLeft;
        // 1. The file on disk is whole: JSON, and every entry a valid view.
        let names: string[] = [];
        try {
          const json = JSON.parse(readFileSync(join(dir, STORE_FILE), 'utf8')) as { views: unknown[] };
          names = json.views.map((raw, i) => {
            const entry = parseEntry(raw, i);
            if (!entry.ok) throw new Error(entry.problem);
            return entry.view.name;
          });
        } catch {
          stats.unreadable++;
        }
        // 2. The last save the child confirmed is in it.
        if (!names.includes(`r${round}-n${confirmed}`)) stats.lostConfirmed++;
        // 3. The next start needs no recovery and removes what the killed write left behind.
        const next = openViewStore({ dir, appVersion: '1.0.0', log: () => {} }).snapshot();
        if (next.notices.length > 0) stats.recoveredNotices++;
        stats.tempAfterRestart += readdirSync(dir).filter((n) => isTempFileName(n)).length;
      }
    };
    await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));
    console.log(`crash safety: ${JSON.stringify(stats)} in ${Date.now() - started} ms`);
    expect(stats).toEqual({
      kills: KILLS,
      unreadable: 0,
      lostConfirmed: 0,
      tempLeft: stats.tempLeft,
      tempAfterRestart: 0,
      recoveredNotices: 0,
    });
    // The kills must really land mid-write sometimes, or the test proves nothing about atomicity.
    expect(stats.tempLeft, 'no kill interrupted a write: the timing no longer hits saves').toBeGreaterThan(0);
  }, 600_000);
});
