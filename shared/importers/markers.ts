// Provider marker texts that stand in for a transcript ("Audio was not intended for this device") in English
// and German. The German strings are our best translation of the Alexa UI (no German export sample shows them;
// real German histories leave the text empty and say it through `utteranceType`): matched loosely on purpose.

import type { TranscriptStatus } from '../model';
import { googleTitleKind } from './record-kinds';

const NOT_INTENDED = [
  /audio was not intended for (this device|alexa)/i,
  /text not available\s*[–-]\s*audio was not intended/i,
  /audio war nicht für (dieses gerät|alexa) bestimmt/i,
  /nicht für (dieses gerät|alexa) bestimmt/i,
  /text nicht verfügbar\s*[–-]\s*audio war nicht/i,
];

const NOT_UNDERSTOOD = [
  /audio (could not be|was not) understood/i,
  /no text stored/i,
  /^text not available$/i,
  /^transcript not available$/i,
  /audio konnte nicht verstanden werden/i,
  /audio wurde nicht verstanden/i,
  /kein text gespeichert/i,
  /^text nicht verfügbar$/i,
];

/** The status a marker text stands for, or undefined when `text` is an ordinary transcript. */
export function markerStatus(text: string | undefined): Exclude<TranscriptStatus, 'ok'> | undefined {
  const value = text?.trim();
  if (!value) return 'missing';
  if (NOT_INTENDED.some((p) => p.test(value))) return 'not-intended';
  if (NOT_UNDERSTOOD.some((p) => p.test(value))) return 'not-understood';
  return undefined;
}

/** Transcript and status from a text that may be a marker. */
export function transcriptOf(text: string | undefined): { transcript?: string; transcriptStatus: TranscriptStatus } {
  const status = markerStatus(text);
  if (status) return { transcriptStatus: status };
  return { transcript: text!.trim(), transcriptStatus: 'ok' };
}

/** Transcript from a Google "Said …" activity title, or undefined when the title is not one. */
export function transcriptFromTitle(title: string | undefined): string | undefined {
  const parsed = googleTitleKind(title);
  return parsed.providerType === 'Said' ? parsed.transcript : undefined;
}
