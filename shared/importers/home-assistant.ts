// Home Assistant Assist pipeline debug recordings: `<dir>/[<device_id>/]<pipeline>/<monotonic ns>/00_wake-….wav`
// and `01_stt-….wav`, 16 kHz mono WAV, no transcripts. The run folder is a monotonic clock, so the time comes
// from the file's modification time. See docs/formats.md §3.

import type { ImportWarning } from '../model';
import { captureId } from '../ids';
import { inferRoom } from '../rooms';
import { baseName, dirName } from '../archive/names';
import { audioKind, durationOf, filterEntries } from './entries';
import type { ClaimingImporter } from './importer';
import { slug } from './importer';
import { notice } from './notices';
import type { ImportResult, InputEntry, RawCapture, RawDevice } from './types';

const RUN_FILE = /^0\d_(wake|stt)-.+\.\w+$/i;

function runParts(path: string): { run: string; pipeline: string; deviceHex?: string } | undefined {
  if (!RUN_FILE.test(baseName(path))) return undefined;
  const segments = dirName(path).split('/');
  const run = segments.at(-1) ?? '';
  if (!/^\d{9,}$/.test(run) || segments.length < 2) return undefined;
  const pipeline = segments.at(-2)!;
  const maybeDevice = segments.at(-3);
  return { run, pipeline, deviceHex: maybeDevice && /^[0-9a-f]{16,}$/i.test(maybeDevice) ? maybeDevice : undefined };
}

export const homeAssistant: ClaimingImporter = {
  source: 'home-assistant',

  async claim(entries) {
    return filterEntries(
      entries.filter((e) => RUN_FILE.test(baseName(e.path))),
      async (e) => (await audioKind(e)) !== undefined,
    );
  },

  async detect(entries) {
    return entries.some((e) => RUN_FILE.test(baseName(e.path))) ? 0.9 : 0;
  },

  async parse(entries, options): Promise<ImportResult> {
    const warnings: ImportWarning[] = [];
    const runs = new Map<string, InputEntry[]>();
    for (const e of entries.filter((x) => runParts(x.path))) {
      const key = dirName(e.path);
      runs.set(key, [...(runs.get(key) ?? []), e]);
    }
    for (const [key, files] of looseRuns(entries.filter((x) => !runParts(x.path)))) runs.set(key, files);
    const captures: RawCapture[] = [];
    const devices = new Map<string, RawDevice>();
    let done = 0;
    for (const [dir, files] of runs) {
      const parts = runParts(files[0]!.path) ?? looseParts(files);
      // The command is in the STT recording; the wake-word clip alone only when STT is missing.
      const audio = files.find((f) => /^0\d_stt-/i.test(baseName(f.path))) ?? files[0]!;
      const ts = audio.lastModified;
      if (ts === undefined) {
        warnings.push(notice('no-mtime', audio.path));
        continue;
      }
      const deviceId = `ha-${parts.deviceHex ?? slug(parts.pipeline)}`;
      if (!devices.has(deviceId))
        devices.set(deviceId, {
          id: deviceId,
          name: parts.pipeline,
          registered: true,
          provider: 'home-assistant',
          roomHint: inferRoom(parts.pipeline)?.name,
        });
      captures.push({
        id: captureId({ provider: 'home-assistant', recordId: `${deviceId}/${parts.run}/${audio.size}` }),
        source: 'home-assistant',
        ts,
        deviceId,
        deviceName: parts.pipeline,
        transcriptStatus: 'missing',
        audio,
        durationMs: await durationOf(audio),
        providerMarkers: files.some((f) => /^0\d_stt-/i.test(baseName(f.path))) ? undefined : ['wake-word-only'],
        origin: { file: dir.startsWith(LOOSE) ? audio.path : dir },
      });
      options.onProgress?.({ file: audio.path, done: ++done, total: runs.size });
    }
    return {
      source: 'home-assistant',
      files: entries.map((e) => e.path),
      captures,
      devices: [...devices.values()],
      warnings,
    };
  },
};

const LOOSE = '\u0000loose:';
/** A wake-word clip is written when the wake word is heard, the speech clip seconds later. */
const RUN_SPAN_MS = 30_000;

/**
 * Run files the user picked one by one (or copied out of their run folders): no run folder tells which wake clip
 * and speech clip belong together, so each speech clip takes the latest wake clip of its folder written shortly
 * before it — one recording per run, as when the run folders are given.
 */
function looseRuns(entries: readonly InputEntry[]): Map<string, InputEntry[]> {
  const runs = new Map<string, InputEntry[]>();
  const byFolder = new Map<string, InputEntry[]>();
  for (const e of entries) byFolder.set(dirName(e.path), [...(byFolder.get(dirName(e.path)) ?? []), e]);
  for (const [folder, files] of byFolder) {
    const timed = [...files].sort((a, b) => (a.lastModified ?? 0) - (b.lastModified ?? 0));
    const wakes = timed.filter((f) => /^0\d_wake-/i.test(baseName(f.path)));
    const used = new Set<InputEntry>();
    for (const stt of timed.filter((f) => !wakes.includes(f))) {
      const at = stt.lastModified ?? 0;
      const wake = wakes
        .filter((w) => !used.has(w) && at - (w.lastModified ?? 0) >= 0 && at - (w.lastModified ?? 0) <= RUN_SPAN_MS)
        .at(-1);
      if (wake) used.add(wake);
      runs.set(`${LOOSE}${folder}/${at}/${baseName(stt.path)}`, wake ? [wake, stt] : [stt]);
    }
    for (const wake of wakes.filter((w) => !used.has(w)))
      runs.set(`${LOOSE}${folder}/${wake.lastModified ?? 0}/${baseName(wake.path)}`, [wake]);
  }
  return runs;
}

/** Device and run of loose run files: the folder they sit in names the pipeline where there is one. */
function looseParts(files: InputEntry[]): { run: string; pipeline: string; deviceHex?: string } {
  const folder = baseName(dirName(files[0]!.path));
  const stamp = Math.max(...files.map((f) => f.lastModified ?? 0));
  return { run: `loose-${stamp}`, pipeline: folder || 'Home Assistant' };
}
