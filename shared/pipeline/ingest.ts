// The import pipeline shared by the app's import worker and the CLI: user files → entries (zips opened
// lazily) → importers → one merged, deduplicated set → audio read one capture at a time, analysed and
// handed to a sink in batches → enriched (category, flags) → committed by the sink. Memory stays bounded:
// only one batch of audio bytes is alive at a time, whatever the archive's size.

import { expandInputs, readMany, type ArchiveLimits, type UserFile } from '../archive';
import { sniffAudio, AUDIO_MIME } from '../archive/sniff';
import { probeAudio } from '../audio/sniff';
import { baseName } from '../archive/names';
import { analyseAudio } from '../audio/analyse';
import { analyseQuick } from '../audio/quick';
import { decodeAudio } from '../audio/decode';
import type { AudioAnalysis } from '../audio/types';
import { detectAndParse, parseWithMapping } from '../importers';
import {
  ImportError,
  type ColumnMapping,
  type ImportResult,
  type InputEntry,
  type LayoutPreview,
} from '../importers/types';
import { dropBrokenRecords } from '../importers/sanity';
import { mergeResults, type MergedLibrary } from '../library/merge';
import { absorbIntoLibrary, LIBRARY_WINDOW_MS } from '../library/absorb';
import type { Capture, Device, ImportRun, ImportWarning, Room, Source } from '../model';
import { enrichCaptures, type CaptureAudioFacts } from './enrich';
import { COMMIT_PER_WRITE_MS, remainingTimeEstimator, rowWriteShare } from './estimate';

/**
 * Batches read and analysed ahead of the one being stored. Two ahead was not faster on this 2-core machine (the
 * analysis threads, the import worker and IndexedDB already share both cores; bench/HISTORY.md) and holds more.
 */
const PREPARE_AHEAD = 1;

export interface IngestItem {
  capture: Capture;
  /**
   * Original bytes (never re-encoded) and their sniffed type; `original()`, where the archive allows, the same
   * bytes as a slice of the user's file (archive/zip.ts `readMany`), for a sink that stores Blobs — asked for,
   * not made for every recording: each slice is a Blob the browser registers, which a sink that seals the bytes
   * (encryption at rest) never uses.
   */
  audio?: { bytes: Uint8Array; mime: string; name: string; original?: () => Blob | undefined };
  analysis?: AudioAnalysis;
  /** Pitch and speaker embedding were deferred (`deferVoiceAnalysis`): the library pass computes them. */
  voicePending?: boolean;
}

export interface IngestSink {
  /** Stores one batch; returns how many of its captures were new. */
  stage(items: IngestItem[]): Promise<number>;
  /**
   * The library's committed captures with `fromTs <= ts <= toTs` (read by the time index), so records of
   * recordings the library already holds merge into those clips. Absent: a fresh, empty library.
   */
  existing?(fromTs: number, toTs: number): Promise<Capture[]>;
  /** The library's rooms (a library clip merged with new records keeps its room, which this import may not name). */
  rooms?(): Promise<Room[]>;
  /** Audio facts stored for library clips, so flags recomputed after a merge still see their audio. */
  audioFacts?(ids: string[]): Promise<Map<string, CaptureAudioFacts>>;
}

export interface IngestProgress {
  phase: 'reading' | 'parsing' | 'audio' | 'committing';
  /** Per user file: bytes of its audio handled so far and in total. */
  files: { path: string; done: number; total: number }[];
  captures: number;
  processed: number;
  audioLinked: number;
  elapsedMs: number;
  /** Estimated time left, once enough is known. */
  remainingMs?: number;
  /** Of the audio phase so far, the time spent in the sink's `stage` (writing the batches). */
  writeMs?: number;
  /** Of `writeMs`, the share spent writing rows rather than audio (estimate.ts, `rowWriteShare`). */
  rowWriteMs?: number;
}

export interface IngestOptions {
  importId: string;
  timeZone: string;
  mapping?: ColumnMapping;
  limits?: Partial<ArchiveLimits>;
  signal?: AbortSignal;
  batchSize?: number;
  /** Skip decoding (metadata-only analysis, e.g. a quick CLI run). */
  analyseAudio?: boolean;
  /**
   * Compute only the cheap audio facts (peaks, loudness, speech share, gain) and leave pitch and the speaker
   * embedding — ~90% of the analysis time — to a later pass (the app's library worker). The CLI keeps the
   * full analysis because it has no later pass.
   */
  deferVoiceAnalysis?: boolean;
  /**
   * `false`: stage the captures as merged, without category and flags — for a caller that enriches the whole
   * import itself once its audio facts are in (the CLI with its analysis threads), so that work is done once.
   */
  enrich?: boolean;
  /**
   * Decodes one recording and runs the full analysis elsewhere (the app's pool of analysis workers, one per
   * core); answers `{ undecodable }` with the decoder's message when the audio cannot be decoded, and rejects
   * only when the analysis itself failed (which fails the import). The import reads on while the answers come,
   * and stores each batch once its answers are in. Replaces `deferVoiceAnalysis`.
   */
  analyser?: (bytes: Uint8Array) => Promise<AudioAnalysis | { undecodable: string }>;
  /**
   * Every entry of the user's files, as soon as they are listed and before any is parsed: the CLI starts
   * reading and analysing recordings on its threads from here, while this thread parses and merges.
   */
  onEntries?(entries: readonly InputEntry[]): void;
  onProgress?(progress: IngestProgress): void;
  now?: () => number;
}

export type IngestOutcome =
  | { kind: 'needs-mapping'; preview: LayoutPreview }
  | {
      kind: 'done';
      merged: MergedLibrary;
      devices: Device[];
      rooms: Room[];
      sources: Source[];
      counts: ImportRun['counts'];
      warnings: ImportWarning[];
      unclaimed: string[];
    };

export async function ingest(files: UserFile[], sink: IngestSink, options: IngestOptions): Promise<IngestOutcome> {
  const now = options.now ?? (() => Date.now());
  const started = now();
  const { signal } = options;
  // Progress per thing the user gave: a zip or loose file, or a whole folder (its first path segment).
  const rootOf = (path: string) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : path);
  const fileProgress = [...new Set(files.map((f) => rootOf(f.path)))].map((path) => ({ path, done: 0, total: 0 }));
  const report = (p: Omit<IngestProgress, 'files' | 'elapsedMs'>) =>
    options.onProgress?.({ ...p, files: fileProgress.map((f) => ({ ...f })), elapsedMs: now() - started });

  report({ phase: 'reading', captures: 0, processed: 0, audioLinked: 0 });
  const archiveWarnings: ImportWarning[] = [];
  const entries = await expandInputs(files, options.limits, signal, archiveWarnings);
  options.onEntries?.(entries);
  report({ phase: 'parsing', captures: 0, processed: 0, audioLinked: 0 });
  const parseOptions = { timeZone: options.timeZone, signal };
  let results: ImportResult[];
  let unclaimed: string[] = [];
  if (options.mapping) results = [await parseWithMapping(entries, options.mapping, parseOptions)];
  else {
    const detected = await detectAndParse(entries, parseOptions);
    if (detected.preview) {
      // Nothing recognised and no table to map: if a file cannot even be read (a nested archive, a
      // lying size), that specific error tells the user more than "unknown format".
      if (!detected.preview.tables.length) await surfaceUnreadable(entries);
      return { kind: 'needs-mapping', preview: detected.preview };
    }
    results = detected.results;
    unclaimed = detected.unclaimed.map((e) => e.path);
  }
  const merged = mergeResults(dropBrokenRecords(results), { importId: options.importId });
  let mergedIntoLibrary = new Set<string>();
  if (sink.existing && merged.captures.length) {
    const first = merged.captures[0]!.ts;
    const last = merged.captures.at(-1)!.ts;
    const library = await sink.existing(first - LIBRARY_WINDOW_MS, last + LIBRARY_WINDOW_MS);
    if (library.length) {
      const absorbed = absorbIntoLibrary(merged.captures, library, merged.audio);
      merged.captures = absorbed.captures;
      mergedIntoLibrary = absorbed.mergedInto;
    }
  }
  // The household's own rooms (its privacy choices) win over what this import's device names suggest.
  const libraryRooms = (await sink.rooms?.()) ?? [];
  const known = new Set(libraryRooms.map((r) => r.id));
  const enrichRooms = [...libraryRooms, ...merged.rooms.filter((r) => !known.has(r.id))];
  const warnings = [...archiveWarnings, ...merged.warnings];
  const ownerIndex = new Map(fileProgress.map((f, i) => [f.path, i]));
  const ownerOf = (path: string) => ownerIndex.get(rootOf(path)) ?? -1;
  for (const entry of merged.audio.values()) {
    const owner = ownerOf(entry.path);
    if (owner >= 0) fileProgress[owner]!.total += entry.size;
  }
  const totalBytes = fileProgress.reduce((sum, f) => sum + f.total, 0);

  const batchSize = options.batchSize ?? 100;
  const counts = {
    captures: merged.captures.length,
    newCaptures: 0,
    withAudio: 0,
    withoutAudio: 0,
    withoutTranscript: 0,
  };
  let bytesDone = 0;
  // The commit after the phase writes the staged rows again (not the audio): estimated from the time writing
  // them took while staging.
  const estimate = remainingTimeEstimator({ afterWrite: COMMIT_PER_WRITE_MS });
  let writeMs = 0;
  let rowWriteMs = 0;
  estimate.update(0, now());
  report({ phase: 'audio', captures: merged.captures.length, processed: 0, audioLinked: 0 });
  // A batch holds at most `batchSize` captures with audio (bounded memory) but up to 10× as many without:
  // metadata-only rows are small, and each batch is one IndexedDB transaction, whose fixed cost dominated
  // imports of 100,000 text-only captures at 100 rows a transaction.
  const bounds: [number, number][] = [];
  for (let start = 0, end = 0; start < merged.captures.length; start = end) {
    let withAudio = 0;
    while (end < merged.captures.length && end - start < batchSize * 10 && withAudio < batchSize) {
      if (merged.audio.has(merged.captures[end]!.id)) withAudio++;
      end++;
    }
    bounds.push([start, end]);
  }
  const analyse = options.analyseAudio !== false;

  /**
   * Reads one batch's audio (a few large reads per zip, archive/bulk-reader.ts) and analyses it — or hands each
   * recording to `options.analyser`, whose answers the batch waits for before it is stored.
   */
  const prepare = async (start: number, end: number) => {
    const batch = merged.captures.slice(start, end);
    const entries = batch.flatMap((c) => merged.audio.get(c.id) ?? []);
    const readOf = await readMany(entries, signal);
    const items: IngestItem[] = [];
    const facts = new Map<string, CaptureAudioFacts>();
    // Per capture, so warnings keep the captures' order whichever analysis answers first.
    const itemWarnings: ImportWarning[][] = [];
    const analysed: Promise<void>[] = [];
    const done: { path: string; size: number }[] = [];
    for (const capture of batch) {
      const item: IngestItem = { capture };
      const notes: ImportWarning[] = [];
      const entry = merged.audio.get(capture.id);
      if (entry) {
        const bytes = await readOf(entry);
        const kind = sniffAudio(bytes.subarray(0, 512));
        if (!kind) {
          notes.push({
            file: entry.path,
            message: 'This file is not audio Earshot can recognise; the capture is kept without audio.',
          });
          delete item.capture.audioId;
        } else {
          const mime = AUDIO_MIME[kind];
          item.audio = { bytes, mime, name: entry.path, original: () => readOf.original(entry, mime) };
          if (kind === 'wav') {
            const probe = probeAudio(bytes);
            if (probe.truncated)
              notes.push({
                file: entry.path,
                message: `"${baseName(entry.path)}" is shorter than its WAV header says: only ${((probe.durationMs ?? 0) / 1000).toFixed(1)} s of audio are there; the file may be cut off.`,
              });
          }
          const apply = (analysis: AudioAnalysis, pending: boolean) => {
            item.analysis = analysis;
            if (pending) item.voicePending = true;
            capture.durationMs = Math.round(analysis.durationMs);
            facts.set(capture.id, {
              ...analysis.features,
              durationMs: analysis.durationMs,
              embedding: analysis.embedding,
            });
          };
          const undecodable = (message: string) =>
            notes.push({
              file: entry.path,
              message: `The audio could not be decoded (${message}); it is kept but has no waveform.`,
            });
          if (analyse && options.analyser) {
            const answered = options.analyser(bytes).then((answer) => {
              if ('undecodable' in answer) undecodable(answer.undecodable);
              else apply(answer, false);
            });
            // Awaited below (allSettled); a failed read later in this batch never gets there, and the import's own
            // error is the one to report, not this rejection as unhandled.
            answered.catch(() => undefined);
            analysed.push(answered);
          } else if (analyse) {
            try {
              const decoded = await decodeAudio(bytes);
              if (options.deferVoiceAnalysis) apply(analyseQuick(decoded), true);
              else apply(analyseAudio(decoded), false);
            } catch (error) {
              undecodable((error as Error).message);
            }
          }
        }
        done.push({ path: entry.path, size: entry.size });
      }
      items.push(item);
      itemWarnings.push(notes);
    }
    // allSettled first: a failed batch leaves no answer of its own still running into its items.
    const settled = await Promise.allSettled(analysed);
    for (const outcome of settled) if (outcome.status === 'rejected') throw outcome.reason;
    return { end, items, facts, itemWarnings, done };
  };

  /** Enriches and stores one prepared batch, and reports progress. */
  const store = async ({ end, items, facts, itemWarnings, done }: Awaited<ReturnType<typeof prepare>>) => {
    for (const notes of itemWarnings) warnings.push(...notes);
    const stored = items
      .map((i) => i.capture)
      .filter((c) => mergedIntoLibrary.has(c.id) && !facts.has(c.id))
      .map((c) => c.id);
    if (stored.length && sink.audioFacts)
      for (const [id, fact] of await sink.audioFacts(stored)) if (!facts.has(id)) facts.set(id, fact);
    if (options.enrich !== false) {
      const enriched = enrichCaptures(
        items.map((i) => i.capture),
        {
          timeZone: options.timeZone,
          devices: merged.devices,
          rooms: enrichRooms,
          accountId: merged.accountId,
          audio: facts,
        },
      );
      enriched.forEach((capture, i) => (items[i]!.capture = capture));
    }
    for (const item of items) {
      if (item.audio) counts.withAudio++;
      else counts.withoutAudio++;
      if (item.capture.transcriptStatus !== 'ok') counts.withoutTranscript++;
    }
    const writeStarted = now();
    counts.newCaptures += await sink.stage(items);
    const wrote = now() - writeStarted;
    writeMs += wrote;
    // Rows: one per capture, one per peaks row; the audio is not written again by the commit.
    const rows = items.length + items.filter((i) => i.analysis).length;
    const audioBytes = items.reduce((sum, i) => sum + (i.audio?.bytes.byteLength ?? 0), 0);
    rowWriteMs += wrote * rowWriteShare(rows, audioBytes);
    for (const { path, size } of done) {
      bytesDone += size;
      const owner = ownerOf(path);
      if (owner >= 0) fileProgress[owner]!.done += size;
    }
    const share = totalBytes > 0 ? bytesDone / totalBytes : end / merged.captures.length;
    report({
      phase: 'audio',
      captures: merged.captures.length,
      processed: end,
      audioLinked: counts.withAudio,
      remainingMs: estimate.update(share, now(), rowWriteMs),
      writeMs,
      rowWriteMs,
    });
  };

  // The next batch is read (and its recordings analysed) while this one is enriched and written, so the
  // reading, the analysis threads and IndexedDB work side by side (bounded memory: two batches of audio).
  const cancelled = () => new ImportError('cancelled', '', 'The import was cancelled.');
  const ahead: ReturnType<typeof prepare>[] = [];
  const queue = (b: number) => {
    if (b >= bounds.length) return;
    const prepared = prepare(...bounds[b]!);
    // A failure of a later batch surfaces when it is awaited, after the ones before it.
    prepared.catch(() => undefined);
    ahead.push(prepared);
  };
  for (let b = 0; b < PREPARE_AHEAD; b++) queue(b);
  for (let b = 0; b < bounds.length; b++) {
    if (signal?.aborted) throw cancelled();
    const current = await ahead.shift()!;
    queue(b + PREPARE_AHEAD);
    await store(current);
  }
  if (signal?.aborted) throw cancelled();
  report({
    phase: 'committing',
    captures: merged.captures.length,
    processed: merged.captures.length,
    audioLinked: counts.withAudio,
    writeMs,
    rowWriteMs,
  });
  return {
    kind: 'done',
    merged,
    devices: merged.devices,
    rooms: merged.rooms,
    sources: merged.sources,
    counts,
    warnings,
    unclaimed,
  };
}

/** Reads a few of the given entries and rethrows the first specific ImportError one of them raises. */
async function surfaceUnreadable(entries: readonly InputEntry[]): Promise<void> {
  for (const entry of entries.slice(0, 20)) {
    try {
      await entry.read();
    } catch (error) {
      if (error instanceof ImportError && error.code !== 'cancelled') throw error;
    }
  }
}
