// The timeline's cold-start first paint of two builds on one seeded library, alternated round by round (a
// shared machine's load drifts; pairs minutes apart are comparable, runs an hour apart are not). Each round
// is the views row's measurement (relaunches of Chromium, paint against opening the database) plus two traced
// cold starts that sum the main thread's CPU time until the paint, which the load of other processes barely
// changes, unlike the wall clock.
//   npx tsx bench/profile-paint.ts <profile dir> <app dir A>[@<profile dir A>] <app dir B>[@<profile dir B>] [rounds]
// The profile must have been seeded by bench/profile-views.ts (same port, hence the same IndexedDB origin).
// `@<profile dir>` gives a build a profile of its own, for builds that cache the columns in different forms.

import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { serveRenderer } from '../scripts/static-server';
import { median, profileAt, type Profile } from './lib/browser';
import { measureFirstPaint } from './measure/views';

const [dir, ...rest] = process.argv.slice(2);
const apps = rest.filter((a) => existsSync(a.split('@')[0]!));
const rounds = Number(rest.find((a) => !existsSync(a.split('@')[0]!)) ?? 3);
if (!dir || !existsSync(`${dir}/seeded`) || apps.length === 0)
  throw new Error(
    'usage: profile-paint.ts <seeded profile dir> <app dir A>[@<profile>] [<app dir B>[@<profile>]] [rounds]',
  );
const profileOf = (app: string) => profileAt(app.split('@')[1] ?? dir);
/** Main-thread CPU time (ms) of the app's renderer from its start until the first-paint mark, from a trace. */
async function cpuToPaint(profile: Profile, url: string): Promise<number> {
  const context = await profile.launch();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      categories: 'blink.user_timing',
      transferMode: 'ReportEvents',
    });
    await page.goto(`${url}#/timeline`);
    await page.waitForFunction(
      () => performance.getEntriesByName('earshot:timeline-first-paint').length > 0,
      undefined,
      {
        timeout: 120_000,
      },
    );
    await cdp.send('Tracing.end');
    await complete;
    const mark = events.find((e) => e.name === 'earshot:timeline-first-paint');
    if (!mark) throw new Error('no first-paint mark in the trace');
    // `tts` is the thread's own CPU clock: the renderer main thread's CPU time from its start to the mark.
    return mark.tts / 1000;
  } finally {
    await context.close();
  }
}

interface TraceEvent {
  name: string;
  tts: number;
}

const extra = new Map<string, number[]>(apps.map((a) => [a, []]));
const cpu = new Map<string, number[]>(apps.map((a) => [a, []]));
for (let round = 1; round <= rounds; round++)
  for (const app of apps) {
    const server = await serveRenderer({ port: 47_311, root: app.split('@')[0]! });
    const profile = profileOf(app);
    try {
      const paint = await measureFirstPaint(profile, server.url, 3);
      const over = paint.paints.map((p, i) => p - paint.baselines[i]!);
      extra.get(app)!.push(...over);
      const cpuMs = [await cpuToPaint(profile, server.url), await cpuToPaint(profile, server.url)];
      cpu.get(app)!.push(...cpuMs);
      const load = loadavg()[0]!.toFixed(1);
      console.log(
        `round ${round} ${app}: paint ${paint.paints.map(Math.round).join('/')} ms, baseline ${paint.baselines.map(Math.round).join('/')} ms, over ${over.map(Math.round).join('/')} ms, main-thread CPU to the paint ${cpuMs.map(Math.round).join('/')} ms (load ${load})`,
      );
    } finally {
      await server.close();
    }
  }
for (const [app, over] of extra)
  console.log(
    `${app}: median over the baseline ${Math.round(median(over))} ms (${over.length} paints), main-thread CPU to the paint median ${Math.round(median(cpu.get(app)!))} ms`,
  );
