// Main-thread tasks of a page with their thread CPU time, from a Chromium trace (CDP `Tracing`, only the
// `toplevel` category: one event per task). The Long Tasks API reports wall time, which on a machine shared
// by several engineers also counts the time the thread waited for a core; a task's CPU time (`tdur`) does
// not. Both are reported: wall time is what a person feels, CPU time is what the app can change.

import type { Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export interface TaskTimes {
  tasks: number;
  longestWallMs: number;
  longestCpuMs: number;
  overByWall: number;
  overByCpu: number;
  /** The main thread's CPU time in all those tasks together. */
  totalCpuMs: number;
}

export interface TaskTrace {
  /** Stops tracing; the page's main-thread tasks over `overMs` by wall and by thread CPU time. */
  stop(overMs?: number): Promise<TaskTimes>;
}

export async function traceMainThreadTasks(page: Page): Promise<TaskTrace> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    for (const e of value as unknown as TraceEvent[])
      if ((e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask') || (e.ph === 'M' && e.name === 'thread_name'))
        events.push(e);
  });
  const complete = new Promise<void>((resolve) => cdp.on('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel'], enableThreadInstrumentation: true },
    transferMode: 'ReportEvents',
  } as never);
  return {
    async stop(overMs = 50) {
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      // The page's renderer main thread (one renderer per tab here; workers have their own thread names).
      const mains = new Set(
        events.filter((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
      );
      const tasks = events.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
      const wall = tasks.map((t) => (t.dur ?? 0) / 1000);
      const cpu = tasks.map((t) => (t.tdur ?? 0) / 1000);
      return {
        tasks: tasks.length,
        longestWallMs: wall.reduce((a, b) => Math.max(a, b), 0),
        longestCpuMs: cpu.reduce((a, b) => Math.max(a, b), 0),
        overByWall: wall.filter((ms) => ms > overMs).length,
        overByCpu: cpu.filter((ms) => ms > overMs).length,
        totalCpuMs: cpu.reduce((a, b) => a + b, 0),
      };
    },
  };
}
