// Amazon "Request your data" archive: `All Data Categories.N.zip` parts (plus the loose FileDescriptions.csv),
// transcripts in `Intent-*.csv`, the device registration CSV and audio files (WAV or MP3, names carrying a
// serial and a time or an utterance id — the naming is a guess, see docs/formats.md §1.1). Files are found
// by their CSV headers, not their paths, because Amazon changes paths and suffixes between exports.

import type { ImportWarning, ProviderIntent } from '../model';
import { captureId } from '../ids';
import { inferRoom } from '../rooms';
import { baseName, dirName } from '../archive/names';
import { decodeText } from './text';
import { marketplaceOf } from '../deletion/marketplaces';
import { parseUtteranceId, serialFromName } from './alexa-ids';
import { audioKind, durationOf, filterEntries, head, text } from './entries';
import { cell, columnIndex, csvHeader, parseCsv, type CsvTable } from './csv';
import type { ClaimingImporter } from './importer';
import { throwIfAborted } from './importer';
import { notice } from './notices';
import { linkAudio } from './link-audio';
import type { AudioCandidate } from './link-audio';
import { transcriptOf } from './markers';
import { parseTimeFromName, parseTimeValue } from './times';
import type { ImportResult, InputEntry, MarketplaceHints, RawCapture, RawDevice } from './types';

type CsvRole = 'intent' | 'registration' | 'sessions';

async function csvRole(entry: InputEntry): Promise<CsvRole | undefined> {
  if (!/\.csv$/i.test(entry.path)) return undefined;
  const header = csvHeader(decodeText(await head(entry))).map((h) => h.toLowerCase());
  if (header.includes('utterance text') && header.includes('utterance creation date')) return 'intent';
  if (header.includes('device serial number') && header.some((h) => h.includes('model'))) return 'registration';
  // `Alexa and Echo Devices.Device_Session_Events.csv`: no recordings, but the account's marketplace.
  if (header.includes('marketplace') || header.includes('device locale')) return 'sessions';
  return undefined;
}

/**
 * The export a path belongs to: everything up to the `All Data Categories.N.zip` part (parts are one export),
 * or the unzipped `All Data Categories.N` folder, or the folder holding Amazon's own folders, else the file's
 * own folder.
 */
function archiveRoot(path: string): string {
  const segments = path.split('/');
  const i = segments.findIndex(
    (s, index) => index < segments.length - 1 && (/\.zip$/i.test(s) || /^all data categories/i.test(s)),
  );
  if (i >= 0) return [...segments.slice(0, i), segments[i]!.replace(/(\.\d+)?(\.zip)?$/i, '')].join('/').toLowerCase();
  // Unpacked: the export's folder is the one above Amazon's own folders — `Additional Data/…` (2024 on) or the
  // `Category.Dataset/` folders of the 2021 per-category zips (`Alexa/Alexa.Intent/`, `Alexa/Alexa.Voice/`).
  const own = segments.findIndex(
    (s, index) => index < segments.length - 1 && (/^additional data$/i.test(s) || CATEGORY_FOLDER.test(s)),
  );
  if (own >= 0) return segments.slice(0, own).join('/').toLowerCase();
  return dirName(path).toLowerCase();
}
const CATEGORY_FOLDER = /^[A-Z][A-Za-z-]*(\.[A-Za-z][\w-]*)+$/;

export const alexaArchive: ClaimingImporter = {
  source: 'alexa-archive',

  async claim(entries) {
    const roles = await filterEntries(entries, async (e) => (await csvRole(e)) !== undefined);
    if (!roles.length) return [];
    const roots = new Set(roles.map((e) => archiveRoot(e.path)));
    // Loose files picked one by one have no export folder: there only audio named like Amazon's (a serial or an
    // utterance id) is the archive's, not the other exports' clips picked along with it.
    const inRoot = entries.filter(
      (e) =>
        roots.has(archiveRoot(e.path)) &&
        (archiveRoot(e.path) !== '' || roles.includes(e) || looksLikeAmazonAudio(baseName(e.path))),
    );
    const parents = new Set([...roots].map((r) => dirName(r)));
    const loose = entries.filter(
      (e) => /(^|\/)FileDescriptions\.csv$/i.test(e.path) && parents.has(dirName(e.path).toLowerCase()),
    );
    return [...new Set([...roles, ...inRoot, ...loose])];
  },

  async detect(entries) {
    const roles = await filterEntries(entries, async (e) => (await csvRole(e)) === 'intent');
    return roles.length ? 0.9 : 0;
  },

  async parse(entries, options): Promise<ImportResult> {
    const warnings: ImportWarning[] = [];
    const devices = new Map<string, RawDevice>();
    const transcripts: RawCapture[] = [];
    const seen = new Set<string>();
    let sentinelRows = 0;
    const hints: MarketplaceHints = { marketplace: {}, locale: {} };
    const metadata = await filterEntries(entries, async (e) => (await csvRole(e)) !== undefined);
    for (const entry of metadata) {
      throwIfAborted(options.signal, entry.path);
      const role = await csvRole(entry);
      const table = parseCsv(await text(entry), entry.path);
      if (role === 'registration') {
        const serial = columnIndex(table, 'Device Serial Number');
        const name = columnIndex(table, 'Device Name', 'Device Account Name', 'Account Name');
        const model = columnIndex(table, 'Device Model', 'Amazon Device Model Name');
        for (const row of table.rows) {
          const id = cell(row[serial]);
          if (!id) continue;
          const deviceName = cell(row[name]) ?? cell(row[model]) ?? id;
          devices.set(id, {
            id,
            name: deviceName,
            model: cell(row[model]),
            registered: true,
            provider: 'amazon',
            roomHint: inferRoom(deviceName)?.name,
          });
        }
        continue;
      }
      if (role === 'sessions') {
        countValues(table, columnIndex(table, 'Marketplace'), hints.marketplace);
        countValues(table, columnIndex(table, 'Device Locale'), hints.locale);
        continue;
      }
      const textCol = columnIndex(table, 'Utterance text');
      const dateCol = columnIndex(table, 'Utterance Creation Date');
      const intentCols = providerIntentColumns(table);
      table.rows.forEach((row, i) => {
        const rawText = cell(row[textCol]);
        const rawDate = cell(row[dateCol]);
        if (!rawText && !rawDate) {
          sentinelRows++;
          return;
        }
        const ts = rawDate ? parseTimeValue(rawDate, 'UTC') : undefined;
        if (ts === undefined) {
          warnings.push(notice('time-unreadable-line', entry.path, { value: rawDate ?? '' }, table.lines[i]));
          return;
        }
        const spoken = transcriptOf(rawText);
        const id = captureId({ provider: 'amazon', ts, transcript: spoken.transcript ?? spoken.transcriptStatus });
        if (seen.has(id)) return; // the same utterance listed twice (also across archive parts)
        seen.add(id);
        transcripts.push({
          id,
          source: 'alexa-archive',
          ts,
          ...spoken,
          providerIntent: providerIntentOf(row, intentCols),
          origin: { file: entry.path, line: table.lines[i] },
        });
      });
    }
    if (sentinelRows)
      warnings.push(
        notice('sentinel-rows', metadata.find((m) => /intent/i.test(m.path))?.path ?? '', { count: sentinelRows }),
      );

    const audioEntries = await filterEntries(
      entries.filter((e) => !metadata.includes(e)),
      async (e) => (await audioKind(e)) !== undefined,
    );
    const candidates: AudioCandidate[] = await Promise.all(
      audioEntries.map((entry) => candidate(entry, options.timeZone)),
    );
    for (const c of candidates) {
      if (c.deviceId && !devices.has(c.deviceId))
        devices.set(c.deviceId, { id: c.deviceId, name: c.deviceId, registered: false, provider: 'amazon' });
    }
    const linked = linkAudio(transcripts, candidates, {
      toleranceMs: 5_000,
      keyOf: () => undefined,
      orphan: (a) => {
        if (a.ts === undefined) {
          warnings.push(notice('audio-without-time', a.entry.path));
          return undefined;
        }
        return {
          id: captureId({ provider: 'amazon', deviceId: a.deviceId, ts: a.ts, extra: baseName(a.entry.path) }),
          source: 'alexa-archive',
          ts: a.ts,
          deviceId: a.deviceId,
          transcriptStatus: 'missing',
          audio: a.entry,
          durationMs: a.durationMs,
          origin: { file: a.entry.path },
        };
      },
    });
    options.onProgress?.({ file: '', done: entries.length, total: entries.length });
    return {
      source: 'alexa-archive',
      files: entries.map((e) => e.path),
      captures: linked.captures,
      devices: [...devices.values()],
      warnings: [...warnings, ...linked.warnings],
      ...(Object.keys(hints.marketplace).length || Object.keys(hints.locale).length ? { marketplaceHints: hints } : {}),
    };
  },
};

/** Counts each value of a column that names a known marketplace (sentinels and anything else are skipped). */
function countValues(table: CsvTable, column: number, into: Record<string, number>): void {
  if (column < 0) return;
  for (const row of table.rows) {
    const value = cell(row[column]);
    if (value && marketplaceOf(value)) into[value] = (into[value] ?? 0) + 1;
  }
}

/**
 * Some Intent CSVs carry Amazon's own understanding next to the text (a domain and an intent column, or one
 * `Domain/Intent` cell); most carry none. Column names vary, so several are accepted (docs/formats.md).
 */
function providerIntentColumns(table: CsvTable): { domain: number; intent: number } {
  return {
    domain: columnIndex(table, 'Domain', 'NLU Domain', 'Intent Domain', 'Utterance Domain'),
    intent: columnIndex(table, 'Intent', 'NLU Intent', 'Intent Name', 'Utterance Intent'),
  };
}

function providerIntentOf(row: string[], cols: { domain: number; intent: number }): ProviderIntent | undefined {
  const domain = cols.domain >= 0 ? cell(row[cols.domain]) : undefined;
  const intent = cols.intent >= 0 ? cell(row[cols.intent]) : undefined;
  if (domain) return { provider: 'amazon', domain, intent };
  // Without a domain column the intent cell may hold both ("Music/PlayMusicIntent"); a bare intent name is
  // not enough to map (docs/taxonomy.md), so it is left to the text.
  const slash = intent?.indexOf('/') ?? -1;
  if (intent && slash > 0)
    return { provider: 'amazon', domain: intent.slice(0, slash), intent: intent.slice(slash + 1) || undefined };
  return undefined;
}

function looksLikeAmazonAudio(name: string): boolean {
  return (
    /\.(wav|mp3|ogg|opus)$/i.test(name) &&
    (parseUtteranceId(name) !== undefined ||
      (serialFromName(name) !== undefined && parseTimeFromName(name, 'UTC') !== undefined))
  );
}

async function candidate(entry: InputEntry, timeZone: string): Promise<AudioCandidate> {
  const name = baseName(entry.path);
  const utterance = parseUtteranceId(name);
  return {
    entry,
    key: utterance?.key,
    deviceId: utterance?.serial ?? serialFromName(name),
    ts: utterance?.ts ?? parseTimeFromName(name, timeZone),
    durationMs: await durationOf(entry),
  };
}
