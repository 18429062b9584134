// The one CSV writer (annexes, reports, the CLI): RFC 4180 quoting with CRLF rows (papaparse's writer), a
// UTF-8 byte-order mark so Excel and LibreOffice show umlauts without an import dialog, and a formula-injection
// guard — transcripts are untrusted, and a text cell starting with = + - @ (or tab/CR) gets an apostrophe in
// front (papaparse's escapeFormulae). Numbers are written as numbers, empty cells as nothing.

import Papa from 'papaparse';
import { visibleText } from './visible-text';

const BOM = '\uFEFF';

export type CsvCell = string | number | null | undefined;

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (default: yes; for spreadsheets). */
  bom?: boolean;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  { bom = true }: CsvOptions = {},
): string {
  const body = Papa.unparse(
    {
      fields: [...header],
      data: rows.map((r) => r.map((cell) => (typeof cell === 'string' ? visibleText(cell) : (cell ?? '')))),
    },
    { escapeFormulae: true, newline: '\r\n', quotes: false },
  );
  return `${bom ? BOM : ''}${body}\r\n`;
}
