// The itemised annex of a GDPR letter: one row per capture, so the controller can find every record —
// local time in the household zone and UTC, device, room, transcript or status, provider record id.
// Rendered as a table model (for letters), as CSV and as plain text.

import { formatLocalDateTime, formatUtc } from '../i18n-format';
import type { Capture, Device, Language, Room, TranscriptStatus } from '../model';
import { toCsv } from '../csv';
import { visibleText } from '../visible-text';

export interface AnnexRow {
  /** 1-based, in chronological order; the letter refers to items by this number. */
  no: number;
  captureId: string;
  localTime: string;
  utcTime: string;
  device: string;
  room: string;
  /** Transcript, or a status text when there is none (or when text is withheld). */
  text: string;
  recordId: string;
}

export interface AnnexContext {
  devices: readonly Device[];
  rooms: readonly Room[];
  timeZone: string;
  lang: Language;
  /** Replace every transcript by a neutral note (breach notices: a stranger's words are never repeated). */
  withholdText?: boolean;
  /** Rewrites transcripts before they are shown (redaction for shared reports). */
  transformText?: (text: string) => string;
}

const statusText: Record<Language, Record<TranscriptStatus | 'withheld', string>> = {
  de: {
    ok: '(ohne Text)',
    'not-intended': '(kein Text – Audio war laut Anbieter nicht für das Gerät bestimmt)',
    'not-understood': '(kein Text – Audio wurde laut Anbieter nicht verstanden)',
    'not-stored': '(kein Text und kein Audio – laut Anbieter nicht gespeichert)',
    missing: '(kein Transkript – der Export nennt keinen Grund)',
    withheld: '(Inhalt nicht wiedergegeben – Daten Dritter)',
  },
  en: {
    ok: '(no text)',
    'not-intended': '(no text – audio was not intended for the device, per the provider)',
    'not-understood': '(no text – audio could not be understood, per the provider)',
    'not-stored': '(no text and no audio – not stored, per the provider)',
    missing: '(no transcript – the export does not say why)',
    withheld: '(content not reproduced – third-party data)',
  },
};

export function annexHeader(lang: Language, timeZone: string): string[] {
  return lang === 'de'
    ? ['Nr.', `Ortszeit (${timeZone})`, 'UTC', 'Gerät', 'Raum', 'Transkript / Status', 'Datensatz-/Äußerungs-ID']
    : ['No.', `Local time (${timeZone})`, 'UTC', 'Device', 'Room', 'Transcript / status', 'Record / utterance id'];
}

/** Text shown for a capture: its transcript, or what the provider said about it. */
export function captureText(capture: Capture, lang: Language, transform?: (text: string) => string): string {
  // One line per item: line breaks inside a transcript would break the plain-text annex and e-mail bodies.
  const transcript = capture.transcript && visibleText(capture.transcript).replace(/\s+/g, ' ').trim();
  if (transcript) return transform ? transform(transcript) : transcript;
  return statusText[lang][capture.transcriptStatus];
}

export function buildAnnex(captures: readonly Capture[], context: AnnexContext): AnnexRow[] {
  const deviceById = new Map(context.devices.map((d) => [d.id, d]));
  const roomById = new Map(context.rooms.map((r) => [r.id, r]));
  return [...captures]
    .sort((a, b) => a.ts - b.ts || a.id.localeCompare(b.id))
    .map((capture, i) => {
      const device = capture.deviceId ? deviceById.get(capture.deviceId) : undefined;
      const roomId = capture.roomId ?? device?.roomId;
      return {
        no: i + 1,
        captureId: capture.id,
        localTime: formatLocalDateTime(capture.ts, context.timeZone),
        utcTime: formatUtc(capture.ts),
        device: device?.name ?? capture.deviceId ?? '',
        room: (roomId ? roomById.get(roomId)?.name : undefined) ?? '',
        text: context.withholdText
          ? statusText[context.lang].withheld
          : captureText(capture, context.lang, context.transformText),
        recordId: capture.providerRecordId ?? '',
      };
    });
}

export function annexCells(row: AnnexRow): string[] {
  return [String(row.no), row.localTime, row.utcTime, row.device, row.room, row.text, row.recordId];
}

export interface AnnexTable {
  header: string[];
  rows: string[][];
}

export function annexTable(rows: readonly AnnexRow[], lang: Language, timeZone: string): AnnexTable {
  return { header: annexHeader(lang, timeZone), rows: rows.map(annexCells) };
}

export function annexToCsv(rows: readonly AnnexRow[], lang: Language, timeZone: string): string {
  return toCsv(annexHeader(lang, timeZone), rows.map(annexCells));
}

/** One block per item; readable in an e-mail body where a wide table would wrap badly. */
export function annexToText(rows: readonly AnnexRow[], lang: Language, timeZone: string): string {
  const [, local, utc, device, room, text, id] = annexHeader(lang, timeZone);
  return rows
    .map((r) =>
      [
        `${r.no}. ${local}: ${r.localTime} | ${utc}: ${r.utcTime}`,
        `   ${device}: ${r.device || '–'} | ${room}: ${r.room || '–'}`,
        `   ${text}: ${r.text}`,
        ...(r.recordId ? [`   ${id}: ${r.recordId}`] : []),
      ].join('\n'),
    )
    .join('\n');
}
