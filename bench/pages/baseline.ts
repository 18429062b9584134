// Baseline page of the import benchmark (bundled by bench/lib/bundle.ts, never part of the app build):
// reads every entry of the user's zips with zip.js (the app's options) and writes the same rows and audio
// Blobs to IndexedDB with plain batched Dexie `bulkAdd` — no detection, linking, analysis or staging.
// What the app adds on top of this is the cost the benchmark's ratio shows.

import { BlobReader, Uint8ArrayWriter, ZipReader, configure, type FileEntry } from '@zip.js/zip.js';
import { Dexie, type Table } from 'dexie';
import { decodeAudio } from '../../shared/audio/decode';

configure({ useWebWorkers: false });

interface Row {
  id: string;
  source: string;
  ts: number;
  transcript: string;
  transcriptStatus: string;
  category: string;
  categoryConfidence: number;
  flags: string[];
  importIds: string[];
  deviceId?: string;
  audioId?: string;
}

class BaselineDb extends Dexie {
  clips!: Table<Row, string>;
  audio!: Table<{ clipId: string; blob: Blob; mime: string; name: string }, string>;
  constructor() {
    super('baseline');
    // The same indexes as the app's clips table, so each row costs the same to write.
    this.version(1).stores({
      clips: 'id, ts, [roomId+ts], [deviceId+ts], *flags, groupId, *importIds, voiceId, deletedAt',
      audio: 'clipId',
    });
  }
}

const ROWS_PER_BATCH = 1000;
const BLOBS_PER_BATCH = 100;

function rowsOfCsv(text: string): Row[] {
  const rows: Row[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const at = line.lastIndexOf(',');
    if (at < 0) continue;
    const ts = Date.parse(line.slice(at + 1));
    if (!Number.isFinite(ts)) continue;
    const transcript = line.slice(line.indexOf('"') + 1, line.lastIndexOf('"'));
    rows.push({
      id: `c${i}`,
      source: 'alexa-archive',
      ts,
      transcript,
      transcriptStatus: 'ok',
      category: 'other',
      categoryConfidence: 0,
      flags: [],
      importIds: ['baseline'],
    });
  }
  return rows;
}

export interface BaselineRun {
  ms: number;
  rows: number;
  blobs: number;
  /** Time spent decoding the recordings (with `decode`), part of ms. */
  decodeMs: number;
  /** Time spent reading and inflating zip entries with zip.js (CRC-32 checked), part of ms. */
  readMs: number;
  /** Time spent in IndexedDB write transactions (rows and audio Blobs), part of ms. */
  writeMs: number;
  audioSeconds: number;
}

/**
 * With `decode`, every recording is also decoded once with the app's decoder: the work an import and its
 * analysis cannot avoid, so the baseline of "time to complete numbers".
 */
async function runBaseline(files: File[], options: { decode?: boolean } = {}): Promise<BaselineRun> {
  const started = performance.now();
  let decodeMs = 0;
  let readMs = 0;
  let writeMs = 0;
  let audioSeconds = 0;
  const timed = async <T>(work: () => Promise<T>, add: (ms: number) => void): Promise<T> => {
    const at = performance.now();
    try {
      return await work();
    } finally {
      add(performance.now() - at);
    }
  };
  const write = (work: () => Promise<unknown>) => timed(work, (ms) => (writeMs += ms));
  const db = new BaselineDb();
  await db.open();
  let rows = 0;
  let blobs = 0;
  for (const file of files) {
    if (!file.name.endsWith('.zip')) continue;
    const reader = new ZipReader(new BlobReader(file), {
      filenameValidation: 'balanced',
      strictness: 'balanced',
      checkOverlappingEntry: true,
      checkCrc32: true,
    });
    let batch: { clipId: string; blob: Blob; mime: string; name: string }[] = [];
    const flush = async () => {
      if (batch.length) await write(() => db.transaction('rw', db.audio, () => db.audio.bulkAdd(batch)));
      blobs += batch.length;
      batch = [];
    };
    for await (const entry of reader.getEntriesGenerator()) {
      if (entry.directory) continue;
      const bytes = await timed(
        () => (entry as FileEntry).getData(new Uint8ArrayWriter()),
        (ms) => (readMs += ms),
      );
      if (entry.filename.endsWith('.csv')) {
        const parsed = rowsOfCsv(new TextDecoder().decode(bytes));
        for (let i = 0; i < parsed.length; i += ROWS_PER_BATCH) {
          const chunk = parsed.slice(i, i + ROWS_PER_BATCH);
          await write(() => db.transaction('rw', db.clips, () => db.clips.bulkAdd(chunk)));
        }
        rows += parsed.length;
      } else {
        if (options.decode) {
          const at = performance.now();
          audioSeconds += (await decodeAudio(bytes)).durationMs / 1000;
          decodeMs += performance.now() - at;
        }
        batch.push({
          clipId: entry.filename,
          blob: new Blob([bytes], { type: 'audio/wav' }),
          mime: 'audio/wav',
          name: entry.filename,
        });
        if (batch.length >= BLOBS_PER_BATCH) await flush();
      }
    }
    await flush();
    await reader.close();
  }
  db.close();
  return { ms: performance.now() - started, rows, blobs, decodeMs, readMs, writeMs, audioSeconds };
}

declare global {
  interface Window {
    runBaseline: typeof runBaseline;
  }
}
window.runBaseline = runBaseline;
