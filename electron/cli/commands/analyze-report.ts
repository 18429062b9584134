// The `analyze` report format: imports, devices, captures and a summary, plus the captures CSV
// (written by the one formula-safe CSV writer, shared/csv.ts).

import { toCsv } from '../../../shared/csv';
import type { ImportResult } from '../../../shared/importers/types';
import type { MergedLibrary } from '../../../shared/library/merge';
import { CAPTURE_KINDS, kindOf, type CaptureKind } from '../../../shared/model';

/** One export record merged into a capture (the archive's Intent row, the voice-history record, …). */
export interface ReportSource {
  source: string;
  recordId: string | null;
  file: string | null;
  line: number | null;
}

export interface ReportCapture {
  id: string;
  /** What the record is (capture, other-device, assistant, voice-training, activity, unrecognised). */
  kind: CaptureKind;
  /** For `other-device`: the answering device's capture. */
  linkedTo: string | null;
  source: string;
  /** Every export record merged into this capture; one entry per record, at least one. */
  sources: ReportSource[];
  /** The provider's record / utterance id (the voice history's where any source has it). */
  recordId: string | null;
  ts: string;
  deviceId: string | null;
  device: string | null;
  room: string | null;
  roomKind: string | null;
  transcript: string | null;
  transcriptStatus: string;
  durationMs: number | null;
  audio: string | null;
  category: string;
  confidence: number;
  /** Where the category came from: `provider` (Amazon's own intent), `text`, `dialogue` or `user`. */
  categorySource: string;
  /** Amazon's own understanding, "Domain/Intent" ("Music/PlayMusicIntent"), where the export carries it. */
  providerIntent: string | null;
  /** For a follow-up turn ("ja", a title): the capture of the turn it answers. */
  dialogueOf: string | null;
  flags: string[];
  group: string | null;
  voice: string | null;
  /** Foreign-capture score (0..1) and why; `foreign` is in `flags` when it passed the threshold. */
  foreignScore: number;
  foreignReasons: string[];
}

/** What the report reads of an importer's result (its captures only counted). */
export type ReportImportInput = Pick<ImportResult, 'source' | 'files' | 'warnings'> & {
  captures: { readonly length: number };
};

export function buildReport(
  results: readonly ReportImportInput[],
  library: Pick<MergedLibrary, 'captures' | 'devices' | 'rooms' | 'warnings'>,
  unclaimed: string[],
  timeZone: string,
) {
  const deviceById = new Map(library.devices.map((d) => [d.id, d]));
  const roomById = new Map(library.rooms.map((r) => [r.id, r]));
  const captures: ReportCapture[] = library.captures.map((c) => {
    const device = c.deviceId ? deviceById.get(c.deviceId) : undefined;
    const room = c.roomId ? roomById.get(c.roomId) : undefined;
    const refs = c.sources?.length ? c.sources : [{ source: c.source, recordId: c.providerRecordId }];
    return {
      id: c.id,
      kind: kindOf(c),
      linkedTo: c.linkedTo ?? null,
      source: c.source,
      sources: refs.map((r) => ({
        source: r.source,
        recordId: r.recordId ?? null,
        file: 'file' in r ? (r.file ?? null) : null,
        line: 'line' in r ? (r.line ?? null) : null,
      })),
      recordId: c.providerRecordId ?? null,
      ts: new Date(c.ts).toISOString(),
      deviceId: c.deviceId ?? null,
      device: device?.name ?? null,
      room: room?.name ?? null,
      roomKind: room?.kind ?? null,
      transcript: c.transcript ?? null,
      transcriptStatus: c.transcriptStatus,
      durationMs: c.durationMs ?? null,
      audio: c.audioName ?? null,
      category: c.category,
      confidence: c.categoryConfidence,
      categorySource: c.categorySource ?? (c.categoryCorrected ? 'user' : 'text'),
      providerIntent: c.providerIntent
        ? [c.providerIntent.domain, c.providerIntent.intent].filter(Boolean).join('/')
        : null,
      dialogueOf: c.dialogueOf ?? null,
      flags: c.flags,
      group: c.groupId ?? null,
      voice: c.voiceId ?? null,
      foreignScore: Math.round((c.foreignScore ?? 0) * 1000) / 1000,
      foreignReasons: c.foreignReasons ?? [],
    };
  });
  // The summary's counts in one pass; each tally lists its keys in the order they first occur.
  const byKind: Record<string, number> = Object.fromEntries(CAPTURE_KINDS.map((k) => [k, 0]));
  const bySource: Record<string, number> = {};
  const byTranscriptStatus: Record<string, number> = {};
  const byCategory: Record<string, number> = {};
  const byFlag: Record<string, number> = {};
  const tally = (acc: Record<string, number>, key: string) => (acc[key] = (acc[key] ?? 0) + 1);
  let merged = 0;
  let withAudio = 0;
  let withoutTranscript = 0;
  for (const c of captures) {
    if (Object.prototype.hasOwnProperty.call(byKind, c.kind)) byKind[c.kind]!++;
    if (c.sources.length > 1) merged++;
    if (c.audio) withAudio++;
    if (!c.transcript) withoutTranscript++;
    tally(bySource, c.source);
    tally(byTranscriptStatus, c.transcriptStatus);
    tally(byCategory, c.category);
    for (const flag of c.flags) tally(byFlag, flag);
  }
  const warning = (w: { file: string; line?: number; message: string }) =>
    `${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`;
  return {
    version: 1 as const,
    imports: results.map((r) => ({
      source: r.source,
      files: r.files,
      captures: r.captures.length,
      warnings: r.warnings.map(warning),
    })),
    devices: library.devices.map((d) => {
      const room = d.roomId ? roomById.get(d.roomId) : undefined;
      return {
        id: d.id,
        name: d.name,
        registered: d.registered,
        room: room?.name ?? null,
        roomKind: room?.kind ?? null,
      };
    }),
    captures,
    /** Every warning of the import (archives, records, audio), one line each. */
    warnings: library.warnings.map(warning),
    summary: {
      timeZone,
      captures: captures.length,
      /** Per kind, every kind listed (0 where none): views and letters count `capture` only. */
      byKind,
      /** Captures that more than one export record contributed to (archive + voice history, re-exports). */
      merged,
      withAudio,
      withoutAudio: captures.length - withAudio,
      withoutTranscript,
      bySource,
      byTranscriptStatus,
      byCategory,
      byFlag,
      devices: library.devices.length,
      unregisteredDevices: library.devices.filter((d) => !d.registered).length,
      rooms: library.rooms.length,
      first: captures[0]?.ts ?? null,
      last: captures.at(-1)?.ts ?? null,
      unreadFiles: unclaimed,
      warnings: library.warnings.length,
    },
  };
}

/**
 * One CSV cell for a capture's merged records: `source recordId` (or `source file:line` where a record has no
 * id), separated by "; " — the JSON report's `sources` in one column.
 */
export function sourcesCell(sources: readonly ReportSource[]): string {
  return sources
    .map((s) => {
      const where = s.recordId ?? (s.file ? `${s.file}${s.line !== null ? `:${s.line}` : ''}` : '');
      return where ? `${s.source} ${where}` : s.source;
    })
    .join('; ');
}

/** The captures CSV, written by the one CSV writer (formula-safe); no byte-order mark, for command-line tools. */
export function capturesCsv(captures: ReportCapture[]): string {
  const header = [
    'id',
    'kind',
    'source',
    'sources',
    'recordId',
    'ts',
    'deviceId',
    'device',
    'room',
    'roomKind',
    'transcript',
    'transcriptStatus',
    'durationMs',
    'audio',
    'category',
    'confidence',
    'categorySource',
    'providerIntent',
    'dialogueOf',
    'flags',
    'group',
    'voice',
  ];
  const rows = captures.map((c) => [
    c.id,
    c.kind,
    c.source,
    sourcesCell(c.sources),
    c.recordId,
    c.ts,
    c.deviceId,
    c.device,
    c.room,
    c.roomKind,
    c.transcript,
    c.transcriptStatus,
    c.durationMs,
    c.audio,
    c.category,
    c.confidence,
    c.categorySource,
    c.providerIntent,
    c.dialogueOf,
    c.flags.join(' '),
    c.group,
    c.voice,
  ]);
  return toCsv(header, rows, { bom: false });
}
