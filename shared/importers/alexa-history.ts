// Alexa voice-history records (`customerHistoryRecords`, as saved by exporters and scrapers from the
// Review Voice History endpoint) with audio files named by utterance id. See docs/formats.md §1.2.

import type { ImportWarning } from '../model';
import { captureId } from '../ids';
import { parseRecordKey } from './alexa-ids';
import { filterEntries, headText } from './entries';
import type { ClaimingImporter } from './importer';
import { slug, throwIfAborted } from './importer';
import { isRecord, recordTime, str } from './json';
import { MAX_RECORDS, refuseOverCap, streamJsonRecords } from './json-stream';
import { ImportError } from './types';
import { claimUtteranceExport, linkUtteranceAudio, utteranceAudio } from './utterance-audio';
import { markerStatus, transcriptOf } from './markers';
import { alexaRecordKind } from './record-kinds';
import { notice } from './notices';
import type { ImportResult, InputEntry, RawCapture } from './types';
import { amazonOwners } from './amazon-owners';

const USER_ITEMS = new Set(['CUSTOMER_TRANSCRIPT', 'ASR_REPLACEMENT_TEXT']);
const REPLY_ITEMS = new Set(['ALEXA_RESPONSE', 'TTS_REPLACEMENT_TEXT']);

/** By the file's start: the first page or record names these keys long before 64 KB. */
async function isHistoryJson(entry: InputEntry): Promise<boolean> {
  if (!/\.json$/i.test(entry.path)) return false;
  const content = await headText(entry);
  return (
    content.includes('customerHistoryRecords') ||
    (content.includes('voiceHistoryRecordItems') && content.includes('recordKey'))
  );
}

const tooManyRecords = (file: string) =>
  new ImportError(
    'too-many-records',
    file,
    `"${file}" holds more than ${MAX_RECORDS.toLocaleString('en')} voice records; Earshot imports at most that many at once. Import the history in parts (for example one year at a time).`,
  );

/** Pages as saved: one response object, an array of them, or a bare array of records. */
const HISTORY_SHAPE = { recordsKey: 'customerHistoryRecords', markerKey: 'recordKey' };

export const alexaHistory: ClaimingImporter = {
  source: 'alexa-history',

  claim: (entries) => claimUtteranceExport(entries, isHistoryJson),

  async detect(entries) {
    return (await filterEntries(entries, isHistoryJson)).length ? 0.95 : 0;
  },

  async parse(entries, options): Promise<ImportResult> {
    const warnings: ImportWarning[] = [];
    const jsons = await filterEntries(entries, isHistoryJson);
    const captures: RawCapture[] = [];
    await refuseOverCap(jsons, HISTORY_SHAPE, tooManyRecords, options.signal);
    let total = 0;
    for (const json of jsons) {
      throwIfAborted(options.signal, json.path);
      // Streamed: each record becomes a capture and is dropped, so memory holds captures, never the file.
      await streamJsonRecords(
        json,
        HISTORY_SHAPE,
        (record, index) => {
          if (++total > MAX_RECORDS) throw tooManyRecords(json.path);
          const capture = toCapture(record, json.path, index, warnings);
          if (!capture) return;
          captures.push(capture);
        },
        options.signal,
      );
      options.onProgress?.({ file: json.path, done: jsons.indexOf(json) + 1, total: jsons.length });
    }
    const candidates = await utteranceAudio(entries.filter((e) => !jsons.includes(e)));
    const unique = dedupe(captures, warnings);
    linkArbitration(unique);
    const unknownTypes = new Map<string, { count: number; file: string }>();
    for (const c of unique)
      if (c.kind === 'unrecognised') {
        const seen = unknownTypes.get(c.providerType ?? '') ?? { count: 0, file: c.origin?.file ?? '' };
        unknownTypes.set(c.providerType ?? '', { ...seen, count: seen.count + 1 });
      }
    for (const [type, { count, file }] of unknownTypes)
      warnings.push(notice('unknown-record-type', file, { type, count }));
    const linked = linkUtteranceAudio(unique, candidates);
    return {
      source: 'alexa-history',
      files: entries.map((e) => e.path),
      captures: linked.captures,
      ...amazonOwners(unique),
      warnings: [...warnings, ...linked.warnings],
    };
  },
};

function toCapture(
  record: Record<string, unknown>,
  file: string,
  index: number,
  warnings: ImportWarning[],
): RawCapture | undefined {
  const ts = recordTime(record.timestamp, file, index, warnings);
  if (ts === undefined) return undefined;
  const key = parseRecordKey(str(record.recordKey));
  const device = isRecord(record.device) ? record.device : {};
  const deviceName = str(device.deviceName);
  const deviceId =
    key.serial ?? str(device.deviceSerialNumber) ?? (deviceName ? `amazon-${slug(deviceName)}` : undefined);
  const items = Array.isArray(record.voiceHistoryRecordItems) ? record.voiceHistoryRecordItems.filter(isRecord) : [];
  const userItems = items.filter((i) => USER_ITEMS.has(str(i.recordItemType) ?? ''));
  const customer = userItems.find((i) => i.recordItemType === 'CUSTOMER_TRANSCRIPT');
  const replacement = userItems.find((i) => i.recordItemType === 'ASR_REPLACEMENT_TEXT');
  let spoken = customer ? transcriptOf(str(customer.transcriptText)) : undefined;
  if (!spoken || spoken.transcriptStatus === 'missing') {
    const replacementText = str(replacement?.transcriptText);
    const status = markerStatus(replacementText);
    spoken = status ? { transcriptStatus: status } : { transcript: replacementText?.trim(), transcriptStatus: 'ok' };
  }
  const utteranceId =
    userItems.map((i) => str(i.utteranceId)).find(Boolean) ?? items.map((i) => str(i.utteranceId)).find(Boolean);
  const persons = [record, ...items].flatMap((r) =>
    Array.isArray(r.personsInfo) ? r.personsInfo.filter(isRecord) : [],
  );
  const response = items
    .filter((i) => REPLY_ITEMS.has(str(i.recordItemType) ?? ''))
    .map((i) => str(i.transcriptText))
    .filter(Boolean)
    .join(' ');
  const accountId = key.customerId ?? str(record.customerId);
  const utteranceType = str(record.utteranceType);
  const recordKind = alexaRecordKind(utteranceType);
  const markers = [
    utteranceType,
    str(record.activityStatus),
    record.domain ? `intent:${str(record.domain)}/${str(record.intent)}` : undefined,
    replacement && spoken.transcriptStatus !== 'ok' ? str(replacement.transcriptText) : undefined,
  ];
  let transcript = spoken.transcript || undefined;
  let transcriptStatus = transcript || spoken.transcriptStatus !== 'ok' ? spoken.transcriptStatus : 'missing';
  if (recordKind.status) {
    transcriptStatus = recordKind.status;
    transcript = undefined;
  } else if (!transcript && recordKind.emptyStatus && transcriptStatus === 'missing')
    transcriptStatus = recordKind.emptyStatus;
  // Alexa speaking first (CIF) has no words of the household: its only text is Alexa's own.
  if (recordKind.kind === 'assistant' && !customer) transcript = undefined;
  const domain = str(record.domain);
  return {
    id: captureId({ provider: 'amazon', accountId, recordId: utteranceId ?? str(record.recordKey) ?? `${ts}` }),
    source: 'alexa-history',
    accountId,
    ts,
    deviceId,
    deviceName,
    transcript,
    transcriptStatus,
    response: response || undefined,
    personName: persons.map((p) => str(p.personFirstName)).find(Boolean),
    providerRecordId: utteranceId ?? str(record.recordKey),
    providerMarkers: markers.filter((m): m is string => !!m),
    kind: recordKind.kind,
    providerType: utteranceType,
    providerIntent: domain ? { provider: 'amazon', domain, intent: str(record.intent) } : undefined,
    origin: { file, line: index + 1 },
  };
}

/** How far apart (ms) two devices' records of one utterance can be and still be linked. */
const ARBITRATION_WINDOW_MS = 5_000;

/**
 * DEVICE_ARBITRATION records are the same words heard by a device that did not answer: link each to the
 * answering device's record of the same file — another device, within a few seconds, the same words where
 * both have text. Left unlinked when no such record is there.
 */
export function linkArbitration(captures: RawCapture[]): void {
  const answering = captures
    .filter((c) => c.kind !== 'other-device' && c.kind !== 'assistant')
    .sort((a, b) => a.ts - b.ts);
  for (const other of captures) {
    if (other.kind !== 'other-device') continue;
    const near = answering.filter(
      (c) =>
        Math.abs(c.ts - other.ts) <= ARBITRATION_WINDOW_MS &&
        c.deviceId !== other.deviceId &&
        (!c.transcript || !other.transcript || c.transcript === other.transcript),
    );
    const best = near.sort((a, b) => Math.abs(a.ts - other.ts) - Math.abs(b.ts - other.ts))[0];
    if (best) other.linkedTo = best.id;
  }
}

function dedupe(captures: RawCapture[], warnings: ImportWarning[]): RawCapture[] {
  const seen = new Map<string, RawCapture>();
  for (const c of captures) {
    if (seen.has(c.id)) warnings.push(notice('duplicate-record', c.origin?.file ?? '', {}, c.origin?.line));
    else seen.set(c.id, c);
  }
  return [...seen.values()];
}
