// Classification in a real Chromium worker: the shipped model's load time and transcripts per second on
// all-distinct text (the headline), plus the cached rate on repeated household text, labelled apart.

import type { Servers } from '../lib/browser';
import { newProfile } from '../lib/browser';

export interface ClassifyRun {
  /** All-distinct transcripts: the memo never hits. */
  count: number;
  distinct: number;
  ms: number;
  perSecond: number;
  /** Repeated household transcripts through a fresh classifier (the memo answers repeats). */
  cachedCount: number;
  cachedDistinct: number;
  cachedPerSecond: number;
  firstLoadMs: number;
  loadMs: number;
}

export async function measureClassify(servers: Servers, workDir: string, count: number): Promise<ClassifyRun> {
  const profile = newProfile(workDir);
  const context = await profile.launch();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(servers.pages.url);
    return await page.evaluate(
      (count) =>
        new Promise<ClassifyRun>((resolve, reject) => {
          const worker = new Worker('./classify-worker.js', { type: 'module' });
          worker.onmessage = (e: MessageEvent<ClassifyRun>) => (worker.terminate(), resolve(e.data));
          worker.onerror = (e) => reject(new Error(e.message));
          worker.postMessage({ count });
        }),
      count,
    );
  } finally {
    await context.close();
    profile.remove();
  }
}
