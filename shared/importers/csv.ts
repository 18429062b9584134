// CSV reading with papaparse: decoding, BOM/CRLF, Amazon's sentinel cells, and clear errors for files that
// are not really CSV (unbalanced quotes, absurd line lengths) instead of silently shifted columns.

import Papa from 'papaparse';
import { ImportError } from './types';
import { decodeText } from './text';

export interface CsvTable {
  file: string;
  header: string[];
  /** Data rows, as long as the header (short rows padded with ''). */
  rows: string[][];
  /** 1-based line number in the file of each data row, for warnings. */
  lines: number[];
}

/** A cell longer than this is not an export field; refusing it keeps a hostile file from stalling the UI. */
export const MAX_CELL_LENGTH = 256 * 1024;

/**
 * Exports have a few dozen columns; 1,000 leaves room for any spreadsheet a user made. Rows are padded to the
 * header width, so width × rows is what a table costs in memory: both are capped before any padding happens.
 */
export const MAX_COLUMNS = 1000;
export const MAX_TABLE_CELLS = 20_000_000;

/** Amazon writes these instead of empty cells. */
const SENTINELS = new Set(['not available', 'not applicable', 'data not available', 'n/a', 'null', 'none', '-']);

export function isSentinel(value: string | undefined): boolean {
  return value === undefined || value.trim() === '' || SENTINELS.has(value.trim().toLowerCase());
}

/** The value, or undefined when it is empty or a sentinel. */
export function cell(value: string | undefined): string | undefined {
  return isSentinel(value) ? undefined : value!.trim();
}

export function parseCsv(input: Uint8Array | string, file: string): CsvTable {
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeText(input);
  const result = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: 'greedy',
    delimiter: guessDelimiter(text),
  });
  const fatal = result.errors.find((e) => e.code === 'MissingQuotes');
  if (fatal) {
    const line = lineOfRow(text, fatal.row ?? 0);
    throw new ImportError(
      'csv-malformed',
      file,
      `"${file}" has an unclosed quotation mark near line ${line}; the file is damaged or not a CSV export.`,
    );
  }
  const all = result.data;
  const header = all[0] ?? [];
  const count = Math.max(0, all.length - 1);
  checkTableSize(file, header.length, count);
  const rows: string[][] = new Array<string[]>(count);
  const lines: number[] = new Array<number>(count);
  let line = 2;
  for (let r = 0; r < count; r++) {
    const row = all[r + 1]!;
    for (const value of row) {
      if (value.length > MAX_CELL_LENGTH) {
        throw new ImportError(
          'csv-malformed',
          file,
          `"${file}" has a field of ${Math.round(value.length / 1024)} KB near line ${line}; no export writes that, so the file is not read.`,
        );
      }
    }
    // A row as wide as the header is used as papaparse made it (most rows); others are cut or padded.
    rows[r] = row.length === header.length ? row : header.map((_, i) => row[i] ?? '');
    lines[r] = line;
    line += 1 + countNewlines(row);
  }
  return { file, header: header.map((h) => h.trim()), rows, lines };
}

/** Refuses a table wider or larger than any export before a single row is built (see MAX_COLUMNS). */
export function checkTableSize(file: string, columns: number, rows: number, what = 'columns', counted = true): void {
  if (columns > MAX_COLUMNS)
    throw new ImportError(
      'table-too-wide',
      file,
      `"${file}" has ${!counted ? `more than ${MAX_COLUMNS.toLocaleString('en')}` : columns.toLocaleString('en')} ${what}; no export has more than ${MAX_COLUMNS.toLocaleString('en')}, so the file is not read.`,
    );
  if (columns * rows > MAX_TABLE_CELLS)
    throw new ImportError(
      'table-too-large',
      file,
      `"${file}" would make a table of ${rows.toLocaleString('en')} rows × ${columns} ${what}; that is more than Earshot reads from one file (${MAX_TABLE_CELLS.toLocaleString('en')} cells).`,
    );
}

export function columnIndex(table: CsvTable, ...names: string[]): number {
  const lower = table.header.map((h) => h.toLowerCase());
  for (const name of names) {
    const index = lower.indexOf(name.toLowerCase());
    if (index >= 0) return index;
  }
  return -1;
}

/** Header cells of the first line, cheaply, for detection. */
export function csvHeader(text: string): string[] {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const parsed = Papa.parse<string[]>(firstLine, { header: false, delimiter: guessDelimiter(firstLine) });
  return (parsed.data[0] ?? []).map((h) => h.trim());
}

function guessDelimiter(text: string): string {
  const first = text.slice(0, 4096).split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 1 ? counts[0]![0] : ',';
}

function countNewlines(row: string[]): number {
  let n = 0;
  for (const value of row) for (let at = value.indexOf('\n'); at !== -1; at = value.indexOf('\n', at + 1)) n++;
  return n;
}

function lineOfRow(text: string, row: number): number {
  // papaparse counts rows, not lines; good enough for a message because quoted newlines are rare in exports.
  return Math.min(row + 1, text.split('\n').length);
}
