import { describe, expect, it } from 'vitest';
import { ownerOf } from '../../bench/lib/attribution';
import { summarizeTrace, type TraceEvent } from '../../bench/lib/trace-summary';

const PAGE = 'http://app.test/index.html';
const R = { pid: 7, tid: 1 };
const x = (name: string, ts: number, dur: number, args: Record<string, unknown> = {}, at = R): TraceEvent => ({ name, ph: 'X', ts, dur, ...at, args });
const frame = (url: string, functionName = 'f') => ({ url, functionName, lineNumber: 0, columnNumber: 0 });

/** 0 ms navigation, 100 ms the mark; times in µs. */
const trace = (): TraceEvent[] => [
  { name: 'thread_name', ph: 'M', ts: 0, ...R, args: { name: 'CrRendererMain' } },
  { name: 'process_name', ph: 'M', ts: 0, pid: 1, tid: 0, args: { name: 'Browser' } },
  { name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: 2, args: { name: 'CrBrowserMain' } },
  { name: 'navigationStart', cat: 'blink.user_timing', ph: 'R', ts: 1_000, ...R },
  { name: 'ResourceSendRequest', ph: 'I', ts: 1_100, ...R, args: { data: { url: PAGE, requestId: '1' } } },
  x('RunTask', 2_000, 40_000),
  x('EvaluateScript', 3_000, 30_000, { data: { url: 'http://app.test/assets/index-1.js' } }),
  // A lazy compile inside that script: 5 ms of compile, taken out of the script's 30 ms.
  x('V8.CompileCode', 10_000, 5_000),
  x('v8.compileModule', 50_000, 4_000, { data: { url: 'http://app.test/assets/ChartPanel-2.js' } }),
  x('Layout', 60_000, 6_000),
  // After the mark: not counted.
  x('Layout', 120_000, 50_000),
  { name: 'first-chart-interactive', cat: 'blink.user_timing', ph: 'R', ts: 101_000, ...R },
  x('RunTask', 20_000, 10_000, {}, { pid: 1, tid: 2 }),
  x('RunTask', 22_000, 2_000, {}, { pid: 1, tid: 2 }),
  { name: 'Profile', ph: 'P', ts: 0, ...R, id: '0x1', args: { data: { startTime: 0 } } },
  {
    name: 'ProfileChunk',
    ph: 'P',
    ts: 0,
    ...R,
    id: '0x1',
    args: {
      data: {
        cpuProfile: {
          nodes: [
            { id: 1, callFrame: frame('http://app.test/assets/index-1.js', 'render') },
            { id: 2, callFrame: frame('http://app.test/assets/ChartPanel-2.js', 'draw') },
            { id: 3, callFrame: frame('', '(idle)') },
          ],
          samples: [1, 1, 1, 2, 3, 1],
        },
        timeDeltas: [5_000, 5_000, 5_000, 5_000, 5_000, 500_000],
      },
    },
  },
];

const attribute = (url: string) => (url.includes('index') ? 'react-dom (render, commit, hooks)' : 'recharts');

describe('trace summary', () => {
  it('splits the main thread between navigation and the mark by cause, self time only', () => {
    const s = summarizeTrace(trace(), { pageUrl: PAGE, mark: 'first-chart-interactive', attribute });
    expect(s.windowMs).toBe(100);
    expect(s.main).toEqual([
      { cause: 'script', ms: 25 },
      // The task's 40 ms less the 30 ms script inside it.
      { cause: 'other work in tasks', ms: 10 },
      { cause: 'parse and compile', ms: 9 },
      { cause: 'style, layout and paint', ms: 6 },
    ]);
  });

  it('gives a lazy compile to the script that needed it, and a module compile to its chunk', () => {
    const s = summarizeTrace(trace(), { pageUrl: PAGE, mark: 'first-chart-interactive', attribute });
    expect(s.compile).toEqual([
      { cause: 'index-1.js', ms: 5 },
      { cause: 'ChartPanel-2.js', ms: 4 },
    ]);
  });

  it('shares script time out by the sampled packages (idle samples and samples after the mark left out)', () => {
    const s = summarizeTrace(trace(), { pageUrl: PAGE, mark: 'first-chart-interactive', attribute });
    // Samples at 5, 10, 15 ms (index) and 20 ms (ChartPanel): 3 : 1 of the 25 ms of script.
    expect(s.scripts).toEqual([
      { cause: 'react-dom (render, commit, hooks)', ms: 18.8 },
      { cause: 'recharts', ms: 6.3 },
    ]);
  });

  it("counts other processes' top-level tasks once, nested tasks inside them", () => {
    const s = summarizeTrace(trace(), { pageUrl: PAGE, mark: 'first-chart-interactive', attribute });
    expect(s.elsewhere).toEqual([{ cause: 'Browser: CrBrowserMain', ms: 10 }]);
  });

  it('says plainly when the trace does not hold the load or the mark', () => {
    expect(() => summarizeTrace(trace(), { pageUrl: 'http://other/', mark: 'first-chart-interactive', attribute })).toThrow(/no load of/);
    expect(() => summarizeTrace(trace(), { pageUrl: PAGE, mark: 'never', attribute })).toThrow(/no "never" mark/);
  });
});

describe('who owns a source file', () => {
  it('names packages, groups the ones that do one job, and names our features', () => {
    expect(ownerOf('../../node_modules/react-dom/cjs/react-dom-client.production.js')).toBe('react-dom (render, commit, hooks)');
    expect(ownerOf('../../node_modules/d3-scale/src/linear.js')).toBe('d3');
    expect(ownerOf('../../node_modules/@tanstack/virtual-core/dist/index.js')).toBe('@tanstack/virtual-core');
    expect(ownerOf('../../src/renderer/src/features/chart/ChartPanel.tsx')).toBe('app: chart');
    expect(ownerOf('../../src/shared/view/rows.ts')).toBe('app: shared');
  });
});
