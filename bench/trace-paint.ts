// Where a cold start's time to the timeline's first paint goes: one traced cold start of a build on a seeded
// profile (bench/profile-views.ts seeds it), the renderer main thread's tasks until the first-paint mark with
// their wall and CPU time and the script, parse and style work inside them, the gaps the thread waited (for
// the network stack, IndexedDB, a core), and the sampled functions with the most self time.
//   npx tsx bench/trace-paint.ts <seeded profile dir> <app dir> [out trace.json]

import { existsSync, writeFileSync } from 'node:fs';
import { serveRenderer } from '../scripts/static-server';
import { profileAt } from './lib/browser';
import type { TraceEvent } from './lib/trace-events';

type ProfileEvent = TraceEvent & {
  args?: { data?: { cpuProfile?: CpuChunk; timeDeltas?: number[]; startTime?: number } };
};
interface CpuChunk {
  nodes?: { id: number; parent?: number; callFrame: { functionName: string; url: string; lineNumber?: number } }[];
  samples?: number[];
}

const [dir, app, out] = process.argv.slice(2);
if (!dir || !app || !existsSync(`${dir}/seeded`)) throw new Error('usage: trace-paint.ts <seeded profile> <app> [out]');
const server = await serveRenderer({ port: 47_311, root: app });
const events: TraceEvent[] = [];
try {
  const context = await profileAt(dir).launch();
  const page = context.pages()[0] ?? (await context.newPage());
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
        'v8.execute',
        'loading',
        'disabled-by-default-v8.cpu_profiler',
      ],
      enableThreadInstrumentation: true,
    },
    transferMode: 'ReportEvents',
  } as never);
  await page.goto(`${server.url}#/timeline`);
  await page.waitForFunction(() => performance.getEntriesByName('earshot:timeline-first-paint').length > 0, undefined, {
    timeout: 120_000,
  });
  await cdp.send('Tracing.end');
  await complete;
  await context.close();
} finally {
  await server.close();
}
if (out) writeFileSync(out, JSON.stringify({ traceEvents: events }));

const mark = events.find((e) => e.name === 'earshot:timeline-first-paint');
if (!mark) throw new Error('no first-paint mark in the trace');
const thread = (e: TraceEvent) => e.pid === mark.pid && e.tid === mark.tid;
const nav = events.find((e) => thread(e) && e.name === 'navigationStart') ?? events.find((e) => thread(e));
const t0 = nav!.ts;
const ms = (us: number) => (us / 1000).toFixed(1);
const mine = events.filter((e) => thread(e) && e.ph === 'X' && e.ts >= t0 && e.ts <= mark.ts);
const tasks = mine.filter((e) => e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
console.log(
  `first-paint mark at ${ms(mark.ts - t0)} ms after navigation start; thread CPU at the mark ${ms(mark.tts ?? 0)}`,
);
let cpu = 0;
let end = t0;
let idle = 0;
for (const task of tasks) {
  cpu += task.tdur ?? 0;
  if (task.ts > end) idle += task.ts - end;
  const gap = task.ts - end;
  end = Math.max(end, task.ts + (task.dur ?? 0));
  if ((task.dur ?? 0) < 2000) continue;
  const inside = mine
    .filter((e) => e !== task && e.name !== 'ThreadControllerImpl::RunTask' && e.ts >= task.ts)
    .filter((e) => e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0) && (e.dur ?? 0) > 1000)
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, 5)
    .map((e) => {
      const d = e.args?.data ?? {};
      const where = [d.functionName, d.url ? String(d.url).split('/').pop() : '', d.type].filter(Boolean).join(':');
      return `${e.name}${where ? `(${where})` : ''} ${ms(e.dur ?? 0)}`;
    });
  console.log(
    `  +${ms(task.ts - t0).padStart(6)} ms (gap ${ms(gap).padStart(5)}): wall ${ms(task.dur ?? 0).padStart(6)}, CPU ${ms(task.tdur ?? 0).padStart(6)} — ${inside.join('; ')}`,
  );
}
console.log(`tasks ${tasks.length}, CPU in them ${ms(cpu)} ms, thread idle between them ${ms(idle)} ms`);

// The sampling profiler's chunks on this thread: self samples by function until the mark.
const profileIds = new Set(
  events.filter((e) => e.name === 'Profile' && e.pid === mark.pid && e.tid === mark.tid).map((e) => e.id),
);
const nodes = new Map<number, { name: string }>();
const self = new Map<string, number>();
let samples = 0;
let at = events.find((e) => e.name === 'Profile' && profileIds.has(e.id))?.args?.data?.startTime as number | undefined;
for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && profileIds.has(e.id)) as ProfileEvent[]) {
  const data = chunk.args?.data;
  for (const node of data?.cpuProfile?.nodes ?? []) {
    const f = node.callFrame;
    nodes.set(node.id, {
      name: `${f.functionName || '(anon)'} ${(f.url ?? '').split('/').pop()}:${f.lineNumber ?? ''}`,
    });
  }
  const deltas = data?.timeDeltas ?? [];
  (data?.cpuProfile?.samples ?? []).forEach((id, i) => {
    at = (at ?? 0) + (deltas[i] ?? 0);
    if (at > mark.ts) return;
    const name = nodes.get(id)?.name ?? String(id);
    self.set(name, (self.get(name) ?? 0) + 1);
    samples++;
  });
}
console.log(`${samples} samples until the mark; most self samples:`);
for (const [name, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`  ${String(n).padStart(5)}  ${name}`);
