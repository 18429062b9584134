// Cold starts of a build on a seeded profile (no tracing: the script's own server answers at full speed) and
// the page's own clocks at the first paint: when the document, each start chunk and the first-paint mark came.
//   npx tsx bench/paint-phases.ts <seeded profile dir> <app dir> [runs]
import { serveRenderer } from '../scripts/static-server';
import { profileAt } from './lib/browser';

const [dir, app, runs = '3'] = process.argv.slice(2);
const server = await serveRenderer({ port: 47_311, root: app! });
try {
  for (let i = 0; i < Number(runs); i++) {
    const context = await profileAt(dir!).launch();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}#/timeline`);
    await page.waitForFunction(() => performance.getEntriesByName('earshot:timeline-first-paint').length > 0);
    const r = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const marks = performance.getEntriesByType('mark').map((m) => `${m.name}@${Math.round(m.startTime)}`);
      return {
        doc: Math.round(nav.responseEnd),
        scripts: res
          .filter((e) => e.startTime < performance.getEntriesByName('earshot:timeline-first-paint')[0]!.startTime)
          .map(
            (e) => `${e.name.split('/').pop()!.slice(0, 14)} ${Math.round(e.startTime)}-${Math.round(e.responseEnd)}`,
          ),
        marks,
      };
    });
    console.log(JSON.stringify(r));
    await context.close();
  }
} finally {
  await server.close();
}
