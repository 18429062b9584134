// Usability stopwatch: a new user's three questions, from an empty library with the demo household, counting
// every action (click, typing into a field) and the seconds the app needs between them. Run from a checkout
// whose renderer is built: `npx tsx test/e2e/tools/stopwatch.ts before|after`. The demo household covers
// 18.–31.10.2026, so "the bathroom recordings of June" becomes those of October.
import type { Page } from 'playwright-core';
import { openApp, startHarness } from '../harness';

const mode = process.argv[2] === 'before' ? 'before' : 'after';
let actions = 0;
const act = async (step: () => Promise<unknown>) => {
  actions++;
  await step();
};
const facet = async (page: Page, name: string, option: string) => {
  await act(() => page.getByTestId(`facet-${name}`).locator('summary').click());
  await act(() => page.getByTestId(`facet-${name}`).getByLabel(option, { exact: false }).first().check());
  await page.getByTestId(`facet-${name}`).locator('summary').click(); // closing the menu: not counted
};

async function question(label: string, run: () => Promise<string>): Promise<void> {
  actions = 0;
  const start = performance.now();
  const answer = await run();
  const seconds = (performance.now() - start) / 1000;
  console.log(`${mode}\t${label}\t${actions} actions\t${seconds.toFixed(1)} s\t${answer}`);
}

const harness = await startHarness();
try {
  const app = await openApp(harness, { locale: 'de-DE' });
  const { page } = app;
  await page.getByTestId('empty-library').waitFor();
  await question('0 demo household loaded', async () => {
    if (mode === 'before') {
      await act(() => page.getByTestId('nav-import').click());
      await act(() => page.getByTestId('import-demo').click());
    } else await act(() => page.getByTestId('empty-demo').click());
    await page.getByTestId('import-result').waitFor({ timeout: 120_000 });
    await act(() => page.getByRole('link', { name: 'Bibliothek öffnen' }).click());
    await page.getByTestId('overview').waitFor();
    return 'overview shown';
  });
  await question('1 bathroom at night', async () => {
    if (mode === 'before') {
      await act(() => page.getByTestId('nav-clips').click());
      await facet(page, 'rooms', 'Bad');
      await facet(page, 'flags', 'Nachts');
    } else {
      await page.getByTestId('night-rooms').waitFor();
      await act(() => page.getByTestId('night-rooms').getByRole('link', { name: /Bad/ }).click());
    }
    await page.getByTestId('clip-list').waitFor();
    return (await page.getByTestId('filter-total').textContent()) ?? '';
  });
  await question('2 not ours', async () => {
    await page.getByTestId('library-job').waitFor({ state: 'detached', timeout: 120_000 });
    if (mode === 'before') {
      await act(() => page.getByTestId('nav-quarantine').click());
      await page.getByTestId('quarantine-empty').waitFor();
      return (await page.getByTestId('quarantine-empty').textContent()) ?? '';
    }
    await act(() => page.getByTestId('nav-library').click()); // back from question 1's list
    return (await page.getByTestId('stat-foreign').textContent()) ?? '';
  });
  await question('3 delete the bathroom recordings of October', async () => {
    await act(() => page.getByTestId('nav-clips').click());
    await page.getByTestId('filter-bar').waitFor();
    if (await page.getByTestId('filter-reset').isVisible()) await act(() => page.getByTestId('filter-reset').click());
    await facet(page, 'rooms', 'Bad');
    if (mode === 'after') await act(() => page.getByTestId('filter-month').selectOption('2026-10'));
    else {
      await act(() => page.getByTestId('filter-from').fill('2026-10-01'));
      await act(() => page.getByTestId('filter-to').fill('2026-10-31'));
      await page.getByTestId('filter-to').press('Enter');
    }
    await act(() => page.getByTestId('tray-select-all').click());
    await act(() => page.getByTestId('tray-erasure').click());
    await page.getByTestId('request-editor').waitFor();
    if (mode === 'after') {
      await page.getByTestId('direct-deletion').waitFor();
      return `letter + ${(await page.getByTestId('direct-deletion').locator('h3').first().textContent()) ?? ''}`;
    }
    return 'letter only (one-month deadline)';
  });
  if (app.errors.length) console.log('errors', app.errors);
} finally {
  await harness.close();
}
