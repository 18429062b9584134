// The hostile corpus through the real Import screen in Chromium: every case shows its specific error text
// (or imports correctly when the content is tolerable), nothing half-imported remains, and the library a
// household already has is unchanged by each refused file.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en';
import { messages as reliability } from '../../renderer/i18n/messages/reliability-2';
import { messages as wipe } from '../../renderer/i18n/messages/wipe';
import { generateHousehold, type GeneratedHousehold } from '../fixtures/generate';
import { outcomeAlone, SLOW_CASES } from '../hostile/expectations';
import { generateHostile, type HostileCase } from '../hostile/generate';
import { openApp, screenshot, startHarness, type Harness } from './harness';
import { HostilePage } from './page-models/HostilePage';
import { ImportPage, libraryCounts } from './page-models/ImportPage';

let harness: Harness;
let household: GeneratedHousehold;
let hostile: { dir: string; cases: HostileCase[] };

beforeAll(async () => {
  [harness, household, hostile] = await Promise.all([
    startHarness(),
    generateHousehold({ out: path.resolve('test/fixtures/out/e2e-hostile'), household: 'en', captures: 12, seed: 23 }),
    generateHostile('test/hostile/out/e2e'),
  ]);
}, 240_000);
afterAll(async () => {
  await harness?.close();
});

const errorTitle = (code: string) =>
  (({ ...en.import.errors, ...reliability.en.import.errors, ...wipe.en.import.errors }) as Record<string, string>)[
    code
  ];

describe('hostile files in the Import screen', () => {
  it('shows each case its specific message and leaves the library unchanged', { timeout: 900_000 }, async () => {
    const app = await openApp(harness, { locale: 'en-US' });
    await new ImportPage(app.page).importFolder(household.paths.alexaHistory);
    await app.page.getByRole('button', { name: 'Import more' }).click();
    const ui = new HostilePage(app.page);
    const problems: string[] = [];
    let tried = 0;
    for (const c of hostile.cases) {
      if (SLOW_CASES.has(c.file)) continue;
      tried++;
      const before = await libraryCounts(app.page);
      const got = await ui.importOne(path.join(hostile.dir, c.file));
      const after = await libraryCounts(app.page);
      const want = outcomeAlone(c);
      const check = (ok: boolean, what: string) =>
        void (ok || problems.push(`${c.file}: ${what}; got ${JSON.stringify(got)}`));
      check(after.staged === 0, 'no staged rows left');
      if (want.kind === 'error') {
        check(got.kind === 'error' && got.title === errorTitle(want.code), `error "${errorTitle(want.code)}"`);
        check(got.kind === 'error' && got.text.includes(c.file), 'names the file');
        if (c.file === 'slip-dotdot.zip') await screenshot(app.page, 'hostile-slip-error-en');
      } else if (want.kind === 'nothing-found')
        check(got.kind === 'unknown' && got.text.includes(c.file), 'not recognised, file listed');
      else if (want.kind === 'skipped-with-warning')
        check(got.kind === 'result' && want.warning.test(got.warnings), `result with warning ${want.warning}`);
      else {
        check(got.kind === 'result' && !/alert|steal|onerror/.test(got.text), 'imports');
        if (want.warning)
          check(got.kind === 'result' && want.warning.test(got.warnings), `result with warning ${want.warning}`);
        check(!/[\u202a-\u202e\u0080-\u009f]/.test(got.text), 'no bidi or control characters shown');
      }
      if (want.kind === 'imports') check(after.clips >= before.clips, 'library kept');
      else
        check(
          JSON.stringify(after) === JSON.stringify(before),
          `library unchanged (${JSON.stringify(before)} → ${JSON.stringify(after)})`,
        );
    }
    expect(problems).toEqual([]);
    expect(tried).toBe(hostile.cases.length - SLOW_CASES.size);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
