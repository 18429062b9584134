// Report CSV: one row per capture — the GDPR annex columns plus category and flags — at the report's privacy
// level (no text at 'counts', masked text at 'redacted'). Same CSV rules as the annex (BOM, RFC 4180, guard).

import { annexCells, annexHeader, buildAnnex } from '../gdpr/annex';
import { toCsv } from '../csv';
import type { Capture, Language } from '../model';
import { CATEGORY_LABELS } from './labels';
import { redactNamedItems, redactText } from './redact';
import { reportCaptures, type PrivacyLevel, type SummaryInput } from './summary';

export interface CsvOptions {
  privacy: PrivacyLevel;
  lang: Language;
  includeForeign?: boolean;
  householdNames?: readonly string[];
}

export function reportCsv(original: SummaryInput, options: CsvOptions): string {
  const redact = { lang: options.lang, names: options.householdNames ?? [] };
  const input =
    options.privacy === 'redacted'
      ? {
          ...original,
          devices: redactNamedItems(original.devices, redact),
          rooms: redactNamedItems(original.rooms, redact),
        }
      : original;
  const captures = reportCaptures(input.captures, options.includeForeign);
  const byId = new Map<string, Capture>(captures.map((c) => [c.id, c]));
  const rows = buildAnnex(captures, {
    ...input,
    lang: options.lang,
    ...(options.privacy === 'redacted'
      ? {
          transformText: (text: string) =>
            redactText(text, { lang: options.lang, names: options.householdNames ?? [] }),
        }
      : {}),
  });
  const de = options.lang === 'de';
  const header = [
    ...annexHeader(options.lang, input.timeZone),
    de ? 'Kategorie' : 'Category',
    de ? 'Kategorie-ID' : 'Category id',
    'Flags',
  ];
  const body = rows.map((row) => {
    const capture = byId.get(row.captureId)!;
    const cells = annexCells(row);
    // At 'counts' the text column keeps only the provider status, never words.
    if (options.privacy === 'counts' && capture.transcript?.trim()) cells[5] = '';
    return [...cells, CATEGORY_LABELS[options.lang][capture.category], capture.category, capture.flags.join(' ')];
  });
  return toCsv(header, body);
}
