// What the `request` and `report` commands share: ONE way to turn export paths into enriched captures (the same
// archive → importers → merge → enrich pipeline the app runs), and a small flag reader with CliError messages.

import { isValidTimeZone } from '../../shared/importers/times';
import { ImportError } from '../../shared/importers/types';
import type { Capture, Device, ImportWarning, Room } from '../../shared/model';
import { analyzeFiles } from '../../shared/pipeline/analyze';
import { parseNightHours, type NightHours } from '../../shared/night';
import { reflagNight } from '../../shared/pipeline/night';
import { CliError } from './cli-error';
import { collectUserFiles } from './node-input';
import { closeFdBlobs } from './fd-blob';

export interface LoadedCaptures {
  captures: Capture[];
  devices: Device[];
  rooms: Room[];
  accountId?: string;
  warnings: ImportWarning[];
}

export async function loadCaptures(
  paths: string[],
  options: { timeZone: string; nightHours?: NightHours },
): Promise<LoadedCaptures> {
  const files = await collectUserFiles(paths);
  try {
    // The app's import pipeline plus its library pass (groups, voices, foreign) — the same result as the UI.
    const outcome = await analyzeFiles(files, { timeZone: options.timeZone });
    if (outcome.kind === 'needs-mapping')
      throw new CliError(`no known export found in ${paths.join(', ')} (${outcome.preview.files.length} files).`);
    return {
      captures: options.nightHours
        ? reflagNight(outcome.captures, options.timeZone, options.nightHours)
        : outcome.captures,
      devices: outcome.devices,
      rooms: outcome.rooms,
      warnings: outcome.warnings,
      ...(outcome.merged.accountId ? { accountId: outcome.merged.accountId } : {}),
    };
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(`${error.message} [${error.code}]`);
    throw error;
  } finally {
    closeFdBlobs();
  }
}

/** `--name value` options and positional arguments; booleans are the names listed in `switches`. */
export function readFlags(
  args: readonly string[],
  valued: readonly string[],
  switches: readonly string[],
  usage: string,
): { positional: string[]; values: Map<string, string>; on: Set<string> } {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const on = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) positional.push(arg);
    else if (switches.includes(arg.slice(2))) on.add(arg.slice(2));
    else if (valued.includes(arg.slice(2))) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) throw new CliError(`${arg} needs a value. Usage: ${usage}`);
      values.set(arg.slice(2), value);
    } else throw new CliError(`unknown option ${arg}. Usage: ${usage}`);
  }
  return { positional, values, on };
}

export function pick<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
  fallback?: T,
): T {
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw new CliError(`--${flag} is required (${allowed.join('|')}).`);
  }
  if (!(allowed as readonly string[]).includes(value))
    throw new CliError(`--${flag} must be one of ${allowed.join(', ')}, not "${value}".`);
  return value as T;
}

export function timeZoneOption(value: string | undefined): string {
  const tz = value ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  if (!isValidTimeZone(tz)) throw new CliError(`"${tz}" is not a time zone (try Europe/Berlin).`);
  return tz;
}

export function dateOption(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new CliError(`--${flag} must be a date like 2025-01-31, not "${value}".`);
  }
  return value;
}

/** `--night 22-6`: the local hours that count as night (default 23-6). */
export function nightOption(value: string | undefined): NightHours | undefined {
  if (value === undefined) return undefined;
  try {
    return parseNightHours(value);
  } catch (error) {
    throw new CliError(`--night: ${(error as Error).message}.`);
  }
}
