// Reads a Chromium trace of an import (bench/watch-import.ts with WATCH_TRACE=file) and lists the page's
// main-thread tasks over a threshold by wall time, each with its thread CPU time (`tdur`): on a machine
// shared by several engineers a task's wall time also counts waiting for a core, its CPU time does not.
// For each long task the script events inside it (function calls, timers, message handlers) name the code.
//   npx tsx bench/trace-tasks.ts <trace.json> [min ms = 50]

import { readFileSync } from 'node:fs';
import type { TraceEvent } from './lib/trace-events';

const [file, min = '50'] = process.argv.slice(2);
if (!file) throw new Error('usage: trace-tasks.ts <trace.json> [min ms]');
const events = (JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const limit = Number(min) * 1000;
for (const main of mains) {
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = mine.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
  if (!tasks.length) continue;
  const start = Math.min(...tasks.map((t) => t.ts));
  const long = tasks.filter((t) => (t.dur ?? 0) > limit);
  const cpuLong = tasks.filter((t) => (t.tdur ?? 0) > limit);
  console.log(
    `renderer ${main.pid}: ${tasks.length} tasks; over ${min} ms: ${long.length} by wall time, ${cpuLong.length} by thread CPU time; longest wall ${(Math.max(0, ...tasks.map((t) => t.dur ?? 0)) / 1000).toFixed(0)} ms, longest CPU ${(Math.max(0, ...tasks.map((t) => t.tdur ?? 0)) / 1000).toFixed(0)} ms`,
  );
  for (const task of long) {
    const end = task.ts + (task.dur ?? 0);
    const inside = mine
      .filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && (e.dur ?? 0) > 2000)
      .filter((e) => e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'RunTask')
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 4)
      .map((e) => {
        const d = e.args?.data ?? {};
        const where = [d.functionName, d.url ? String(d.url).split('/').pop() : '', d.lineNumber]
          .filter((x) => x !== undefined && x !== '')
          .join(':');
        return `${e.name}${where ? ` (${where})` : ''} ${((e.dur ?? 0) / 1000).toFixed(0)}/${((e.tdur ?? 0) / 1000).toFixed(0)} ms`;
      });
    console.log(
      `  ${((task.ts - start) / 1e6).toFixed(2)} s: wall ${((task.dur ?? 0) / 1000).toFixed(0)} ms, CPU ${((task.tdur ?? 0) / 1000).toFixed(0)} ms — ${inside.join('; ') || 'no script event inside'}`,
    );
  }
}
