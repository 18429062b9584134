// Reads a CPU profile of the page's main thread (bench/watch-import.ts with WATCH_PROFILE=file) and prints
// every stretch of back-to-back busy samples longer than a threshold — what a long task was made of — with
// the functions that took most of it (self time, and the nearest app frame above native/GC samples).
//   npx tsx bench/profile-stretches.ts <file.cpuprofile> [min ms = 50]

import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const [file, min = '50'] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-stretches.ts <file.cpuprofile> [min ms]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const IDLE = new Set(['(idle)', '(program)']);
const label = (n: Node) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop() ?? ''}:${n.callFrame.lineNumber + 1}`;
/** The nearest frame with a script url above a sample (what the app was doing when native code or GC ran). */
function appFrame(id: number): string {
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const n = byId.get(at)!;
    if (n.callFrame.url) return label(n);
  }
  return label(byId.get(id)!);
}

interface Stretch {
  from: number;
  to: number;
  samples: { id: number; ms: number }[];
}
let t = profile.startTime;
let open: Stretch | null = null;
const stretches: Stretch[] = [];
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i]!;
  const dt = (profile.timeDeltas[i] ?? 0) / 1000;
  t += dt * 1000;
  const busy = !IDLE.has(byId.get(id)!.callFrame.functionName);
  if (busy) {
    open ??= { from: t / 1000 - dt, to: t / 1000, samples: [] };
    open.to = t / 1000;
    open.samples.push({ id, ms: dt });
  } else if (open) {
    stretches.push(open);
    open = null;
  }
}
if (open) stretches.push(open);
const start = profile.startTime / 1000;
for (const s of stretches.filter((s) => s.to - s.from >= Number(min))) {
  const self = new Map<string, number>();
  const app = new Map<string, number>();
  for (const { id, ms } of s.samples) {
    self.set(label(byId.get(id)!), (self.get(label(byId.get(id)!)) ?? 0) + ms);
    app.set(appFrame(id), (app.get(appFrame(id)) ?? 0) + ms);
  }
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([k, v]) => `${v.toFixed(0)} ms ${k}`)
      .join('; ');
  console.log(`${((s.from - start) / 1000).toFixed(2)} s: ${(s.to - s.from).toFixed(0)} ms busy`);
  console.log(`  self: ${top(self)}`);
  console.log(`  app:  ${top(app)}`);
}
