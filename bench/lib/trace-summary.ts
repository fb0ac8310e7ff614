/**
 * Where a traced page load spends its CPU, read from a Chromium trace (JSON trace event format): the
 * page's renderer main thread between navigation start and a mark, split by cause, and the other
 * processes' CPU in the same window. Pure: `bench/trace.ts` records the trace and prints the table.
 */

/** One event of Chromium's JSON trace format (times in microseconds). */
export type TraceEvent = {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown>;
};

/** What a sampled JS frame's script is: its chunk file and, through a source map, the package. */
export type Attribute = (url: string, line: number, column: number) => string;

export type Cause = { cause: string; ms: number };
export type TraceSummary = {
  /** Navigation start → the mark, on the page's clock (ms). */
  windowMs: number;
  /** The renderer main thread's work in that window, by cause, biggest first. */
  main: Cause[];
  /** JS execution on the main thread, by package (from the sampling profiler), biggest first. */
  scripts: Cause[];
  /** Compilation on the main thread, by chunk. */
  compile: Cause[];
  /** Top-level tasks of the other processes' threads in the window (browser, GPU, other renderers). */
  elsewhere: Cause[];
};

const COMPILE = /^(v8\.compile|v8\.produceModuleCache|v8\.produceCache|v8\.deserializeScript|V8\.(Compile|Parse|PreParse))/;
const SCRIPT = /^(EvaluateScript|v8\.evaluateModule|FunctionCall|TimerFire|EventDispatch|FireAnimationFrame|RunMicrotasks|v8\.run|V8\.Execute|v8\.callFunction)$/;
const RENDERING = /^(UpdateLayoutTree|RecalculateStyles|Layout|PrePaint|Paint|Layerize|UpdateLayer|UpdateLayerTree|Commit|PaintImage|Decode Image|ImageDecodeTask|HitTest|ScheduleStyleRecalculation|IntersectionObserverController::computeIntersections)$/;
const GC = /^(MinorGC|MajorGC|V8\.GC|BlinkGC|ThreadState::|CppGC|v8\.gc|GCEvent)/;
const PARSING = /^(ParseHTML|ParseAuthorStyleSheet|ParseStyleSheet)$/;
const TOP_LEVEL = /^(RunTask|ThreadControllerImpl::RunTask|ThreadControllerImpl::DoWork|TaskQueueManager::ProcessTaskFromWorkQueue)$/;

const causeOf = (name: string): string | null =>
  COMPILE.test(name)
    ? 'parse and compile'
    : SCRIPT.test(name)
      ? 'script'
      : RENDERING.test(name)
        ? 'style, layout and paint'
        : GC.test(name)
          ? 'garbage collection'
          : PARSING.test(name)
            ? 'HTML and CSS parsing'
            : TOP_LEVEL.test(name)
              ? 'other work in tasks'
              : null;

const urlOf = (e: TraceEvent): string => {
  const a = e.args ?? {};
  const data = (a.data ?? a.beginData ?? {}) as Record<string, unknown>;
  return String(data.url ?? a.fileName ?? data.fileName ?? '');
};

const sorted = (m: Map<string, number>): Cause[] =>
  [...m].map(([cause, us]) => ({ cause, ms: Math.round(us / 100) / 10 })).filter((c) => c.ms > 0).sort((a, b) => b.ms - a.ms);
const add = (m: Map<string, number>, k: string, us: number) => m.set(k, (m.get(k) ?? 0) + us);

/** The renderer and its main thread that loaded `pageUrl` (its first request for it). */
const findPageThread = (events: readonly TraceEvent[], pageUrl: string): { pid: number; tid: number } | null => {
  const load = events.find((e) => (e.name === 'ResourceSendRequest' || e.name === 'ParseHTML') && urlOf(e) === pageUrl);
  return load ? { pid: load.pid, tid: load.tid } : null;
};

/** Self time of each complete event: its duration minus its children's (events on one thread nest). */
const selfTimes = (events: TraceEvent[], from: number, to: number, each: (e: TraceEvent, selfUs: number, ancestors: readonly TraceEvent[]) => void) => {
  const xs = events.filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts < to && e.ts + (e.dur ?? 0) > from).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const stack: { e: TraceEvent; end: number; child: number }[] = [];
  const clip = (e: TraceEvent) => Math.max(0, Math.min(e.ts + (e.dur ?? 0), to) - Math.max(e.ts, from));
  const pop = () => {
    const top = stack.pop()!;
    each(top.e, Math.max(0, clip(top.e) - top.child), stack.map((s) => s.e));
    const parent = stack.at(-1);
    if (parent) parent.child += clip(top.e);
  };
  for (const e of xs) {
    while (stack.length > 0 && stack.at(-1)!.end <= e.ts) pop();
    stack.push({ e, end: e.ts + (e.dur ?? 0), child: 0 });
  }
  while (stack.length > 0) pop();
};

type ProfileNode = { id: number; parent?: number; callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number } };

/** Sampled JS time of one thread in the window, by what `attribute` says each leaf frame belongs to. */
const sampledScripts = (events: readonly TraceEvent[], thread: { pid: number; tid: number }, from: number, to: number, attribute: Attribute): Map<string, number> => {
  const out = new Map<string, number>();
  const starts = new Map<string, number>();
  for (const e of events) if (e.name === 'Profile' && e.pid === thread.pid) starts.set(String(e.id), Number((e.args?.data as { startTime?: number })?.startTime ?? e.ts));
  const nodes = new Map<number, ProfileNode>();
  const clock = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== thread.pid) continue;
    const data = (e.args?.data ?? {}) as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const id = String(e.id);
    let t = clock.get(id) ?? starts.get(id) ?? e.ts;
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      t += deltas[i] ?? 0;
      const next = deltas[i + 1] ?? 0;
      if (t < from || t >= to || next <= 0) continue;
      const frame = nodes.get(samples[i]!)?.callFrame;
      if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)' || frame.functionName === '(garbage collector)') continue;
      add(out, frame.url ? attribute(frame.url, frame.lineNumber, frame.columnNumber) : `(native) ${frame.functionName || 'anonymous'}`, next);
    }
    clock.set(id, t);
  }
  return out;
};

/** The trace's name for each thread ("CrRendererMain", "CrBrowserMain", "VizCompositorThread"…). */
const threadNames = (events: readonly TraceEvent[]) => {
  const names = new Map<string, string>();
  const processes = new Map<number, string>();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    const name = String((e.args as { name?: string })?.name ?? '');
    if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, name);
    if (e.name === 'process_name') processes.set(e.pid, name);
  }
  return { thread: (pid: number, tid: number) => names.get(`${pid}:${tid}`) ?? `thread ${tid}`, process: (pid: number) => processes.get(pid) ?? `process ${pid}` };
};

/** The ts of the mark `name` on the page's thread (a user-timing event), or null. */
export const markTs = (events: readonly TraceEvent[], thread: { pid: number }, name: string): number | null =>
  events.find((e) => e.pid === thread.pid && e.name === name && (e.cat ?? '').includes('user_timing'))?.ts ?? null;

export const summarizeTrace = (events: readonly TraceEvent[], { pageUrl, mark, attribute }: { pageUrl: string; mark: string; attribute: Attribute }): TraceSummary => {
  const thread = findPageThread(events, pageUrl);
  if (!thread) throw new Error(`the trace holds no load of ${pageUrl}`);
  const from = events.find((e) => e.pid === thread.pid && e.name === 'navigationStart')?.ts ?? Math.min(...events.filter((e) => e.pid === thread.pid && e.ts > 0).map((e) => e.ts));
  const to = markTs(events, thread, mark);
  if (to === null) throw new Error(`the trace holds no "${mark}" mark`);
  const onMain = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid);
  const main = new Map<string, number>();
  const compile = new Map<string, number>();
  let scriptUs = 0;
  selfTimes(onMain, from, to, (e, self, ancestors) => {
    const cause = causeOf(e.name);
    if (cause === null) return;
    add(main, cause, self);
    if (cause === 'script') scriptUs += self;
    // A lazy compile names no script: it belongs to the script that was running when it was needed.
    const url = [e, ...ancestors.toReversed()].map(urlOf).find(Boolean);
    if (cause === 'parse and compile') add(compile, url?.split('/').pop() ?? '(no script named)', self);
  });
  // The profiler's samples share the script time out by package; scaled to what the thread's events say.
  const sampled = sampledScripts(events, thread, from, to, attribute);
  const sampledUs = [...sampled.values()].reduce((a, b) => a + b, 0);
  const scripts = new Map([...sampled].map(([k, us]) => [k, sampledUs > 0 ? (us / sampledUs) * scriptUs : 0]));
  const names = threadNames(events);
  const elsewhere = new Map<string, number>();
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if ((e.pid === thread.pid && e.tid === thread.tid) || e.ph !== 'X' || !TOP_LEVEL.test(e.name)) continue;
    const key = `${e.pid}:${e.tid}`;
    const list = byThread.get(key);
    if (list) list.push(e);
    else byThread.set(key, [e]);
  }
  for (const [key, list] of byThread) {
    const [pid, tid] = key.split(':').map(Number) as [number, number];
    const label = `${pid === thread.pid ? 'this renderer' : names.process(pid)}: ${names.thread(pid, tid)}`;
    // Top-level tasks only: a task's nested tasks are part of it.
    selfTimes(list, from, to, (_e, self) => add(elsewhere, label, self));
  }
  return { windowMs: Math.round((to - from) / 100) / 10, main: sorted(main), scripts: sorted(scripts), compile: sorted(compile), elsewhere: sorted(elsewhere) };
};
