// Where a filter change's and a search query's wall time goes: the views row's interactions on a seeded
// profile (bench/profile-views.ts seeds it), traced, and for each kind the mean per interaction of the main
// thread's work by what Chromium names it (script by function, style, layout, paint, the compositor commit,
// GC), the filter worker's busy time, and how long the main thread sat idle (waiting for the worker or
// the next frame).
//   npx tsx bench/trace-views.ts <seeded profile dir> <app dir> [rounds = 2] [out trace.json]
//   npx tsx bench/trace-views.ts --read <trace.json>   (the same report from a kept trace)

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { serveRenderer } from '../scripts/static-server';
import { profileAt } from './lib/browser';
import type { TraceEvent } from './lib/trace-events';
import { FILTERS, QUERIES } from './measure/views';

const [dir, app, rounds = '2', out] = process.argv.slice(2);
const kept = dir === '--read' ? app : undefined;
if (!kept && (!dir || !app || !existsSync(`${dir}/seeded`)))
  throw new Error('usage: trace-views.ts <seeded profile> <app> [rounds] [out] | --read <trace.json>');

/** One interaction as the views row times it, between two user-timing marks. */
function interact(page: Page, kind: 'search' | 'hash', value: string, frame: boolean, label: string) {
  return page.evaluate(
    async ({ kind, value, frame, label }) => {
      const total = document.querySelector('[data-testid="filter-total"]')!;
      const before = total.textContent;
      const changed = new Promise<boolean>((resolve) => {
        const observer = new MutationObserver(() => {
          if (total.textContent === before) return;
          observer.disconnect();
          resolve(true);
        });
        observer.observe(total, { characterData: true, childList: true, subtree: true });
        setTimeout(() => (observer.disconnect(), resolve(false)), 5_000);
      });
      performance.mark(`ix:${label}:start`);
      const started = performance.now();
      if (kind === 'search') {
        const input = document.querySelector<HTMLInputElement>('[data-testid="filter-search"]')!;
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      } else location.hash = value;
      await changed;
      performance.mark(`ix:${label}:counted`);
      if (frame) await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      performance.mark(`ix:${label}:end`);
      return performance.now() - started;
    },
    { kind, value, frame, label },
  );
}

const events: TraceEvent[] = kept
  ? (JSON.parse(readFileSync(kept, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents
  : [];
const walls = new Map<string, number[]>();
if (!kept) await traceInteractions();

async function traceInteractions() {
  const server = await serveRenderer({ port: 47_311, root: app! });
  try {
    const context = await profileAt(dir).launch();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}#/timeline`);
    await page.waitForFunction(() => (window.__earshotTimelineStats?.frames ?? 0) > 0, undefined, { timeout: 120_000 });
    // The index is built by the first query, before tracing (the row reports it apart).
    await interact(page, 'search', QUERIES[0]!, false, 'warm');
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="filter-total"]')!.textContent?.includes('…'),
    );
    await interact(page, 'search', '', false, 'warm2');
    await page.waitForTimeout(2000);
    const cdp = await context.newCDPSession(page);
    cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      traceConfig: {
        includedCategories: [
          'toplevel',
          'blink.user_timing',
          'devtools.timeline',
          'v8',
          'cc',
          'disabled-by-default-v8.cpu_profiler',
        ],
        enableThreadInstrumentation: true,
      },
      transferMode: 'ReportEvents',
    } as never);
    const record = (kind: string, ms: number) => walls.set(kind, [...(walls.get(kind) ?? []), ms]);
    for (let round = 0; round < Number(rounds); round++) {
      for (const [i, filter] of FILTERS.entries()) {
        record('filter', await interact(page, 'hash', `#/timeline?${filter}`, true, `filter:${round}.${i}`));
        record('unfilter', await interact(page, 'hash', '#/timeline', true, `unfilter:${round}.${i}`));
      }
      for (const [i, query] of QUERIES.entries()) {
        record('search', await interact(page, 'search', query, false, `search:${round}.${i}`));
        record('clear', await interact(page, 'search', '', false, `clear:${round}.${i}`));
      }
    }
    await cdp.send('Tracing.end');
    await complete;
    await context.close();
  } finally {
    await server.close();
  }
  if (out) writeFileSync(out, JSON.stringify({ traceEvents: events }));
}

const anyMark = events.find((e) => e.name.startsWith('ix:'));
if (!anyMark) throw new Error('no interaction marks in the trace');
const threadName = new Map(
  events
    .filter((e) => e.ph === 'M' && e.name === 'thread_name')
    .map((e) => [`${e.pid}:${e.tid}`, String(e.args?.name)]),
);
const main = (e: TraceEvent) => e.pid === anyMark.pid && e.tid === anyMark.tid;
const worker = (e: TraceEvent) =>
  e.pid === anyMark.pid && (threadName.get(`${e.pid}:${e.tid}`) ?? '').startsWith('DedicatedWorker');
const isTask = (e: TraceEvent) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
const mainTasks = events.filter((e) => main(e) && isTask(e)).sort((a, b) => a.ts - b.ts);
const workerTasks = events.filter((e) => worker(e) && isTask(e));
const mainEvents = events.filter((e) => main(e) && e.ph === 'X' && !isTask(e)).sort((a, b) => a.ts - b.ts);
const marks = new Map(events.filter((e) => e.name.startsWith('ix:')).map((e) => [e.name, e.ts]));

/** Events counted inclusively (a name nested in itself counts once): what the wall and CPU time went to. */
const NAMED = new Set([
  'EventDispatch',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'RunMicrotasks',
  'HandlePostMessage',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'ProxyMain::BeginMainFrame',
  'MinorGC',
  'MajorGC',
  'V8.GC_SCAVENGER',
  'V8.GC_MARK_COMPACTOR',
  'HitTest',
]);

/** The main thread's work inside [from, to), by named event (µs wall, µs CPU), and the worker's busy time. */
function breakdown(from: number, to: number) {
  const parts = new Map<string, [number, number]>();
  let busy = 0;
  let cpu = 0;
  for (const task of mainTasks) {
    const end = task.ts + (task.dur ?? 0);
    if (end <= from || task.ts >= to) continue;
    busy += Math.min(end, to) - Math.max(task.ts, from);
    cpu += task.tdur ?? 0;
    let lo = 0;
    let hi = mainEvents.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (mainEvents[mid]!.ts < task.ts) lo = mid + 1;
      else hi = mid;
    }
    const open = new Map<string, number>();
    for (let j = lo; j < mainEvents.length && mainEvents[j]!.ts < end; j++) {
      const e = mainEvents[j]!;
      if (!NAMED.has(e.name) || (open.get(e.name) ?? 0) > e.ts) continue;
      open.set(e.name, e.ts + (e.dur ?? 0));
      const d = e.args?.data ?? {};
      const what = e.name === 'EventDispatch' ? `:${String(d.type)}` : '';
      const name = `${e.name}${what}`;
      const [w, c] = parts.get(name) ?? [0, 0];
      parts.set(name, [w + (e.dur ?? 0), c + (e.tdur ?? 0)]);
    }
  }
  let workerBusy = 0;
  let workerCpu = 0;
  for (const task of workerTasks) {
    const end = task.ts + (task.dur ?? 0);
    if (end <= from || task.ts >= to) continue;
    workerBusy += Math.min(end, to) - Math.max(task.ts, from);
    workerCpu += task.tdur ?? 0;
  }
  return { parts, busy, cpu, workerBusy, workerCpu, wall: to - from };
}

// The sampling profiler's chunks on the main thread: each sample's stack, by time, to sum per interaction.
interface CpuNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber?: number };
}
type ProfileEvent = TraceEvent & {
  args?: {
    data?: { cpuProfile?: { nodes?: CpuNode[]; samples?: number[] }; timeDeltas?: number[]; startTime?: number };
  };
};
const profileIds = new Set(events.filter((e) => e.name === 'Profile' && main(e)).map((e) => e.id));
const nodes = new Map<number, { name: string; parent?: number }>();
const samples: { ts: number; node: number }[] = [];
let at = (events.find((e) => e.name === 'Profile' && profileIds.has(e.id)) as ProfileEvent | undefined)?.args?.data
  ?.startTime;
for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && profileIds.has(e.id)) as ProfileEvent[]) {
  const data = chunk.args?.data;
  for (const node of data?.cpuProfile?.nodes ?? []) {
    const f = node.callFrame;
    const name = `${f.functionName || '(anon)'} ${(f.url ?? '').split('/').pop()}:${f.lineNumber ?? ''}`;
    nodes.set(node.id, { name, parent: node.parent });
  }
  const deltas = data?.timeDeltas ?? [];
  (data?.cpuProfile?.samples ?? []).forEach((node, i) => {
    at = (at ?? 0) + (deltas[i] ?? 0);
    samples.push({ ts: at, node });
  });
}
samples.sort((a, b) => a.ts - b.ts);

/** Sampled time (µs) by function, inclusive, inside [from, to). */
function sampled(from: number, to: number, into: Map<string, number>) {
  for (let i = 0; i < samples.length; i++) {
    const { ts, node } = samples[i]!;
    if (ts < from || ts >= to) continue;
    const step = (samples[i + 1]?.ts ?? ts) - ts;
    const seen = new Set<string>();
    for (let id: number | undefined = node; id !== undefined; id = nodes.get(id)?.parent) {
      const name = nodes.get(id)?.name ?? String(id);
      if (name.startsWith('(idle)') || seen.has(name)) break;
      seen.add(name);
      into.set(name, (into.get(name) ?? 0) + step);
    }
  }
}

const ms = (us: number) => (us / 1000).toFixed(1);
for (const kind of ['filter', 'unfilter', 'search', 'clear']) {
  const labels = [...marks.keys()].filter((k) => k.startsWith(`ix:${kind}:`) && k.endsWith(':start'));
  const sum = new Map<string, [number, number]>();
  const functions = new Map<string, number>();
  let busy = 0;
  let cpu = 0;
  let workerBusy = 0;
  let workerCpu = 0;
  let wall = 0;
  let counted = 0;
  for (const start of labels) {
    const base = start.slice(0, -':start'.length);
    const from = marks.get(start)!;
    const to = marks.get(`${base}:end`)!;
    counted += marks.get(`${base}:counted`)! - from;
    const b = breakdown(from, to);
    sampled(from, to, functions);
    busy += b.busy;
    cpu += b.cpu;
    workerBusy += b.workerBusy;
    workerCpu += b.workerCpu;
    wall += b.wall;
    for (const [k, [w, c]] of b.parts) {
      const [sw, sc] = sum.get(k) ?? [0, 0];
      sum.set(k, [sw + w, sc + c]);
    }
  }
  const n = labels.length;
  const w = walls.get(kind) ?? [];
  console.log(
    `\n${kind}: ${n} interactions; page-measured mean ${w.length ? (w.reduce((a, b) => a + b, 0) / w.length).toFixed(1) : '–'} ms; ` +
      `traced mean ${ms(wall / n)} ms (to the count ${ms(counted / n)}): main thread busy ${ms(busy / n)} (CPU ${ms(cpu / n)}), ` +
      `idle ${ms((wall - busy) / n)}; filter worker busy ${ms(workerBusy / n)} (CPU ${ms(workerCpu / n)})`,
  );
  console.log('  wall ms   CPU ms  (inclusive)');
  for (const [k, [w, c]] of [...sum].sort((a, b) => b[1][1] - a[1][1]).slice(0, 16))
    console.log(`  ${ms(w / n).padStart(7)}  ${ms(c / n).padStart(7)}  ${k}`);
  console.log('  sampled ms (inclusive), by function');
  for (const [k, v] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 30)))
    console.log(`  ${ms(v / n).padStart(7)}  ${k}`);
}
