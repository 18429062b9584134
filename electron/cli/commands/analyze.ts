// `analyze`: imports any mix of exports headlessly with the same shared/ code as the app and writes the
// JSON report (and optionally a captures CSV). Category, flags, group, voice and the foreign score come from
// the same enrichment passes as in the app (shared/pipeline).

import { writeFile } from 'node:fs/promises';
import { ImportError } from '../../../shared/importers/types';
import type { Capture } from '../../../shared/model';
import { hasAudioExtension } from '../../../shared/importers/entries';
import { isValidTimeZone } from '../../../shared/importers/times';
import { analyzeFiles, type AnalysisOutcome } from '../../../shared/pipeline/analyze';
import { DEFAULT_NIGHT_HOURS, type NightHours } from '../../../shared/night';
import { reflagNight } from '../../../shared/pipeline/night';
import { CliError } from '../cli-error';
import { writeJson } from '../json-stream';
import { nightOption } from '../load-captures';
import { collectUserFiles } from '../node-input';
import { closeFdBlobs } from '../fd-blob';
import { createProgress } from '../progress';
import { clusterVoices } from '../../../shared/voices/cluster';
import { createVoicePool } from '../voice-pool';
import { encoderAssisted } from '../sentence-encoder-node';
import { defaultClassifier } from '../../../shared/classify';
import { buildReport, capturesCsv } from './analyze-report';

export const usage =
  'analyze <file-or-folder>... [--out report.json] [--csv captures.csv] [--tz Europe/Berlin] [--night 23-6] [--no-audio]';

interface Args {
  paths: string[];
  out?: string;
  csv?: string;
  tz: string;
  night: NightHours;
  /** Skip decoding audio (no durations of MP3s, no voice features): much faster on big archives. */
  audio: boolean;
}

function parseArgs(args: string[]): Args {
  const parsed: Args = {
    paths: [],
    tz: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    night: DEFAULT_NIGHT_HOURS,
    audio: true,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--out' || arg === '--csv' || arg === '--tz' || arg === '--night') {
      const value = args[++i];
      if (!value) throw new CliError(`${arg} needs a value. Usage: ${usage}`);
      if (arg === '--out') parsed.out = value;
      else if (arg === '--csv') parsed.csv = value;
      else if (arg === '--night') parsed.night = nightOption(value)!;
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
    // The same pipeline as the app's import worker and its library pass (groups, voices, foreign).
    const progress = createProgress(process.stderr);
    // Threads start when the files are listed and name a recording (an export without audio never pays for
    // them — each thread loads the sources and the audio analysis again), and read and analyse the recordings
    // while this thread parses and merges the metadata; the import then takes their answers by entry path.
    let pool: ReturnType<typeof createVoicePool> | undefined;
    let outcome: AnalysisOutcome | undefined = await analyzeFiles(files, {
      timeZone: options.tz,
      analyseAudio: options.audio,
      recordingAnalyser: options.audio ? (bytes, path) => (pool ??= createVoicePool()).analyse(bytes, path) : undefined,
      onEntries: options.audio
        ? (entries) => {
            if (entries.some((e) => hasAudioExtension(e.path)))
              (pool ??= createVoicePool()).prefetch(entries, progress.ahead);
          }
        : undefined,
      readsAhead: options.audio ? (path) => pool?.readsAhead(path) ?? false : undefined,
      // The threads are idle once the analysis is done: one clusters the voices while this one does the rest.
      voiceClusterer: options.audio
        ? (items) => (pool ? pool.cluster(items) : Promise.resolve(clusterVoices(items)))
        : undefined,
      classifierFor: async (transcripts) => {
        const base = defaultClassifier();
        const assisted = await encoderAssisted(base, transcripts);
        return assisted === base ? undefined : assisted;
      },
      onProgress: progress.import,
      onAudioProgress: progress.audio,
    }).finally(() => {
      progress.done();
      return pool?.close();
    });
    if (outcome.kind === 'needs-mapping') {
      const tables = outcome.preview.tables.length;
      throw new ImportError(
        'unknown-format',
        options.paths.join(', '),
        `no known export found in ${options.paths.join(', ')} (${outcome.preview.files.length} files${tables ? `, ${tables} tables that could be mapped in the app` : ''}).`,
      );
    }
    // Only what the report reads is kept: the importers' raw records and the earlier copies of every capture
    // are let go before the report is built, so the collector stops walking them (GC was a fifth of the
    // command's time).
    const imports = outcome.merged.results.map((r) => ({
      source: r.source,
      files: r.files,
      warnings: r.warnings,
      captures: { length: r.captures.length },
    }));
    const { devices, rooms } = outcome.merged;
    const { warnings, unclaimed } = outcome;
    let analysed: Capture[] | undefined = outcome.captures;
    outcome = undefined;
    const report = buildReport(
      imports,
      { captures: reflagNight(analysed, options.tz, options.night), devices, rooms, warnings },
      unclaimed,
      options.tz,
    );
    analysed = undefined;
    await writeJson(report, options.out);
    if (options.csv) await writeFile(options.csv, capturesCsv(report.captures));
  } catch (error) {
    if (error instanceof ImportError)
      throw new CliError(error.code === 'unknown-format' ? error.message : `${error.message} [${error.code}]`);
    throw error;
  } finally {
    closeFdBlobs();
  }
}
