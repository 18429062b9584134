// Runs one import off the UI thread: the shared ingest pipeline reads the user's files lazily and this
// worker stages its batches in IndexedDB, then commits — or discards everything on cancel or failure,
// so the library is left exactly as it was.

import { ImportError } from '../../shared/importers/types';
import { ingest } from '../../shared/pipeline/ingest';
import { beginImport, commitImport } from '../db/repos/imports';
import { discardImport } from '../db/repos/import-discard';
import { dexieSink } from './dexie-sink';
import { importFileSize, type ImportEvent, type ImportFile, type ImportRequest } from './protocol';
import { RangeBlob } from './range-blob';
import type { UserFile } from '../../shared/archive';
import { describeFailure } from './failures';
import { receiveKeyring } from '../db/crypto/keyring-port';
import { mergeHints } from '../../shared/deletion/marketplaces';
import { createAnalysisPool, type AnalysisPort } from './analysis-pool';
import { poolSize } from '../../shared/pipeline/pool-size';
import { prepareCommitPass } from './commit-pass';

/** A worker of the analysis pool (nested: this worker reads and stores, they decode and analyse). */
const spawnAnalysisWorker = (): AnalysisPort =>
  new Worker(new URL('./analysis.worker.ts', import.meta.url), {
    type: 'module',
    name: 'earshot-analysis',
  }) as unknown as AnalysisPort;

/** Files picked in the desktop app's dialog are read by range, when an importer needs their bytes. */
const toUserFile = (f: ImportFile): UserFile => ({
  path: f.path,
  lastModified: f.lastModified,
  blob: f.blob ?? RangeBlob.of(f.remote.url, f.remote.size),
});

const post = (event: ImportEvent) => self.postMessage(event);
receiveKeyring(self);
let controller: AbortController | null = null;

self.onmessage = (message: MessageEvent<ImportRequest>) => {
  const request = message.data;
  if (request.type === 'cancel') controller?.abort();
  else void run(request);
};

async function run(request: Extract<ImportRequest, { type: 'start' }>): Promise<void> {
  controller = new AbortController();
  const { signal } = controller;
  const started = Date.now();
  await beginImport({
    id: request.importId,
    startedAt: started,
    status: 'staging',
    sources: [],
    files: request.files.map((f) => ({ name: f.path, size: importFileSize(f) })),
    counts: { captures: 0, newCaptures: 0, withAudio: 0, withoutAudio: 0, withoutTranscript: 0 },
    warnings: [],
  });
  // One analysis worker per core decodes and fully analyses each recording while this worker reads on, so the
  // clips are committed complete and the library pass after the commit has no audio to read again.
  const pool = createAnalysisPool(poolSize(self.navigator.hardwareConcurrency), spawnAnalysisWorker);
  const poolStarted = performance.now();
  try {
    const outcome = await ingest(request.files.map(toUserFile), dexieSink(request.importId), {
      importId: request.importId,
      timeZone: request.timeZone,
      mapping: request.mapping,
      analyser: pool.analyse,
      signal,
      onProgress: (progress) => post({ type: 'progress', progress }),
    });
    if (outcome.kind === 'needs-mapping') {
      await discardImport(request.importId, 'cancelled', 'needs a column mapping');
      post({ type: 'needs-mapping', preview: outcome.preview });
      return;
    }
    if (signal.aborted) throw new ImportError('cancelled', '', 'The import was cancelled.');
    const commit = { runId: request.importId, devices: outcome.devices, rooms: outcome.rooms };
    // The library pass over the library as the commit will leave it, so the commit writes each capture once with
    // its derived fields. Should it fail, the commit goes ahead without it and the pass after the import runs.
    const pass = await prepareCommitPass(
      { ...commit, accountId: outcome.merged.accountId },
      request.timeZone,
      request.nightHours,
    ).catch(() => undefined);
    if (signal.aborted) throw new ImportError('cancelled', '', 'The import was cancelled.');
    await commitImport({
      ...commit,
      finishedAt: Date.now(),
      counts: outcome.counts,
      warnings: outcome.warnings,
      accountId: outcome.merged.accountId,
      marketplaceHints: mergeHints(...outcome.merged.results.map((r) => r.marketplaceHints)),
      sources: outcome.sources,
      pass,
    });
    const perSource: Record<string, number> = {};
    // Records per export this run read (a record merged into another export's capture still counts for its own).
    for (const result of outcome.merged.results)
      perSource[result.source] = (perSource[result.source] ?? 0) + result.captures.length;
    const roomName = new Map(outcome.rooms.map((r) => [r.id, r.name]));
    post({
      type: 'done',
      summary: {
        importId: request.importId,
        ...outcome.counts,
        perSource,
        devices: outcome.devices.map((d) => ({
          id: d.id,
          name: d.name,
          registered: d.registered,
          provider: d.provider,
          room: d.roomId ? roomName.get(d.roomId) : undefined,
        })),
        warnings: outcome.warnings,
        unclaimed: outcome.unclaimed,
        elapsedMs: Date.now() - started,
        audioAnalysis: { ...pool.stats(), wallMs: performance.now() - poolStarted },
      },
    });
  } catch (error) {
    const failure = describeFailure(error);
    await discardImport(request.importId, failure.code === 'cancelled' ? 'cancelled' : 'failed', failure.message).catch(
      () => undefined,
    );
    post(failure.code === 'cancelled' ? { type: 'cancelled' } : { type: 'error', ...failure });
  } finally {
    pool.close();
    controller = null;
  }
}
