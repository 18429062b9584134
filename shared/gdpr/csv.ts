// CSV as spreadsheets open it: RFC 4180 quoting with CRLF rows (papaparse's writer), a UTF-8 byte-order mark so
// Excel and LibreOffice show umlauts without an import dialog, and a formula-injection guard — transcripts are
// untrusted, and a cell starting with = + - @ (or tab/CR) is prefixed with an apostrophe.

import Papa from 'papaparse';
import { visibleText } from '../visible-text';

const BOM = '\uFEFF';

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const body = Papa.unparse(
    { fields: [...header], data: rows.map((r) => r.map(visibleText)) },
    { escapeFormulae: true, newline: '\r\n', quotes: false },
  );
  return `${BOM}${body}\r\n`;
}
