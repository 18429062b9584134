// The timeline's cold-start first paint of two builds on one seeded library, alternated round by round (a
// shared machine's load drifts; pairs minutes apart are comparable, runs an hour apart are not). Each round
// is the views row's measurement: relaunches of Chromium, paint against opening the database.
//   npx tsx bench/profile-paint.ts <profile dir> <app dir A> <app dir B> [rounds]
// The profile must have been seeded by bench/profile-views.ts (same port, hence the same IndexedDB origin).

import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { serveRenderer } from '../scripts/static-server';
import { CHROMIUM_ARGS, chromiumPath } from '../test/e2e/harness';
import { median } from './lib/browser';
import { measureFirstPaint } from './measure/views';

const [dir, ...rest] = process.argv.slice(2);
const apps = rest.filter((a) => existsSync(a));
const rounds = Number(rest.find((a) => !existsSync(a)) ?? 3);
if (!dir || !existsSync(`${dir}/seeded`) || apps.length === 0)
  throw new Error('usage: profile-paint.ts <seeded profile dir> <app dir A> [<app dir B>] [rounds]');
const launch = () =>
  chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    viewport: { width: 1360, height: 860 },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
  });
const extra = new Map<string, number[]>(apps.map((a) => [a, []]));
for (let round = 1; round <= rounds; round++)
  for (const app of apps) {
    const server = await serveRenderer({ port: 47_311, root: app });
    try {
      const paint = await measureFirstPaint({ dir, launch, remove: () => undefined }, server.url, 3);
      const over = paint.paints.map((p, i) => p - paint.baselines[i]!);
      extra.get(app)!.push(...over);
      const load = loadavg()[0]!.toFixed(1);
      console.log(
        `round ${round} ${app}: paint ${paint.paints.map(Math.round).join('/')} ms, baseline ${paint.baselines.map(Math.round).join('/')} ms, over ${over.map(Math.round).join('/')} ms (load ${load})`,
      );
    } finally {
      await server.close();
    }
  }
for (const [app, over] of extra)
  console.log(`${app}: median over the baseline ${Math.round(median(over))} ms (${over.length} paints)`);
