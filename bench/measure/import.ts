// Import through the real Import screen (hidden file input → worker → staged batches → commit) against the
// baseline page (zip.js + batched Dexie bulkAdd of the same rows and Blobs), each in a fresh profile; and the
// heap of page + import worker sampled during the import of the ~1 GB archive.

import type { BrowserContext, Page } from 'playwright-core';
import { newProfile, type Servers } from '../lib/browser';

export interface ImportRun {
  ms: number;
  counts: string;
}

export async function appImport(page: Page, url: string, files: string[]): Promise<ImportRun> {
  await page.goto(`${url}#/import`);
  await page.getByTestId('import-files-input').waitFor({ state: 'attached' });
  const started = Date.now();
  await page.getByTestId('import-files-input').setInputFiles(files);
  const result = page.getByTestId('import-result').or(page.getByTestId('import-error'));
  await result.waitFor({ timeout: 40 * 60_000 });
  const ms = Date.now() - started;
  if (await page.getByTestId('import-error').isVisible())
    throw new Error(`import failed: ${await page.getByTestId('import-error').innerText()}`);
  return { ms, counts: (await page.getByTestId('import-result-counts').innerText()).replace(/\s+/g, ' ') };
}

async function withProfile<T>(workDir: string, run: (context: BrowserContext, page: Page) => Promise<T>): Promise<T> {
  const profile = newProfile(workDir);
  const context = await profile.launch();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    return await run(context, page);
  } finally {
    await context.close();
    profile.remove();
  }
}

export function measureAppImport(servers: Servers, workDir: string, files: string[]): Promise<ImportRun> {
  return withProfile(workDir, (_, page) => appImport(page, servers.app.url, files));
}

export function measureBaselineImport(servers: Servers, workDir: string, files: string[]) {
  return withProfile(workDir, async (_, page) => {
    await page.goto(servers.pages.url);
    await page.waitForFunction(() => typeof window.runBaseline === 'function');
    await page.locator('#files').setInputFiles(files);
    // The page times itself (inPage.ms): from the files being handed over to the last write committed.
    return page.evaluate(() =>
      window.runBaseline(Array.from(document.querySelector<HTMLInputElement>('#files')!.files!)),
    );
  });
}

export interface MemoryRun extends ImportRun {
  /** Max of (page heap + import worker heap) over the samples, bytes. */
  maxHeap: number;
  maxPageHeap: number;
  maxWorkerHeap: number;
  samples: number;
}

/**
 * Heap used by the page and by each of its workers, both from CDP `Runtime.getHeapUsage`: workers are
 * reached through auto-attach on the page's session (non-flattened, so messages go via Target.sendMessageToTarget).
 */
export function measureImportMemory(servers: Servers, workDir: string, files: string[]): Promise<MemoryRun> {
  return withProfile(workDir, async (context, page) => {
    const cdp = await context.newCDPSession(page);
    const workers = new Set<string>();
    const pending = new Map<number, (used: number) => void>();
    let nextId = 1;
    cdp.on('Target.attachedToTarget', (event) => {
      if (event.targetInfo.type === 'worker') workers.add(event.sessionId);
    });
    cdp.on('Target.detachedFromTarget', (event) => void workers.delete(event.sessionId ?? ''));
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: { usedSize: number } };
      if (message.id !== undefined) pending.get(message.id)?.(message.result?.usedSize ?? 0);
    });
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    const workerHeap = (sessionId: string) =>
      new Promise<number>((resolve) => {
        const id = nextId++;
        const timer = setTimeout(() => (pending.delete(id), resolve(0)), 2_000);
        pending.set(id, (used) => (clearTimeout(timer), pending.delete(id), resolve(used)));
        void cdp
          .send('Target.sendMessageToTarget', {
            sessionId,
            message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
          })
          .catch(() => resolve(0));
      });
    let maxHeap = 0;
    let maxPageHeap = 0;
    let maxWorkerHeap = 0;
    let samples = 0;
    let running = true;
    const sample = async () => {
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      let inWorkers = 0;
      for (const sessionId of workers) inWorkers += await workerHeap(sessionId);
      samples++;
      maxPageHeap = Math.max(maxPageHeap, usedSize);
      maxWorkerHeap = Math.max(maxWorkerHeap, inWorkers);
      maxHeap = Math.max(maxHeap, usedSize + inWorkers);
    };
    const loop = (async () => {
      while (running) {
        await sample().catch(() => undefined);
        await new Promise((r) => setTimeout(r, 250));
      }
    })();
    try {
      const run = await appImport(page, servers.app.url, files);
      return { ...run, maxHeap, maxPageHeap, maxWorkerHeap, samples };
    } finally {
      running = false;
      await loop;
    }
  });
}
