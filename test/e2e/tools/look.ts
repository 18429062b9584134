// Scratch: opens the demo household and screenshots screens (not a test).
import { openApp, startHarness, screenshot } from '../harness';
import { ImportPage } from '../page-models/ImportPage';

const locale = process.argv[2] ?? 'de-DE';
const scheme = (process.argv[3] ?? 'light') as 'light' | 'dark';
const width = Number(process.argv[4] ?? 1280);
const height = Number(process.argv[5] ?? 720);
const routes = (process.argv[6] ?? 'library,quarantine,requests,clips').split(',');
const h = await startHarness();
try {
  const app = await openApp(h, { locale, colorScheme: scheme });
  await app.page.setViewportSize({ width, height });
  const imp = new ImportPage(app.page);
  await imp.open();
  await app.page.getByTestId('import-demo').click();
  await app.page.getByTestId('import-result').waitFor({ timeout: 120_000 });
  const tag = `${locale}-${scheme}-${width}`;
  await screenshot(app.page, `look-import-${tag}`);
  await imp.waitForAnalysis();
  await screenshot(app.page, `look-import-after-${tag}`);
  for (const r of routes) {
    await app.page.getByTestId(`nav-${r}`).click();
    await app.page.waitForTimeout(800);
    await screenshot(app.page, `look-${r}-${tag}`);
  }
  console.log('errors', app.errors, app.requests.filter((u) => !u.includes('/assets/')).slice(0, 20));
} finally {
  await h.close();
}
