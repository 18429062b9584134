// Profiles the main thread during the views benchmark's filter changes and searches on a library of
// 100,000 captures (seeded once into a kept Chromium profile), and prints the functions with the most self time.
//   [PAINT=1] npx tsx bench/profile-views.ts <app dir> <profile dir> [count] [out.cpuprofile]

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { serveRenderer } from '../scripts/static-server';
import { profileAt } from './lib/browser';
import { watchLongTasks } from './lib/long-tasks';
import { measureFiltersAndSearch, measureFirstPaint, seedLibrary } from './measure/views';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
const [appRoot, dir, countArg = '100000', out] = process.argv.slice(2);
if (!appRoot || !dir) throw new Error('usage: profile-views.ts <app dir> <profile dir> [count] [out]');
const server = await serveRenderer({ port: 47_311, root: appRoot }); // one origin: the seeded IndexedDB is per origin;
const profile = profileAt(dir);
try {
  if (!existsSync(`${dir}/seeded`)) {
    mkdirSync(dir, { recursive: true });
    await seedLibrary(profile, server.url, Number(countArg));
    writeFileSync(`${dir}/seeded`, '');
  }
  // PAINT=1: also the timeline's cold-start first paint against opening the database (as the bench row).
  if (process.env.PAINT) {
    const paint = await measureFirstPaint(profile, server.url, 3);
    console.log(JSON.stringify({ firstPaintMs: paint.paintMs, baselineMs: paint.baselineMs, paints: paint.paints }));
  }
  const context = await profile.launch();
  await watchLongTasks(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.url}#/timeline`);
  await page.waitForFunction(() => (window.__earshotTimelineStats?.frames ?? 0) > 0, undefined, { timeout: 120_000 });
  await page.waitForTimeout(3000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const { filters, search } = await measureFiltersAndSearch(page);
  const { profile: samples } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Node[] } };
  if (out) writeFileSync(out, JSON.stringify(samples));
  const self = new Map<string, number>();
  let total = 0;
  for (const node of samples.nodes) {
    const key = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (node.hitCount ?? 0));
    total += node.hitCount ?? 0;
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 30);
  for (const [key, hits] of top) console.log(`${((hits / total) * 100).toFixed(1).padStart(5)} %  ${key}`);
  console.log(JSON.stringify({ filters, search }, null, 1));
  await context.close();
} finally {
  await server.close();
}
