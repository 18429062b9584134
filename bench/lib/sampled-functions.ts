// The V8 sampling profiler's chunks in a Chromium trace (category `disabled-by-default-v8.cpu_profiler`), per
// thread: sampled time by function, self and inclusive (a function nested in itself counts once per sample).
// Tells which JavaScript a worker's CPU went to; the samples are wall-clock spaced, so on a loaded machine
// they also count time the thread waited for a core while running JavaScript.

import type { TraceEvent } from './trace-events';

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

export interface ThreadFunctions {
  pid: number;
  tid: number;
  thread: string;
  /** Sampled µs that were not idle. */
  busyUs: number;
  self: Map<string, number>;
  inclusive: Map<string, number>;
}

export function sampledFunctions(events: readonly TraceEvent[]): ThreadFunctions[] {
  const threadName = new Map(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name')
      .map((e) => [`${e.pid}:${e.tid}`, String(e.args?.name)]),
  );
  const out: ThreadFunctions[] = [];
  for (const head of events.filter((e) => e.name === 'Profile') as ProfileEvent[]) {
    const nodes = new Map<number, { name: string; parent?: number }>();
    const samples: { ts: number; node: number }[] = [];
    let at = head.args?.data?.startTime ?? 0;
    for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.id === head.id) as ProfileEvent[]) {
      const data = chunk.args?.data;
      for (const node of data?.cpuProfile?.nodes ?? []) {
        const f = node.callFrame;
        const name = `${f.functionName || '(anon)'} ${(f.url ?? '').split('/').pop()}:${f.lineNumber ?? ''}`;
        nodes.set(node.id, { name, parent: node.parent });
      }
      const deltas = data?.timeDeltas ?? [];
      (data?.cpuProfile?.samples ?? []).forEach((node, i) => {
        at += deltas[i] ?? 0;
        samples.push({ ts: at, node });
      });
    }
    samples.sort((a, b) => a.ts - b.ts);
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    let busyUs = 0;
    for (let i = 0; i + 1 < samples.length; i++) {
      const { ts, node } = samples[i]!;
      const step = samples[i + 1]!.ts - ts;
      const own = nodes.get(node)?.name ?? String(node);
      if (own.startsWith('(idle)') || own.startsWith('(program)')) continue;
      busyUs += step;
      self.set(own, (self.get(own) ?? 0) + step);
      const seen = new Set<string>();
      for (let id: number | undefined = node; id !== undefined; id = nodes.get(id)?.parent) {
        const name = nodes.get(id)?.name ?? String(id);
        if (seen.has(name)) continue;
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + step);
      }
    }
    out.push({
      pid: head.pid,
      tid: head.tid,
      thread: threadName.get(`${head.pid}:${head.tid}`) ?? '?',
      busyUs,
      self,
      inclusive,
    });
  }
  return out.sort((a, b) => b.busyUs - a.busyUs);
}

/** The `top` functions of each of the `threads` busiest threads, as lines of text. */
export function describeFunctions(threads: readonly ThreadFunctions[], top = 25, count = 4): string[] {
  const lines: string[] = [];
  const s = (us: number) => `${(us / 1e6).toFixed(2).padStart(6)} s`;
  for (const t of threads.slice(0, count)) {
    lines.push(`  ${t.thread} ${t.pid}/${t.tid}: ${s(t.busyUs)} sampled, not idle`);
    for (const [label, map] of [
      ['self', t.self],
      ['inclusive', t.inclusive],
    ] as const) {
      lines.push(`    by ${label}:`);
      for (const [name, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`    ${s(us)}  ${name}`);
    }
  }
  return lines;
}
