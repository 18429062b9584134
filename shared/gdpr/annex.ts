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
  /** Never empty: the provider's id, else the export's file name for the record, else source + UTC time. */
  recordId: string;
  /** Where `recordId` came from: the provider's record/utterance id, the export's audio file name, or a time key. */
  recordIdKind: 'provider' | 'file' | 'time';
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

/**
 * The id a controller can look a capture up by: the provider's record or utterance id (any merged source's),
 * else the name of its audio file in the export (Google names them by time), else a stable time key —
 * the capture's source and its UTC time to the millisecond, as the export wrote it.
 */
export function annexRecordId(capture: Capture): Pick<AnnexRow, 'recordId' | 'recordIdKind'> {
  const provider = capture.providerRecordId ?? capture.sources?.find((s) => s.recordId)?.recordId;
  if (provider) return { recordId: provider, recordIdKind: 'provider' };
  const file = capture.audioName?.split('/').pop();
  if (file) return { recordId: file, recordIdKind: 'file' };
  return { recordId: `${capture.source}@${new Date(capture.ts).toISOString()}`, recordIdKind: 'time' };
}

/** The note under the annex title when some rows have no provider id (empty when all have one). */
export function annexNote(rows: readonly AnnexRow[], lang: Language): string {
  const files = rows.some((r) => r.recordIdKind === 'file');
  const times = rows.some((r) => r.recordIdKind === 'time');
  if (!files && !times) return '';
  const parts =
    lang === 'de'
      ? [
          'Wo der Export keine Datensatz-ID enthält, steht in der ID-Spalte',
          [
            files && 'der Name der Audiodatei im Export',
            times && 'die Quelle und die UTC-Zeit des Eintrags (Quelle@Zeit)',
          ]
            .filter(Boolean)
            .join(' bzw. '),
        ]
      : [
          'Where the export holds no record id, the id column gives',
          [
            files && 'the name of the audio file in the export',
            times && "the entry's source and UTC time (source@time)",
          ]
            .filter(Boolean)
            .join(' or '),
        ];
  return `${parts.join(' ')}.`;
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
        ...annexRecordId(capture),
      };
    });
}

export function annexCells(row: AnnexRow): string[] {
  return [String(row.no), row.localTime, row.utcTime, row.device, row.room, row.text, row.recordId];
}

export interface AnnexTable {
  header: string[];
  rows: string[][];
  /** Says how ids were written where the export had none (see annexNote); absent when every row has one. */
  note?: string;
}

export function annexTable(rows: readonly AnnexRow[], lang: Language, timeZone: string): AnnexTable {
  const note = annexNote(rows, lang);
  return { header: annexHeader(lang, timeZone), rows: rows.map(annexCells), ...(note ? { note } : {}) };
}

export function annexToCsv(rows: readonly AnnexRow[], lang: Language, timeZone: string): string {
  return toCsv(annexHeader(lang, timeZone), rows.map(annexCells));
}

/** One block per item; readable in an e-mail body where a wide table would wrap badly. */
export function annexToText(rows: readonly AnnexRow[], lang: Language, timeZone: string): string {
  const [, local, utc, device, room, text, id] = annexHeader(lang, timeZone);
  const note = annexNote(rows, lang);
  return (
    (note ? `${note}\n\n` : '') +
    rows
      .map((r) =>
        [
          `${r.no}. ${local}: ${r.localTime} | ${utc}: ${r.utcTime}`,
          `   ${device}: ${r.device || '–'} | ${room}: ${r.room || '–'}`,
          `   ${text}: ${r.text}`,
          `   ${id}: ${r.recordId}`,
        ].join('\n'),
      )
      .join('\n')
  );
}
