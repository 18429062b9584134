// Classification in a real Chromium worker: the shipped model's load time and transcripts per second on
// all-distinct text (the headline), plus the cached rate on repeated household text, labelled apart.

import type { Servers } from '../lib/browser';
import { newProfile } from '../lib/browser';
import { rendererPids, workerThreadCpu } from '../lib/thread-cpu';

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
  /**
   * CPU time the worker's thread got while classifying the distinct texts (from /proc; NaN where that cannot
   * be read), and the rate per second of it: on a loaded machine the wall clock also counts waiting for a core.
   */
  cpuMs: number;
  perCpuSecond: number;
}

export async function measureClassify(servers: Servers, workDir: string, count: number): Promise<ClassifyRun> {
  const profile = newProfile(workDir);
  const context = await profile.launch();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(servers.pages.url);
    const step = (name: 'prepare' | 'distinct' | 'cached') =>
      page.evaluate(
        ({ name, count }) =>
          new Promise<ClassifyRun>((resolve, reject) => {
            const w = window as unknown as { classifyWorker?: Worker };
            const worker = (w.classifyWorker ??= new Worker('./classify-worker.js', { type: 'module' }));
            worker.onmessage = (e: MessageEvent<ClassifyRun>) => resolve(e.data);
            worker.onerror = (e) => reject(new Error(e.message));
            worker.postMessage({ step: name, count });
          }),
        { name, count },
      );
    const pids = process.platform === 'linux' ? rendererPids(profile.dir) : [];
    const before = workerThreadCpu(pids);
    await step('prepare');
    // The one worker thread the page started; read while it is alive, so nothing of its CPU is missed.
    const ready = [...workerThreadCpu(pids)].filter(([thread]) => !before.has(thread));
    await step('distinct');
    const after = workerThreadCpu(pids);
    const result = await step('cached');
    const cpuMs = ready.length === 1 ? after.get(ready[0]![0])! - ready[0]![1] : NaN;
    return { ...result, cpuMs, perCpuSecond: (result.count / cpuMs) * 1000 };
  } finally {
    await context.close();
    profile.remove();
  }
}
