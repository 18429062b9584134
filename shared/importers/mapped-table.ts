// The unknown-layout path: what detection found (files, columns, sample rows) for the user to look at, and an
// import that follows the user's mapping of which column holds the time, the transcript and the device.

import { notice } from './notices';
import type { ImportWarning } from '../model';
import { captureId } from '../ids';
import { inferRoom } from '../rooms';
import { checkTableSize, columnIndex, MAX_COLUMNS, parseCsv } from './csv';
import type { CsvTable } from './csv';
import { contentKind, text } from './entries';
import { isRecord, parseJson } from './json';
import { slug } from './importer';
import { transcriptOf } from './markers';
import { parseTimeValue } from './times';
import { ImportError } from './types';
import type {
  ColumnMapping,
  ImportResult,
  InputEntry,
  LayoutPreview,
  ParseOptions,
  RawCapture,
  RawDevice,
} from './types';

const PREVIEW_ROWS = 5;
const PREVIEW_MAX_BYTES = 50 * 1024 * 1024;

/** A CSV, or a JSON array of flat objects (or an object holding one), as a table. */
export async function readTable(entry: InputEntry): Promise<CsvTable | undefined> {
  const kind = await contentKind(entry);
  if (/\.(csv|tsv|txt)$/i.test(entry.path) && (kind === 'text' || kind === 'binary'))
    return parseCsv(await text(entry), entry.path);
  if (kind !== 'json') return undefined;
  const value = parseJson(await text(entry), entry.path);
  const list = Array.isArray(value) ? value : isRecord(value) ? Object.values(value).find(Array.isArray) : undefined;
  const rows = (list ?? []).filter(isRecord);
  if (!rows.length) return undefined;
  // Distinct keys are counted with an early stop: objects with all-different keys must not build a
  // rows × keys table (see docs/reliability.md, "Bounded work").
  const keys = new Set<string>();
  for (const r of rows) {
    for (const k in r) {
      if (!Object.prototype.hasOwnProperty.call(r, k) || (typeof r[k] === 'object' && r[k] !== null)) continue;
      keys.add(k);
      if (keys.size > MAX_COLUMNS) checkTableSize(entry.path, keys.size, rows.length, 'different keys', false);
    }
  }
  const header = [...keys];
  checkTableSize(entry.path, header.length, rows.length, 'different keys');
  return {
    file: entry.path,
    header,
    rows: rows.map((r) => header.map((h) => (r[h] === undefined || r[h] === null ? '' : String(r[h])))),
    lines: rows.map((_, i) => i + 1),
  };
}

/** The preview plus the files that could not be read as tables, with the reason (to name them to the user). */
export async function previewWithProblems(
  entries: readonly InputEntry[],
): Promise<{ preview: LayoutPreview; problems: ImportError[] }> {
  const tables: LayoutPreview['tables'] = [];
  const problems: ImportError[] = [];
  for (const entry of entries) {
    if (entry.size > PREVIEW_MAX_BYTES || !/\.(csv|tsv|txt|json)$/i.test(entry.path)) continue;
    try {
      const table = await readTable(entry);
      if (table?.header.length)
        tables.push({ file: entry.path, columns: table.header, sampleRows: table.rows.slice(0, PREVIEW_ROWS) });
    } catch (error) {
      if (error instanceof ImportError) problems.push(error);
      else throw error;
    }
  }
  return { preview: { files: entries.map((e) => ({ path: e.path, size: e.size })), tables }, problems };
}

export async function parseWithMapping(
  entries: readonly InputEntry[],
  mapping: ColumnMapping,
  options: ParseOptions,
): Promise<ImportResult> {
  const entry = entries.find((e) => e.path === mapping.file);
  if (!entry) throw new ImportError('unknown-format', mapping.file, `"${mapping.file}" is not among the files given.`);
  const table = await readTable(entry);
  if (!table) throw new ImportError('unknown-format', entry.path, `"${entry.path}" is not a table Earshot can read.`);
  const timeCol = columnIndex(table, mapping.time);
  if (timeCol < 0)
    throw new ImportError('unknown-format', entry.path, `"${entry.path}" has no column "${mapping.time}".`);
  const textCol = mapping.transcript ? columnIndex(table, mapping.transcript) : -1;
  const deviceCol = mapping.device ? columnIndex(table, mapping.device) : -1;
  const warnings: ImportWarning[] = [];
  const captures: RawCapture[] = [];
  const devices = new Map<string, RawDevice>();
  const seen = new Set<string>();
  table.rows.forEach((row, i) => {
    const ts = parseTimeValue(row[timeCol], options.timeZone);
    if (ts === undefined) {
      warnings.push(notice('time-unreadable-line', entry.path, { value: row[timeCol] ?? '' }, table.lines[i]));
      return;
    }
    const spoken = textCol >= 0 ? transcriptOf(row[textCol]) : { transcriptStatus: 'missing' as const };
    const deviceName = deviceCol >= 0 ? row[deviceCol]?.trim() || undefined : undefined;
    const deviceId = deviceName ? `mapped-${slug(deviceName)}` : undefined;
    if (deviceId && deviceName && !devices.has(deviceId))
      devices.set(deviceId, {
        id: deviceId,
        name: deviceName,
        registered: true,
        provider: 'other',
        roomHint: inferRoom(deviceName)?.name,
      });
    const id = captureId({ provider: 'folder', deviceId, ts, transcript: spoken.transcript });
    if (seen.has(id)) return;
    seen.add(id);
    captures.push({
      id,
      source: 'folder',
      ts,
      deviceId,
      deviceName,
      ...spoken,
      origin: { file: entry.path, line: table.lines[i] },
    });
  });
  return { source: 'folder', files: [entry.path], captures, devices: [...devices.values()], warnings };
}
