// Where the CPU of "time to complete numbers" goes, per Chromium thread: imports the benchmark household in a
// built app (on-disk profile, as the bench), waits until the overview's numbers are final, and prints (1) the
// import worker's and the library worker's progress events with their arrival time and (2) the CPU time
// (/proc, user + system) of every thread of every Chromium process, grouped by process type and thread name,
// during the import and during the pass after it. On a shared 2-core VM the wall clock moves with the other
// engineers' load; these CPU figures barely do, and show which thread holds the critical path.
//   [PROFILE_REIMPORT=1] [PROFILE_ENCRYPT=1] npx tsx bench/profile-complete.ts <household dir> <app dir> [runs = 1]
// With PROFILE_REIMPORT the files are imported once before, unmeasured: the measured import finds every
// recording in the library already (what a household's next export is, mostly). With PROFILE_ENCRYPT
// encryption at rest is turned on in Settings first (the bench's encryption row; its archive is
// `$TMPDIR/earshot-bench/archive-1`). With PROFILE_TRACE=<file> the import is traced with V8's sampling
// profiler, its samples written there, and the busiest threads' JavaScript listed by function.

import { readdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { passState, profileAt } from './lib/browser';
import { chromiumProcesses, read, TICK_MS } from './lib/thread-cpu';
import { describeFunctions, sampledFunctions } from './lib/sampled-functions';
import type { TraceEvent } from './lib/trace-events';
import { serveRenderer } from '../scripts/static-server';

const PASSPHRASE = 'bench passphrase, long enough';
const [archive, appRoot, runsArg = '1'] = process.argv.slice(2);
if (!archive || !appRoot) throw new Error('usage: profile-complete.ts <household dir> <app dir> [runs]');
const files = readdirSync(archive)
  .filter((f) => !f.endsWith('.json'))
  .map((f) => resolve(archive, f));

/** CPU ms by "pid/tid" with its group name "process type / thread name". */
function sample(procs: Map<number, string>): Map<string, { group: string; cpuMs: number }> {
  const out = new Map<string, { group: string; cpuMs: number }>();
  for (const [pid, type] of procs) {
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      const stat = read(`/proc/${pid}/task/${tid}/stat`);
      if (!stat) continue;
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // Workers one by one (the import worker, each pool worker, the library worker), by thread id.
      out.set(`${pid}/${tid}`, {
        group: comm.startsWith('DedicatedWorker') ? `${type} / worker ${tid}` : `${type} / ${comm}`,
        cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS,
      });
    }
  }
  return out;
}

/** A worker's message or an `earshot:` performance mark, as the page recorded it. */
interface WorkerEvent {
  at: number;
  name: string;
  type: string;
  phase?: string;
  done?: number;
  writeMs?: number;
}

const PAGE_SCRIPT = `
  window.__events = [];
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url, options) {
      super(url, options);
      const name = options && options.name;
      if (name === 'earshot-import' || name === 'earshot-library')
        this.addEventListener('message', (event) => {
          const d = event.data || {};
          const p = d.progress;
          window.__events.push({ at: performance.now(), name, type: d.type,
            phase: p ? p.phase : d.phase, done: p ? p.processed : d.done, writeMs: p ? p.writeMs : undefined });
        });
    }
  };
`;

const server = await serveRenderer({ port: 0, root: appRoot });
for (let run = 0; run < Number(runsArg); run++) {
  const dir = mkdtempSync(join(tmpdir(), 'earshot-pc-'));
  const context = await profileAt(dir).launch();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(PAGE_SCRIPT);
    if (process.env.PROFILE_ENCRYPT) {
      await page.goto(`${server.url}#/settings`);
      await page.getByTestId('encryption-new').fill(PASSPHRASE);
      await page.getByTestId('encryption-repeat').fill(PASSPHRASE);
      await page.getByTestId('encryption-on').click();
      await page.getByTestId('encryption-lock').waitFor({ timeout: 120_000 });
    }
    await page.goto(`${server.url}#/import`);
    await page.getByTestId('import-files-input').waitFor({ state: 'attached' });
    if (process.env.PROFILE_REIMPORT) {
      // Measure a re-import instead: the same files once before, unmeasured, until their pass has finished.
      await page.getByTestId('import-files-input').setInputFiles(files);
      await page.getByTestId('import-result').waitFor({ timeout: 600_000 });
      // The pass that started after the import's end has finished (or was found current at once).
      await page.waitForFunction(
        () => {
          // (No named function in here: tsx would wrap it in a helper the page does not have.)
          const [passStart, importEnd, passEnd] = [
            'earshot:library-start',
            'earshot:import-done',
            'earshot:library-done',
          ].map((name) => performance.getEntriesByName(name).at(-1)?.startTime ?? -1);
          return passStart! > importEnd! && passEnd! > passStart!;
        },
        undefined,
        { timeout: 600_000, polling: 100 },
      );
      await page.reload();
      await page.getByTestId('import-files-input').waitFor({ state: 'attached' });
    }
    const traceTo = process.env.PROFILE_TRACE;
    const cdp = traceTo ? await context.newCDPSession(page) : undefined;
    const traced: TraceEvent[] = [];
    if (cdp) {
      cdp.on('Tracing.dataCollected', (data) => traced.push(...(data.value as unknown as TraceEvent[])));
      await cdp.send('Tracing.start', {
        traceConfig: {
          includedCategories: ['disabled-by-default-v8.cpu_profiler'],
          enableThreadInstrumentation: true,
        },
        transferMode: 'ReportEvents',
      } as never);
    }
    const procs = chromiumProcesses(dir);
    const history: { at: number; threads: Map<string, { group: string; cpuMs: number }> }[] = [];
    const take = () => {
      for (const [pid, type] of chromiumProcesses(dir)) procs.set(pid, type);
      history.push({ at: Date.now(), threads: sample(procs) });
    };
    take();
    const timer = setInterval(take, 100);
    const t0 = await page.evaluate(() => performance.now());
    const started = Date.now();
    const load0 = read('/proc/loadavg')!.split(' ').slice(0, 3).join(' ');
    await page.getByTestId('import-files-input').setInputFiles(files);
    await page.getByTestId('import-result').or(page.getByTestId('import-error')).waitFor({ timeout: 600_000 });
    const importMs = Date.now() - started;
    take();
    if (cdp) {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      // Only the profiler's events are kept (the whole trace of an import is larger than a JS string).
      const kept = traced.filter((e) => e.name === 'Profile' || e.name === 'ProfileChunk' || e.ph === 'M');
      writeFileSync(traceTo!, JSON.stringify({ traceEvents: kept }));
      console.log(describeFunctions(sampledFunctions(traced)).join('\n'));
    }
    const importIndex = history.length - 1;
    await page.evaluate(() => (location.hash = '#/library'));
    await page.getByTestId('overview').waitFor({ timeout: 60_000 });
    for (;;) {
      // A pass that started after the import's end and has finished (the app's check ends at once when the
      // commit wrote the pass's result, possibly before this script saw the result).
      const state = await passState(page);
      if (state.done && !state.running && state.pending === 0) break;
      await page.waitForTimeout(50);
    }
    const completeMs = Date.now() - started;
    take();
    clearInterval(timer);
    const events: WorkerEvent[] = await page.evaluate(() =>
      [
        ...(window as unknown as { __events: WorkerEvent[] }).__events,
        ...performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('earshot:'))
          .map((m) => ({ at: m.startTime, name: m.name, type: 'mark' })),
      ].sort((a, b) => a.at - b.at),
    );
    console.log(
      `run ${run + 1}: import ${(importMs / 1000).toFixed(1)} s, complete ${(completeMs / 1000).toFixed(1)} s (load ${load0} → ${read('/proc/loadavg')!.split(' ').slice(0, 3).join(' ')})`,
    );
    // Per audio batch: time since the previous report, and of it the time the batch's writes took.
    const batches = events.filter((e) => e.name === 'earshot-import' && e.writeMs !== undefined);
    console.log(
      `  batches (Δ report / Δ writes, ms): ${batches
        .slice(1)
        .map((e, i) => `${Math.round(e.at - batches[i]!.at)}/${Math.round(e.writeMs! - batches[i]!.writeMs!)}`)
        .join(' ')}`,
    );
    let last = '';
    for (const e of events) {
      const key = `${e.name} ${e.type} ${e.phase ?? ''}`;
      if (key === last && e.type === 'progress') continue;
      last = key;
      console.log(`  ${((e.at - t0) / 1000).toFixed(2).padStart(6)} s  ${key}`);
    }
    // CPU per group between two samples: threads that ended in between count as last seen.
    const cpuBetween = (from: number, to: number) => {
      const seen = new Map<string, { group: string; first: number; last: number }>();
      for (let i = from; i <= to; i++)
        for (const [id, t] of history[i]!.threads) {
          const known = seen.get(id);
          if (known) known.last = t.cpuMs;
          else seen.set(id, { group: t.group, first: i === from ? t.cpuMs : 0, last: t.cpuMs });
        }
      const groups = new Map<string, number>();
      for (const t of seen.values()) groups.set(t.group, (groups.get(t.group) ?? 0) + t.last - t.first);
      return [...groups].filter(([, ms]) => ms >= 50).sort((a, b) => b[1] - a[1]);
    };
    // The import's phases as the worker reported them (reading, parsing, audio, committing), by the sample
    // nearest each phase's first report: which thread each phase's CPU went to.
    const phases: [string, number][] = [];
    for (const e of events)
      if (e.name === 'earshot-import' && e.phase && e.phase !== phases.at(-1)?.[0])
        phases.push([e.phase, started + e.at - t0]);
    const sampleAt = (ms: number) => {
      const i = history.findIndex((h) => h.at >= ms);
      return i < 0 ? importIndex : Math.min(i, importIndex);
    };
    const spans: [string, number, number, number][] = phases.map(([phase, at], i) => {
      const end = phases[i + 1]?.[1] ?? started + importMs;
      return [`phase ${phase}`, sampleAt(at), sampleAt(end), end - at];
    });
    for (const [label, from, to, wall] of [
      ...spans,
      ['import', 0, importIndex, importMs],
      ['after the import', importIndex, history.length - 1, completeMs - importMs],
    ] as const) {
      const groups = cpuBetween(from, to);
      const total = groups.reduce((s, [, ms]) => s + ms, 0);
      console.log(
        `  CPU during ${label} (${(wall / 1000).toFixed(1)} s wall): ${(total / 1000).toFixed(1)} s in all threads`,
      );
      for (const [group, ms] of groups) console.log(`    ${(ms / 1000).toFixed(2).padStart(6)} s  ${group}`);
    }
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
await server.close();
