// Import notices: every warning an importer gives has a stable code and its values, so the app can show it in
// the user's language (renderer/i18n/messages/import-notices.ts) while the CLI prints the English text here.
// File names go in `file` (the full path, shown on hover); the texts name files by their short name.

import type { ImportWarning } from '../model';

type Params = Record<string, string | number>;

const TEXTS = {
  'time-unreadable-line': (p: Params) => `Line ${p.line}: no readable time ("${p.value}"); the line was skipped.`,
  'time-unreadable-entry': (p: Params) => `Entry ${p.line} has no readable time and was skipped.`,
  'record-without-time': (p: Params) => `Record ${p.line} has no time and was skipped.`,
  'sentinel-rows': (p: Params) => `${p.count} rows held only "Data Not Available" and were skipped.`,
  'audio-without-time': () =>
    'An audio file without a time in its name was skipped: Earshot cannot tell when it was recorded.',
  'audio-not-playable': (p: Params) =>
    `"${p.name}" is named like audio but is not a playable audio file; it was skipped.`,
  'audio-listed-missing': (p: Params) => `The audio "${p.audio}" listed for "${p.title}" is not in the export.`,
  'audio-ambiguous': (p: Params) =>
    `Two audio files are about equally close in time to one transcript ("${p.transcript}"); linked the nearer one, ${p.other} stays separate.`,
  'duplicate-record': () => 'The same record appears twice; it was imported once.',
  'no-mtime': () => 'This recording has no modification time, so Earshot cannot date it; it was skipped.',
  'no-time': (p: Params) => `"${p.name}" has no time in its name and no modification time; it was skipped.`,
  'not-audio': (p: Params) => `"${p.name}" is not an audio file Earshot can read. It was skipped.`,
  'unknown-record-type': (p: Params) =>
    `${p.count} records of the type "${p.type}", which Earshot does not know, were kept apart (not counted as recordings of your home).`,
  'unknown-zone': (p: Params) =>
    `The time zone "${p.zone}" is unknown; ${p.count} entries were read as the household's local time and may be off by hours.`,
  'zoneless-times': (p: Params) =>
    `${p.count} entries of this older export name no time zone; they were read as UTC, as Google wrote them before 2018.`,
  'audio-unrecognised': () => 'This file is not audio Earshot can recognise; the capture is kept without audio.',
  'audio-decode-failed': (p: Params) => `The audio could not be decoded (${p.reason}); it is kept but has no waveform.`,
  'activity-description-unreadable': (p: Params) =>
    `Activity ${p.line}: its description is not readable JSON; the activity was kept without its text.`,
} satisfies Record<string, (p: Params) => string>;

export type NoticeCode = keyof typeof TEXTS;
export const NOTICE_CODES = Object.keys(TEXTS) as NoticeCode[];

/** The last path segment, as notices name files (the full path is the warning's `file`). */
export function shortName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? path : path.slice(slash + 1);
}

export function notice(code: NoticeCode, file: string, params: Params = {}, line?: number): ImportWarning {
  const values = { name: shortName(file), ...(line !== undefined ? { line } : {}), ...params };
  const warning: ImportWarning = { file, message: TEXTS[code](values), code, params: values };
  if (line !== undefined) warning.line = line;
  return warning;
}
