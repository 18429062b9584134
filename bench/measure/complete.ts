// Time to complete numbers: from handing the files to the Import screen until every count on the overview is
// final (the import, then the library worker's voice analysis and pass), with the Long Tasks API watching
// the main thread the whole time. Baseline in the same run: the baseline page's zip.js read + IndexedDB
// write of the same bytes, plus decoding every recording once with the app's decoder.

import type { Page } from 'playwright-core';
import { newProfile, passState, type Servers } from '../lib/browser';
import type { BaselineRun } from '../pages/baseline';
import { workerCpuSampler } from '../lib/thread-cpu';
import { traceMainThreadTasks, type TaskTimes } from '../lib/task-trace';

export interface CompleteRun {
  /** Files chosen → import result shown. */
  importMs: number;
  /** Files chosen → library pass done and the overview shows no number as still being computed. */
  completeMs: number;
  /** Longest main-thread task and tasks over 50 ms between choosing the files and complete. */
  longestTaskMs: number;
  tasksOver50: number;
  /** The same span's main-thread tasks from a trace, by wall and by thread CPU time (load-independent). */
  taskTimes: TaskTimes;
  /** Whether a "still being computed" marker was seen on the overview before the numbers were final. */
  sawPending: boolean;
  counts: string;
  /** The import worker's progress reports as the page received them. */
  trace: TracePoint[];
  /** From the library worker's done event: the voice-analysis pool's work. */
  voiceAnalysis: { clips: number; audioSeconds: number; busyMs: number; wallMs: number; workers: number } | null;
  /**
   * CPU time the voice workers' threads got (from /proc; null where that cannot be read): what "per core"
   * means. Their wall time (busyMs) also counts waiting for a core on a loaded machine.
   */
  voiceCpu: { threads: number; cpuMs: number } | null;
}

/**
 * Collects long tasks from page start, and the import worker's progress messages with their arrival time
 * (the trace the remaining-time estimate is judged on), without changing the app.
 */
const PAGE_SCRIPT = `
  window.__earshotLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__earshotLongTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  window.__earshotImportTrace = [];
  window.__earshotImportDoneAt = 0;
  const epoch = () => performance.timeOrigin + performance.now();
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url, options) {
      super(url, options);
      if (options && options.name === 'earshot-import')
        this.addEventListener('message', (event) => {
          const data = event.data;
          if (data && (data.type === 'progress' || data.type === 'done')) {
            const p = data.progress;
            window.__earshotImportTrace.push(
              p
                ? {
                    at: performance.now(),
                    phase: p.phase,
                    done: p.files.reduce((sum, f) => sum + f.done, 0),
                    total: p.files.reduce((sum, f) => sum + f.total, 0),
                    remainingMs: p.remainingMs ?? null,
                    writeMs: p.writeMs ?? null,
                    rowWriteMs: p.rowWriteMs ?? null,
                  }
                : { at: performance.now(), phase: 'done', done: 0, total: 0, remainingMs: 0 },
            );
            if (data.type === 'done') {
              window.__earshotImportDoneAt = epoch();
              window.__earshotImportAnalysis = data.summary && data.summary.audioAnalysis;
            }
          }
        });
    }
  };
`;

export interface TracePoint {
  at: number;
  phase: string;
  done: number;
  total: number;
  remainingMs: number | null;
  /** Of the audio phase so far, the time the import spent writing its batches (staging). */
  writeMs?: number | null;
  /** Of `writeMs`, the share the import counts as writing rows (the commit writes them again), not audio. */
  rowWriteMs?: number | null;
}

/**
 * How far the shown remaining time was from the truth (time until the import's result), over the reports
 * after the first 10 % of the audio work: the worst relative error, and how many reports gave no estimate.
 */
export function estimateErrors(trace: readonly TracePoint[]): {
  worst: number;
  reports: number;
  withoutEstimate: number;
} {
  const end = trace.find((p) => p.phase === 'done')?.at;
  let worst = 0;
  let reports = 0;
  let withoutEstimate = 0;
  if (end === undefined) return { worst: NaN, reports, withoutEstimate };
  for (const p of trace) {
    if (p.phase !== 'audio' || p.total === 0 || p.done / p.total < 0.1) continue;
    reports++;
    const actual = end - p.at;
    if (p.remainingMs === null) withoutEstimate++;
    else if (actual > 1000) worst = Math.max(worst, Math.abs(p.remainingMs / actual - 1));
  }
  return { worst, reports, withoutEstimate };
}

export async function longTasksSince(page: Page, from: number): Promise<number[]> {
  return page.evaluate((skip) => (window.__earshotLongTasks ?? []).slice(skip), from);
}

async function run(page: Page, url: string, files: string[], profileDir: string): Promise<CompleteRun> {
  await page.addInitScript(PAGE_SCRIPT);
  await page.goto(`${url}#/import`);
  await page.getByTestId('import-files-input').waitFor({ state: 'attached' });
  const before = (await longTasksSince(page, 0)).length;
  const sampler = process.platform === 'linux' ? workerCpuSampler(profileDir) : undefined;
  const trace = await traceMainThreadTasks(page);
  const started = Date.now();
  await page.getByTestId('import-files-input').setInputFiles(files);
  await page
    .getByTestId('import-result')
    .or(page.getByTestId('import-error'))
    .waitFor({ timeout: 40 * 60_000 });
  const importMs = Date.now() - started;
  if (await page.getByTestId('import-error').isVisible())
    throw new Error(`import failed: ${await page.getByTestId('import-error').innerText()}`);
  const counts = (await page.getByTestId('import-result-counts').innerText()).replace(/\s+/g, ' ');
  // Where a user goes next: the overview, whose numbers must end up final.
  await page.evaluate(() => (location.hash = '#/library'));
  await page.getByTestId('overview').waitFor({ timeout: 60_000 });
  let sawPending = false;
  for (;;) {
    // A pass may already run during the import (the start-up check sees staged rows); only one that started
    // after the import's end (its 'earshot:import-done' mark) and has finished, with none running any more, has
    // seen the whole import. (When the commit wrote the pass's result, the app's check for a pass ends at once,
    // possibly before this script saw the result.)
    const state = await passState(page);
    if (state.pending) sawPending = true;
    if (state.done && !state.running && state.pending === 0) break;
    if (Date.now() - started > 40 * 60_000) throw new Error('numbers never became final');
    await page.waitForTimeout(50);
  }
  const completeMs = Date.now() - started;
  const taskTimes = await trace.stop(50);
  const passAnalysis = await page.evaluate(() => {
    const marks = performance.getEntriesByName('earshot:library-done') as PerformanceMark[];
    const detail = marks.at(-1)?.detail as { voiceAnalysis?: CompleteRun['voiceAnalysis'] } | undefined;
    return detail?.voiceAnalysis ?? null;
  });
  // The import's own analysis pool (the recordings analysed while the import reads them), when the pass after
  // it had nothing left to analyse.
  const importAnalysis = await page.evaluate(
    () => (window as unknown as { __earshotImportAnalysis?: CompleteRun['voiceAnalysis'] }).__earshotImportAnalysis,
  );
  const duringImport = !passAnalysis?.clips && !!importAnalysis?.clips;
  const voiceAnalysis = duringImport ? importAnalysis! : passAnalysis;
  let voiceCpu: CompleteRun['voiceCpu'] = null;
  if (sampler && voiceAnalysis) {
    const importDone = await page.evaluate(
      () => (window as unknown as { __earshotImportDoneAt: number }).__earshotImportDoneAt,
    );
    // During the import: the threads born while it ran that have ended — the import worker first, then the
    // pool it spawned (terminated when the import ends). After it: the threads started after the import that
    // have ended — the voice pool's workers first, the library worker that spawned them when its pass is done.
    // (The import worker may still be alive — the import screen keeps it until it unmounts — and then the ended
    // threads of the window are the pool's alone.)
    const bornDuring = duringImport ? sampler.endedBornBetween(started, importDone) : [];
    const pool = duringImport
      ? bornDuring.slice(bornDuring.length > voiceAnalysis.workers ? 1 : 0).slice(0, voiceAnalysis.workers)
      : sampler.endedBornAfter(importDone).slice(0, voiceAnalysis.workers);
    if (pool.length === voiceAnalysis.workers)
      voiceCpu = { threads: pool.length, cpuMs: pool.reduce((sum, t) => sum + t.cpuMs, 0) };
  }
  sampler?.stop();
  const tasks = await longTasksSince(page, before);
  const progress = await page.evaluate(
    () => (window as unknown as { __earshotImportTrace: TracePoint[] }).__earshotImportTrace,
  );
  return {
    trace: progress,
    taskTimes,
    voiceAnalysis,
    voiceCpu,
    importMs,
    completeMs,
    longestTaskMs: Math.max(0, ...tasks),
    tasksOver50: tasks.filter((d) => d > 50).length,
    sawPending,
    counts,
  };
}

export async function measureComplete(servers: Servers, workDir: string, files: string[]): Promise<CompleteRun> {
  const profile = newProfile(workDir);
  const context = await profile.launch();
  try {
    return await run(context.pages()[0] ?? (await context.newPage()), servers.app.url, files, profile.dir);
  } finally {
    await context.close();
    profile.remove();
  }
}

export async function measureCompleteBaseline(servers: Servers, workDir: string, files: string[]) {
  const profile = newProfile(workDir);
  const context = await profile.launch();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(servers.pages.url);
    await page.waitForFunction(() => typeof window.runBaseline === 'function');
    await page.locator('#files').setInputFiles(files);
    return await page.evaluate<BaselineRun>(() =>
      window.runBaseline(Array.from(document.querySelector<HTMLInputElement>('#files')!.files!), { decode: true }),
    );
  } finally {
    await context.close();
    profile.remove();
  }
}

/** Where the import's time went, from its progress reports: opening + parsing, the audio phase (and of it
 * the writes of its batches), and the commit after it. */
export function importPhases(trace: readonly TracePoint[]): {
  beforeAudioMs: number;
  audioMs: number;
  writeMs: number;
  rowWriteMs: number;
  commitMs: number;
} | null {
  const first = trace[0];
  const audio = trace.find((p) => p.phase === 'audio');
  const committing = trace.find((p) => p.phase === 'committing');
  const done = trace.find((p) => p.phase === 'done');
  if (!first || !audio || !committing || !done) return null;
  return {
    beforeAudioMs: audio.at - first.at,
    audioMs: committing.at - audio.at,
    writeMs: committing.writeMs ?? 0,
    rowWriteMs: committing.rowWriteMs ?? 0,
    commitMs: done.at - committing.at,
  };
}
