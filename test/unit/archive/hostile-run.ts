// Runs one hostile case through the stage where it must fail and returns the ImportError code (or 'ok'),
// so the test can assert the code of every case in test/hostile/out/manifest.json.

import { openAsBlob } from 'node:fs';
import { join } from 'node:path';
import { expandInputs, blobEntry, readMany } from '../../../shared/archive/index';
import type { ArchiveLimits } from '../../../shared/archive/index';
import { wavInfo } from '../../../shared/archive/sniff';
import { parseCsv } from '../../../shared/importers/csv';
import { requireAudio } from '../../../shared/importers/entries';
import { parseActivityHtml } from '../../../shared/importers/html';
import { detectAndParse } from '../../../shared/importers/index';
import { parseJson } from '../../../shared/importers/json';
import { readTable } from '../../../shared/importers/mapped-table';
import { decodeText } from '../../../shared/importers/text';
import { ImportError } from '../../../shared/importers/types';
import type { HostileCase } from '../../hostile/generate';

export interface CaseOutcome {
  code: string;
  /** What was decoded for tolerable cases (names, text, duration), to assert it is right. */
  detail?: string;
}

export async function runCase(
  dir: string,
  c: HostileCase,
  limits: Partial<ArchiveLimits> = {},
  /** How the file becomes a Blob: Node's file-backed Blob (a browser File alike) unless the CLI's is tested. */
  open: (path: string) => Promise<Blob> = (path) => openAsBlob(path),
  /** Read a zip's entries as the import's audio phase does: all at once, in a few large reads. */
  bulk = false,
): Promise<CaseOutcome> {
  const path = join(dir, c.file);
  const blob = await open(path);
  try {
    if (c.file.endsWith('.zip')) {
      const entries = await expandInputs([{ path: c.file, blob, lastModified: 0 }], limits);
      const texts: string[] = [];
      const read = bulk ? await readMany(entries) : (entry: (typeof entries)[number]) => entry.read();
      for (const entry of entries) texts.push(`${entry.path}=${decodeText(await read(entry)).slice(0, 40)}`);
      return { code: 'ok', detail: texts.join('|') };
    }
    const entry = blobEntry(c.file, blob, 0);
    const bytes = await entry.read();
    if (c.file.endsWith('.csv')) return { code: 'ok', detail: parseCsv(bytes, c.file).rows[0]?.[0] };
    if (c.file.endsWith('.json')) {
      parseJson(bytes, c.file);
      const outcome = await detectAndParse([entry], { timeZone: 'UTC' });
      if (outcome.results.length) return { code: 'ok' };
      // Unrecognised JSON goes to the column-mapping preview, which reads it as a table (and may refuse it).
      await readTable(entry);
      return { code: 'unknown-format' };
    }
    if (c.file.endsWith('.html'))
      return { code: 'ok', detail: JSON.stringify(parseActivityHtml(decodeText(bytes), c.file)[0]) };
    if (c.file.endsWith('.wav'))
      return { code: 'ok', detail: String(wavInfo(bytes.subarray(0, 512), bytes.length)?.durationMs) };
    return { code: 'ok', detail: await requireAudio(entry) };
  } catch (error) {
    if (error instanceof ImportError) return { code: error.code, detail: error.message };
    throw error;
  }
}
