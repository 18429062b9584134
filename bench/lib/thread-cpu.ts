// CPU time of Chromium's worker threads, read from /proc (Linux), so a worker's speed can be given per core
// of CPU it actually got. Wall time inside a worker (performance.now) counts the time the thread waited for
// a core: on the shared 2-core bench machine at load 14 the same clips took 4× longer by the wall clock
// than by CPU time, in Node and in Chromium alike (bench/HISTORY.md).

import { readFileSync, readdirSync } from 'node:fs';

/** USER_HZ: the unit of utime/stime in /proc/<pid>/task/<tid>/stat on Linux. */
export const TICK_MS = 10;

export function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Every process under the browser started with `--user-data-dir=<profileDir>` (the browser itself included),
 * with its type: "browser", "renderer", "gpu-process", "utility:<sub-type>", ….
 */
export function chromiumProcesses(profileDir: string): Map<number, string> {
  const parent = new Map<number, number>();
  const cmdline = new Map<number, string>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    const cmd = read(`/proc/${name}/cmdline`);
    if (!stat || cmd === undefined) continue;
    parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    cmdline.set(Number(name), cmd);
  }
  const browser = [...cmdline].find(
    ([, cmd]) => cmd.includes(`--user-data-dir=${profileDir}`) && !cmd.includes('--type='),
  )?.[0];
  const out = new Map<number, string>();
  if (browser === undefined) return out;
  out.set(browser, 'browser');
  for (const [pid, cmd] of cmdline) {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p))
      if (p === browser) {
        const type = /--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'other';
        const sub = /--utility-sub-type=([\w.]+)/.exec(cmd)?.[1];
        out.set(pid, sub ? `${type}:${sub.split('.').at(-1)}` : type);
        break;
      }
  }
  return out;
}

/** Chromium's renderer processes under the browser started with `--user-data-dir=<profileDir>`. */
export function rendererPids(profileDir: string): number[] {
  return [...chromiumProcesses(profileDir)].filter(([, type]) => type === 'renderer').map(([pid]) => pid);
}

/** CPU ms (user + system) of every dedicated-worker thread of the given processes, by "pid/tid". */
export function workerThreadCpu(pids: readonly number[]): Map<string, number> {
  const cpu = new Map<string, number>();
  for (const pid of pids) {
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      const stat = read(`/proc/${pid}/task/${tid}/stat`);
      if (!stat) continue;
      // comm is cut to 15 characters: "DedicatedWorker thread" → "DedicatedWorker".
      if (!stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).startsWith('DedicatedWorker')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpu.set(`${pid}/${tid}`, (Number(fields[11]) + Number(fields[12])) * TICK_MS);
    }
  }
  return cpu;
}

/**
 * Samples the worker threads of a page's renderer every `intervalMs`. `endedBornAfter(t)` lists the threads
 * first seen after the epoch time `t` that have ended by now (a pool terminates its workers when done), with
 * the CPU they used as last seen (short by at most one interval each) and when they were last seen alive,
 * earliest end first.
 */
export function workerCpuSampler(profileDir: string, intervalMs = 50) {
  let pids = rendererPids(profileDir);
  const threads = new Map<string, { born: number; lastAlive: number; cpuMs: number }>();
  let alive = new Set<string>();
  const sample = () => {
    if (!pids.length) pids = rendererPids(profileDir);
    const now = workerThreadCpu(pids);
    const at = Date.now();
    for (const [thread, cpuMs] of now) {
      const known = threads.get(thread);
      if (known) Object.assign(known, { lastAlive: at, cpuMs });
      else threads.set(thread, { born: at, lastAlive: at, cpuMs });
    }
    alive = new Set(now.keys());
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    endedBornAfter(epochMs: number): { thread: string; cpuMs: number; lastAlive: number }[] {
      sample();
      return [...threads]
        .filter(([thread, t]) => t.born > epochMs && !alive.has(thread))
        .map(([thread, t]) => ({ thread, cpuMs: t.cpuMs, lastAlive: t.lastAlive }))
        .sort((a, b) => a.lastAlive - b.lastAlive);
    },
    /** Threads first seen between the epoch times `from` and `to` that have ended by now, first born first. */
    endedBornBetween(from: number, to: number): { thread: string; cpuMs: number; born: number }[] {
      sample();
      return [...threads]
        .filter(([thread, t]) => t.born > from && t.born <= to && !alive.has(thread))
        .map(([thread, t]) => ({ thread, cpuMs: t.cpuMs, born: t.born }))
        .sort((a, b) => a.born - b.born);
    },
    stop: () => clearInterval(timer),
  };
}
