// Page model of the Import screen: feed files through the real file chooser, wait for the outcome.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** Every file below the given files/folders (a folder import through <input multiple> loses nothing else). */
export function filesBelow(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const name of readdirSync(p).sort()) walk(path.join(p, name));
    else out.push(p);
  };
  paths.forEach(walk);
  return out;
}

export class ImportPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-import').click();
    await this.page.getByTestId('drop-zone').waitFor();
  }

  async choose(paths: readonly string[]): Promise<void> {
    await this.page.getByTestId('import-files-input').setInputFiles(filesBelow(paths));
  }

  /** A folder through the folder picker (webkitdirectory): its sub-paths reach the importers intact. */
  async chooseFolder(folder: string): Promise<void> {
    await this.page.getByTestId('import-folder-input').setInputFiles(folder);
  }

  async importFolder(folder: string): Promise<{ text: string; perSource: Record<string, number> }> {
    await this.open();
    await this.chooseFolder(folder);
    return this.outcome();
  }

  async importFiles(paths: readonly string[]): Promise<{ text: string; perSource: Record<string, number> }> {
    await this.open();
    await this.choose(paths);
    return this.outcome();
  }

  private async outcome(): Promise<{ text: string; perSource: Record<string, number> }> {
    await this.page
      .getByTestId('import-result')
      .or(this.page.getByTestId('import-error'))
      .waitFor({ timeout: 180_000 });
    if (await this.page.getByTestId('import-error').isVisible())
      throw new Error(`import failed: ${await this.page.getByTestId('import-error').textContent()}`);
    return {
      text: (await this.page.getByTestId('import-result-counts').textContent()) ?? '',
      perSource: await this.perSource(),
    };
  }

  async perSource(): Promise<Record<string, number>> {
    const items = await this.page.getByTestId('import-per-source').locator('li').allTextContents();
    return Object.fromEntries(
      items.map((line) => {
        const [label, count] = line.split(/:\s*/);
        return [label!.trim(), Number(count!.replace(/\D/g, ''))];
      }),
    );
  }

  async error(): Promise<string> {
    await this.page.getByTestId('import-error').waitFor({ timeout: 120_000 });
    return (await this.page.getByTestId('import-error').textContent()) ?? '';
  }

  /**
   * Waits until the library analysis (categories, voices, foreign) that began after `since` has finished and
   * none runs any more. `since` (a `performance.now()` of the page, see `clock()`) defaults to the end of the
   * last import, whose finish starts a pass. Reads the app's 'earshot:import-done', 'earshot:library-start'
   * and 'earshot:library-done' marks, so a pass that has not started yet is never taken for one that ended.
   */
  async waitForAnalysis(since?: number): Promise<void> {
    const outcome = await this.page.waitForFunction(
      (after) => {
        const last = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime ?? -1;
        const failed = document.querySelector('.sidebar-job-error');
        if (failed) return `failed: ${failed.textContent}`;
        const from = after ?? last('earshot:import-done');
        const started = last('earshot:library-start');
        const idle = !document.querySelector('[data-testid="library-job"]');
        return started > from && last('earshot:library-done') > started && idle ? 'done' : false;
      },
      since ?? null,
      { timeout: 180_000 },
    );
    const result = await outcome.jsonValue();
    if (result !== 'done') throw new Error(`library analysis ${result}`);
  }

  /** The page's clock for `waitForAnalysis(since)`: take it before the change that starts a pass. */
  async clock(): Promise<number> {
    return this.page.evaluate(() => performance.now());
  }
}

/** Counts of committed captures straight from IndexedDB (what a user would see after a restart). */
/**
 * Rows in the database: `clips` committed rows of every kind, `recordings` those the views count by default
 * (kind `capture`: prompts, training clips, activities and second-device copies are counted apart).
 */
export async function libraryCounts(
  page: Page,
): Promise<{ clips: number; recordings: number; staged: number; audio: number }> {
  return page.evaluate(
    () =>
      new Promise<{ clips: number; recordings: number; staged: number; audio: number }>((resolve, reject) => {
        const request = indexedDB.open('earshot');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          // A running import writes to the staged* tables and its new captures' audio to `audio`; a failed run's
          // discard removes both (docs/architecture.md, "Staging and commit"), so `audio` shows what it left.
          const stagedStores = [...db.objectStoreNames].filter((name) => name.startsWith('staged'));
          const tx = db.transaction(['clips', 'audio', ...stagedStores], 'readonly');
          const all = tx.objectStore('clips').getAll();
          const audio = tx.objectStore('audio').count();
          const staged = stagedStores.map((name) => tx.objectStore(name).count());
          tx.oncomplete = () => {
            const rows = all.result as { kind?: string }[];
            resolve({
              clips: rows.length,
              recordings: rows.filter((r) => (r.kind ?? 'capture') === 'capture').length,
              staged: staged.reduce((sum, count) => sum + count.result, 0),
              audio: audio.result,
            });
            db.close();
          };
        };
      }),
  );
}
