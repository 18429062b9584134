// Google Takeout → My Activity → Assistant: MyActivity.json (or the legacy MyActivity.html), English or
// German (translated folder and file names, titles in the export language), mp3 files linked through
// `audioFiles`. See docs/formats.md §2.

import type { ImportWarning } from '../model';
import { captureId } from '../ids';
import { baseName, dirName } from '../archive/names';
import { audioKind, durationOf, filterEntries, hasAudioExtension, headText, text } from './entries';
import type { ClaimingImporter } from './importer';
import { throwIfAborted } from './importer';
import { notice } from './notices';
import { isRecord, str } from './json';
import { MAX_RECORDS, refuseOverCap, streamJsonRecords } from './json-stream';
import { parseActivityHtml } from './html';
import { linkAudio } from './link-audio';
import type { AudioCandidate } from './link-audio';
import { googleTitleKind } from './record-kinds';
import { parseTimeFromName, parseTimeValue, type ZoneNote } from './times';
import { ImportError, type ImportResult, type InputEntry, type RawCapture } from './types';

const ACTIVITY_NAME = /(my\s*activity|meine\s*aktivit(ä|ae)ten)(-\d+)?\.(json|html?)$/i;
/** Takeout's audio names: `2018-04-16_11_42_55_659_UTC.mp3` (user copies may append `-<transcript>`). */
const GOOGLE_AUDIO_NAME = /^\d{4}-\d{2}-\d{2}_\d{2}_\d{2}_\d{2}_\d{1,3}_UTC\b/i;
// Voice Match training records carry the app's package as header (`com.google.OPA`, `com.google.Chromecast`).
const ASSISTANT_PRODUCTS =
  /^(assistant|voice and audio|sprach- und audioaktivitäten|google app|com\.google\.(opa|chromecast))$/i;

async function isActivityFile(entry: InputEntry): Promise<boolean> {
  if (!ACTIVITY_NAME.test(baseName(entry.path)) && !/\.(json|html?)$/i.test(entry.path)) return false;
  const content = (await headText(entry, 20_000)).slice(0, 20_000);
  if (/\.json$/i.test(entry.path))
    return (
      /"header"\s*:/.test(content) &&
      /"title"\s*:/.test(content) &&
      /"(Assistant|Voice and Audio|com\.google\.OPA)"/.test(content)
    );
  return /outer-cell/.test(content) && (/Assistant/.test(content) || /assistant/i.test(entry.path));
}

export const googleTakeout: ClaimingImporter = {
  source: 'google-takeout',

  async claim(entries) {
    const files = await filterEntries(entries, isActivityFile);
    if (!files.length) return [];
    const dirs = new Set(files.map((f) => dirName(f.path)));
    const voiceDirs = entries
      .filter((e) => /voice and audio|sprach- und audio/i.test(dirName(e.path)))
      .map((e) => dirName(e.path));
    for (const d of voiceDirs) dirs.add(d);
    // Files picked one by one share no folder with their export: there only Google's own audio names (or the
    // names the activity files list) are Google's — the rest belongs to the other exports picked with them.
    const listed = entries.some((e) => dirName(e.path) === '') ? await listedAudio(files) : new Set<string>();
    const audio = entries.filter(
      (e) =>
        !files.includes(e) &&
        dirs.has(dirName(e.path)) &&
        !/\.(json|html?|csv)$/i.test(e.path) &&
        (dirName(e.path) !== '' || GOOGLE_AUDIO_NAME.test(baseName(e.path)) || listed.has(baseName(e.path))),
    );
    return [...files, ...audio];
  },

  async detect(entries) {
    return (await filterEntries(entries, isActivityFile)).length ? 0.9 : 0;
  },

  async parse(entries, options): Promise<ImportResult> {
    const warnings: ImportWarning[] = [];
    const files = await filterEntries(entries, isActivityFile);
    const others = entries.filter((e) => !files.includes(e));
    const audio = await filterEntries(others, async (e) => (await audioKind(e)) !== undefined);
    for (const e of others) {
      if (!audio.includes(e) && hasAudioExtension(e.path)) warnings.push(notice('audio-not-playable', e.path));
    }
    const byName = new Map(audio.map((e) => [baseName(e.path).normalize('NFC'), e]));
    const captures: RawCapture[] = [];
    const used = new Set<InputEntry>();
    const unknownTitles = new Map<string, { count: number; file: string }>();
    for (const file of files) {
      throwIfAborted(options.signal, file.path);
      const tally: ZoneTally = { zoneless: 0, unknown: new Map() };
      const records = /\.json$/i.test(file.path)
        ? await jsonRecords(file, options.signal)
        : htmlRecords(await text(file), file.path, options.timeZone, tally);
      if (tally.zoneless) warnings.push(notice('zoneless-times', file.path, { count: tally.zoneless }));
      for (const [zone, count] of tally.unknown) warnings.push(notice('unknown-zone', file.path, { zone, count }));
      records.forEach((r, index) => {
        if (!r.assistant) return;
        if (r.ts === undefined) {
          warnings.push(notice('time-unreadable-entry', file.path, {}, index + 1));
          return;
        }
        const parsed = googleTitleKind(r.title, queryOf(r.titleUrl));
        const transcript = parsed.transcript;
        const audioEntry = r.audioFiles.map((n) => byName.get(baseName(n).normalize('NFC'))).find(Boolean);
        if (r.audioFiles.length && !audioEntry)
          warnings.push(
            notice(
              'audio-listed-missing',
              file.path,
              { audio: r.audioFiles[0]!, title: transcript ?? r.title ?? '' },
              index + 1,
            ),
          );
        if (audioEntry) used.add(audioEntry);
        if (parsed.kind === 'unrecognised') {
          const seen = unknownTitles.get(parsed.providerType) ?? { count: 0, file: file.path };
          unknownTitles.set(parsed.providerType, { ...seen, count: seen.count + 1 });
        }
        captures.push({
          id: captureId({ provider: 'google', ts: r.ts, transcript: transcript ?? r.title }),
          source: 'google-takeout',
          ts: r.ts,
          transcript,
          transcriptStatus: transcript ? 'ok' : (parsed.status ?? 'missing'),
          response: r.response,
          providerMarkers: markersOf(r.details, parsed.status ? parsed.providerType : undefined),
          kind: parsed.kind,
          providerType: parsed.providerType,
          audio: audioEntry,
          origin: { file: file.path, line: index + 1 },
        });
      });
    }
    for (const [type, { count, file }] of unknownTitles)
      warnings.push(notice('unknown-record-type', file, { type, count }));
    for (const c of captures) if (c.audio) c.durationMs = await durationOf(c.audio);
    const unreferenced: AudioCandidate[] = audio
      .filter((e) => !used.has(e))
      .map((entry) => ({ entry, ts: parseTimeFromName(baseName(entry.path), 'UTC') ?? entry.lastModified }));
    const seen = new Set<string>();
    const unique = captures.filter((c) => (seen.has(c.id) ? false : (seen.add(c.id), true)));
    const linked = linkAudio(unique, unreferenced, {
      toleranceMs: 10_000,
      expectedLagMs: 2_500,
      orphan: (a) => ({
        id: captureId({ provider: 'google', ts: a.ts ?? 0, extra: baseName(a.entry.path) }),
        source: 'google-takeout',
        ts: a.ts ?? 0,
        transcriptStatus: 'missing',
        audio: a.entry,
        origin: { file: a.entry.path },
      }),
    });
    return {
      source: 'google-takeout',
      files: entries.map((e) => e.path),
      captures: linked.captures,
      devices: [],
      warnings: [...warnings, ...linked.warnings],
    };
  },
};

interface ActivityRecord {
  assistant: boolean;
  ts?: number;
  title?: string;
  titleUrl?: string;
  audioFiles: string[];
  details: string[];
  response?: string;
}

/** Streamed: the activity objects become small records as the file is read (docs/reliability.md, "Bounded work"). */
async function jsonRecords(file: InputEntry, signal?: AbortSignal): Promise<ActivityRecord[]> {
  const tooMany = () =>
    new ImportError(
      'too-many-records',
      file.path,
      `"${file.path}" holds more than ${MAX_RECORDS.toLocaleString('en')} activity records; Earshot imports at most that many at once. Export My Activity in parts (for example one year at a time).`,
    );
  await refuseOverCap([file], 'root-array', tooMany, signal);
  const records: ActivityRecord[] = [];
  await streamJsonRecords(
    file,
    'root-array',
    (r) => {
      if (records.length >= MAX_RECORDS) throw tooMany();
      records.push(activityRecord(r));
    },
    signal,
  );
  return records;
}

function activityRecord(r: Record<string, unknown>): ActivityRecord {
  const products = Array.isArray(r.products) ? r.products.map(str).filter((p): p is string => !!p) : [];
  const names = (list: unknown) =>
    Array.isArray(list)
      ? list
          .filter(isRecord)
          .map((d) => str(d.name))
          .filter((d): d is string => !!d)
      : [];
  return {
    assistant: [str(r.header) ?? '', ...products].some((p) => ASSISTANT_PRODUCTS.test(p)),
    ts: parseTimeValue(str(r.time), 'UTC'),
    title: str(r.title),
    titleUrl: str(r.titleUrl),
    audioFiles: Array.isArray(r.audioFiles) ? r.audioFiles.map(str).filter((a): a is string => !!a) : [],
    details: names(r.details),
    response: names(r.subtitles)[0],
  };
}

/** How the display dates of an HTML export named their zone, summed up for the import's notices. */
interface ZoneTally {
  zoneless: number;
  unknown: Map<string, number>;
}

function htmlRecords(content: string, file: string, timeZone: string, tally: ZoneTally): ActivityRecord[] {
  return parseActivityHtml(content, file).map((cell) => {
    let ts: number | undefined;
    let dateIndex = -1;
    for (const [i, line] of cell.lines.entries()) {
      const note: ZoneNote = {};
      const local = parseTimeValue(line, timeZone, note);
      if (local === undefined) continue;
      dateIndex = i;
      // Exports before 2018 print no zone; Google wrote those times in UTC (as google_takeout_parser reads them).
      if (note.zoneless) {
        ts = parseTimeValue(line, 'UTC');
        tally.zoneless++;
      } else ts = local;
      if (note.unknownZone) tally.unknown.set(note.unknownZone, (tally.unknown.get(note.unknownZone) ?? 0) + 1);
      break;
    }
    const titleLines = cell.lines.slice(0, dateIndex < 0 ? 1 : dateIndex);
    return {
      assistant: cell.caption.some((c) => /assistant|sprach/i.test(c)) || cell.audio.length > 0,
      ts,
      title: titleLines.join(' ').trim() || undefined,
      titleUrl: cell.links.find((l) => /[?&]q=/.test(l)),
      audioFiles: cell.audio,
      details: cell.caption.filter((c) => /hotword|speaker|sprecher|hotword/i.test(c)),
    };
  });
}

function queryOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const q = new URL(url).searchParams.get('q');
    return q?.trim() || undefined;
  } catch {
    return undefined;
  }
}

function markersOf(details: string[], typeMarker: string | undefined): string[] | undefined {
  const markers = typeMarker ? [...details, typeMarker] : details;
  return markers.length ? markers : undefined;
}

/** Audio file names the activity files list (`audioFiles`, `<audio src>`), read cheaply by pattern. */
async function listedAudio(files: readonly InputEntry[]): Promise<Set<string>> {
  const names = new Set<string>();
  for (const file of files) {
    if (/\.json$/i.test(file.path)) {
      // A pass over the stream, so a large My Activity file is not decoded whole just to list its audio.
      await streamJsonRecords(file, 'root-array', (r) => {
        if (Array.isArray(r.audioFiles))
          for (const n of r.audioFiles) if (typeof n === 'string') names.add(baseName(n).normalize('NFC'));
      }).catch(() => undefined);
      continue;
    }
    const content = await text(file);
    for (const m of content.matchAll(/<source[^>]*\ssrc="([^"]+)"/gi)) names.add(baseName(m[1]!).normalize('NFC'));
  }
  return names;
}
