// `analyze`: imports any mix of exports headlessly with the same shared/ code as the app and writes the
// JSON report (and optionally a captures CSV). Category, flags, group and voice come from enrichCaptures.

import { writeFile } from 'node:fs/promises';
import { ImportError } from '../../../shared/importers/types';
import { isValidTimeZone } from '../../../shared/importers/times';
import type { Capture } from '../../../shared/model';
import { ingest } from '../../../shared/pipeline/ingest';
import { CliError } from '../cli-error';
import { collectUserFiles } from '../node-input';
import { buildReport, capturesCsv } from './analyze-report';

export const usage =
  'analyze <file-or-folder>... [--out report.json] [--csv captures.csv] [--tz Europe/Berlin] [--no-audio]';

interface Args {
  paths: string[];
  out?: string;
  csv?: string;
  tz: string;
  /** Skip decoding audio (no durations of MP3s, no voice features): much faster on big archives. */
  audio: boolean;
}

function parseArgs(args: string[]): Args {
  const parsed: Args = { paths: [], tz: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC', audio: true };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--out' || arg === '--csv' || arg === '--tz') {
      const value = args[++i];
      if (!value) throw new CliError(`${arg} needs a value. Usage: ${usage}`);
      if (arg === '--out') parsed.out = value;
      else if (arg === '--csv') parsed.csv = value;
      else parsed.tz = value;
    } else if (arg === '--no-audio') parsed.audio = false;
    else if (arg.startsWith('--')) throw new CliError(`unknown option ${arg}. Usage: ${usage}`);
    else parsed.paths.push(arg);
  }
  if (!parsed.paths.length) throw new CliError(`give at least one file or folder. Usage: ${usage}`);
  if (!isValidTimeZone(parsed.tz)) throw new CliError(`"${parsed.tz}" is not a time zone (try Europe/Berlin).`);
  return parsed;
}

export async function run(args: string[]): Promise<void> {
  const options = parseArgs(args);
  const files = await collectUserFiles(options.paths);
  try {
    // The same pipeline as the app's import worker; the sink only keeps the enriched captures.
    const stored = new Map<string, Capture>();
    const outcome = await ingest(
      files,
      { stage: async (items) => (items.forEach((i) => stored.set(i.capture.id, i.capture)), items.length) },
      { importId: 'cli', timeZone: options.tz, analyseAudio: options.audio },
    );
    if (outcome.kind === 'needs-mapping') {
      const tables = outcome.preview.tables.length;
      throw new ImportError(
        'unknown-format',
        options.paths.join(', '),
        `no known export found in ${options.paths.join(', ')} (${outcome.preview.files.length} files${tables ? `, ${tables} tables that could be mapped in the app` : ''}).`,
      );
    }
    const captures = outcome.merged.captures.map((c) => stored.get(c.id) ?? c);
    const report = buildReport(
      outcome.merged.results,
      { ...outcome.merged, captures, warnings: outcome.warnings },
      outcome.unclaimed,
      options.tz,
    );
    const json = `${JSON.stringify(report, null, 2)}\n`;
    if (options.out) await writeFile(options.out, json);
    else process.stdout.write(json);
    if (options.csv) await writeFile(options.csv, capturesCsv(report.captures));
  } catch (error) {
    if (error instanceof ImportError)
      throw new CliError(error.code === 'unknown-format' ? error.message : `${error.message} [${error.code}]`);
    throw error;
  }
}
