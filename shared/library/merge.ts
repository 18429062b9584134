// Merges the results of several importers (several files, several providers, several exports over time) into
// one deduplicated set: one capture per recording with the union of what each source knew (identity.ts
// decides which records are one recording), one device per id (registered if any registration lists it),
// and the rooms their names suggest.

import type { Capture, CaptureSourceRef, Device, ImportWarning, Room, Source } from '../model';
import { inferRoom, roomFromGuess } from '../rooms';
import { baseName } from '../archive/names';
import type { ImportResult, InputEntry, RawCapture, RawDevice } from '../importers/types';
import { IdentityIndex, linkArbitration, mergeEvidence, utteranceIdFromAudioName } from './identity';
import type { IdentityEntry } from './identity';

export interface MergedLibrary {
  captures: Capture[];
  devices: Device[];
  rooms: Room[];
  /** Capture id → its audio entry, read when the capture is stored. */
  audio: Map<string, InputEntry>;
  warnings: ImportWarning[];
  /** Owner of the exports, where a format revealed it (most common across results). */
  accountId?: string;
  sources: Source[];
  /** The per-importer results merged here (counts and warnings per source for the result screen). */
  results: readonly ImportResult[];
}

export interface MergeOptions {
  /** Recorded in every capture's importIds. */
  importId?: string;
}

export function mergeResults(results: readonly ImportResult[], options: MergeOptions = {}): MergedLibrary {
  const devices = new Map<string, RawDevice>();
  for (const result of results)
    for (const device of result.devices) devices.set(device.id, mergeDevice(devices.get(device.id), device));
  const raw = new Map<string, RawCapture>();
  for (const result of results) {
    for (const capture of result.captures) {
      raw.set(capture.id, mergeCapture(raw.get(capture.id), capture));
      if (capture.deviceId && !devices.has(capture.deviceId)) {
        devices.set(capture.deviceId, {
          id: capture.deviceId,
          name: capture.deviceName ?? capture.deviceId,
          registered: false,
          provider: providerOf(capture.source),
        });
      }
    }
  }
  const rooms = new Map<string, Room>();
  const finalDevices: Device[] = [...devices.values()].map(({ roomHint, ...device }) => {
    const guess =
      inferRoom(device.name) ??
      (roomHint ? (inferRoom(roomHint) ?? { name: roomHint, kind: 'other' as const }) : undefined);
    if (!guess) return device;
    const room = roomFromGuess(guess);
    if (!rooms.has(room.id)) rooms.set(room.id, room);
    return { ...device, roomId: room.id };
  });
  const roomOfDevice = new Map(finalDevices.map((d) => [d.id, d.roomId]));
  const audio = new Map<string, InputEntry>();
  const built: Capture[] = [...raw.values()]
    .sort((a, b) => a.ts - b.ts || a.id.localeCompare(b.id))
    .map((c) => {
      if (c.audio) audio.set(c.id, c.audio);
      return toCapture(c, c.deviceId ? roomOfDevice.get(c.deviceId) : undefined, options.importId);
    });
  const captures = mergeRecordings(built, audio);
  const accounts = new Map<string, number>();
  for (const r of results)
    if (r.accountId) accounts.set(r.accountId, (accounts.get(r.accountId) ?? 0) + r.captures.length);
  return {
    captures,
    devices: finalDevices,
    rooms: [...rooms.values()],
    audio,
    warnings: results.flatMap((r) => r.warnings),
    accountId: [...accounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0],
    sources: [...new Set(results.map((r) => r.source))],
    results,
  };
}

/** Records with the best ids go first, so a merged capture keeps the voice history's utterance-id based id. */
const SOURCE_RANK: Record<Source, number> = {
  'alexa-history': 0,
  'alexa-archive': 1,
  'google-takeout': 2,
  'home-assistant': 3,
  folder: 4,
};

/** Folds the records of one import that are one recording (see identity.ts); `audio` follows the kept ids. */
function mergeRecordings(built: Capture[], audio: Map<string, InputEntry>): Capture[] {
  const index = new IdentityIndex();
  const entries: IdentityEntry[] = [];
  // Sources each entry took in this merge: one export never holds one recording twice, so two of its
  // records are never folded by time (exact keys still fold an export's duplicated rows).
  // One source until a second one comes (rarely): no Set for each of a large import's records.
  const taken = new Map<IdentityEntry, Source | Set<Source>>();
  const hasTaken = (entry: IdentityEntry, source: Source) => {
    const sources = taken.get(entry);
    return sources === source || (typeof sources === 'object' && sources.has(source));
  };
  const ordered = [...built].sort((a, b) => SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || a.ts - b.ts);
  for (const capture of ordered) {
    const probe: IdentityEntry = { capture, audioSize: audio.get(capture.id)?.size };
    const hit = index.find(probe, (e) => !hasTaken(e, capture.source));
    if (!hit) {
      index.add(probe);
      entries.push(probe);
      taken.set(probe, capture.source);
      continue;
    }
    const sources = taken.get(hit);
    if (typeof sources === 'object') sources.add(capture.source);
    else if (sources !== undefined && sources !== capture.source) taken.set(hit, new Set([sources, capture.source]));
    const entry = audio.get(capture.id);
    audio.delete(capture.id);
    hit.capture = mergeEvidence(hit.capture, capture);
    if (entry && !audio.has(hit.capture.id) && hit.capture.audioId === hit.capture.id) {
      audio.set(hit.capture.id, entry);
      hit.audioSize ??= entry.size;
    }
    index.index(hit);
  }
  const merged = entries.map((e) => e.capture).sort((a, b) => a.ts - b.ts || a.id.localeCompare(b.id));
  return linkArbitration(merged, index);
}

function toCapture(c: RawCapture, roomId: string | undefined, importId: string | undefined): Capture {
  const audioUtterance = utteranceIdFromAudioName(c.audio?.path);
  const ref: CaptureSourceRef = { source: c.source };
  // The record's own id; an archive row knows one only through its audio's name (serial + time or utterance id).
  const archiveAudio = c.source === 'alexa-archive' && c.audio && !c.transcript ? baseName(c.audio.path) : undefined;
  const recordId = c.providerRecordId ?? audioUtterance ?? archiveAudio;
  if (recordId) ref.recordId = recordId;
  if (c.origin?.file) ref.file = c.origin.file;
  if (c.origin?.line !== undefined) ref.line = c.origin.line;
  if (importId) ref.importId = importId;
  const capture: Capture = {
    id: c.id,
    source: c.source,
    ts: c.ts,
    transcriptStatus: c.transcriptStatus,
    category: 'unclear',
    categoryConfidence: 0,
    flags: [],
    importIds: importId ? [importId] : [],
    sources: [ref],
  };
  // Set one by one in this order (the report lists fields in it), without a temporary object per record.
  if (c.accountId !== undefined) capture.accountId = c.accountId;
  if (c.deviceId !== undefined) capture.deviceId = c.deviceId;
  if (roomId !== undefined) capture.roomId = roomId;
  if (c.transcript !== undefined) capture.transcript = c.transcript;
  if (c.response !== undefined) capture.response = c.response;
  if (c.durationMs !== undefined) capture.durationMs = c.durationMs;
  if (c.audio) {
    capture.audioId = c.id;
    capture.audioName = c.audio.path;
  }
  if (c.personName !== undefined) capture.personName = c.personName;
  const providerRecordId = c.providerRecordId ?? audioUtterance;
  if (providerRecordId !== undefined) capture.providerRecordId = providerRecordId;
  if (c.providerMarkers?.length) capture.providerMarkers = c.providerMarkers;
  if (c.kind !== undefined) capture.kind = c.kind;
  if (c.providerType !== undefined) capture.providerType = c.providerType;
  if (c.providerIntent !== undefined) capture.providerIntent = c.providerIntent;
  if (c.linkedTo !== undefined) capture.linkedTo = c.linkedTo;
  return capture;
}

function providerOf(source: Source): Device['provider'] {
  if (source === 'alexa-archive' || source === 'alexa-history') return 'amazon';
  if (source === 'google-takeout') return 'google';
  return source === 'home-assistant' ? 'home-assistant' : 'other';
}

function mergeDevice(a: RawDevice | undefined, b: RawDevice): RawDevice {
  if (!a) return { ...b };
  const named = (d: RawDevice) => d.name && d.name !== d.id;
  return {
    ...a,
    name: b.registered && named(b) ? b.name : named(a) ? a.name : b.name,
    model: a.model ?? b.model,
    registered: a.registered || b.registered,
    roomHint: a.roomHint ?? b.roomHint,
  };
}

/** Union of fields; a transcript beats no transcript; audio and device fill in from whichever has them. */
function mergeCapture(a: RawCapture | undefined, b: RawCapture): RawCapture {
  // A record met once is kept as the importer made it: records are only read here, a merge makes a new one.
  if (!a) return b;
  const spoken =
    !a.transcript && b.transcript ? { transcript: b.transcript, transcriptStatus: b.transcriptStatus } : {};
  return {
    ...a,
    ...spoken,
    transcriptStatus:
      spoken.transcriptStatus ?? (a.transcriptStatus === 'missing' ? b.transcriptStatus : a.transcriptStatus),
    accountId: a.accountId ?? b.accountId,
    deviceId: a.deviceId ?? b.deviceId,
    deviceName: a.deviceName ?? b.deviceName,
    response: a.response ?? b.response,
    personName: a.personName ?? b.personName,
    providerRecordId: a.providerRecordId ?? b.providerRecordId,
    providerMarkers: [...new Set([...(a.providerMarkers ?? []), ...(b.providerMarkers ?? [])])],
    audio: a.audio ?? b.audio,
    durationMs: a.durationMs ?? b.durationMs,
    kind: a.kind ?? b.kind,
    providerType: a.providerType ?? b.providerType,
    providerIntent: a.providerIntent ?? b.providerIntent,
    linkedTo: a.linkedTo ?? b.linkedTo,
  };
}
