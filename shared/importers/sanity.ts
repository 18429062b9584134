// The last check between the importers and everything after them (merge, classification, storage): one
// record with an impossible time or a field of the wrong type is skipped with a counted warning per file,
// so a single broken record can never abort a whole import (docs/reliability.md, "Bounded work").

import type { ImportWarning } from '../model';
import { visibleText } from '../visible-text';
import type { ImportResult, RawCapture } from './types';

/** Date can hold ±8.64e15 ms; exports come after 1970 and before year 10000 (four-digit years everywhere). */
export const MIN_TS = 0;
export const MAX_TS = 253_402_300_800_000;

const optionalString = (value: unknown) => value === undefined || typeof value === 'string';

/** Why a record cannot be imported, or undefined when it can. */
export function recordProblem(capture: RawCapture): 'time' | 'field' | undefined {
  const ts: unknown = capture.ts;
  if (typeof ts !== 'number' || !Number.isFinite(ts) || ts < MIN_TS || ts >= MAX_TS) return 'time';
  if (typeof capture.id !== 'string' || !capture.id) return 'field';
  for (const field of ['transcript', 'deviceId', 'deviceName', 'response', 'personName', 'providerRecordId'] as const)
    if (!optionalString(capture[field])) return 'field';
  if (capture.durationMs !== undefined && !(typeof capture.durationMs === 'number' && capture.durationMs >= 0))
    return 'field';
  return undefined;
}

const TEXT_FIELDS = ['transcript', 'deviceName', 'response', 'personName'] as const;

/** Imported display text without bidi overrides or control characters (see shared/visible-text.ts). */
function cleanText(result: ImportResult): ImportResult {
  const captures = result.captures.map((capture) => {
    let out = capture;
    for (const field of TEXT_FIELDS) {
      const value = capture[field];
      if (typeof value !== 'string') continue;
      const clean = visibleText(value);
      if (clean !== value) out = { ...out, [field]: clean };
    }
    return out;
  });
  const devices = result.devices.map((d) => (visibleText(d.name) === d.name ? d : { ...d, name: visibleText(d.name) }));
  const warnings = result.warnings.map((w) => ({ ...w, file: visibleText(w.file), message: visibleText(w.message) }));
  return { ...result, captures, devices, warnings };
}

/**
 * Drops records that cannot be imported and says how many per file (one warning per file and problem);
 * removes invisible characters from the text of the rest.
 */
export function dropBrokenRecords(results: readonly ImportResult[]): ImportResult[] {
  return results.map(cleanText).map((result) => {
    const counts = new Map<string, { file: string; problem: 'time' | 'field'; n: number; example: string }>();
    const captures = result.captures.filter((capture) => {
      const problem = recordProblem(capture);
      if (!problem) return true;
      const file = capture.origin?.file ?? result.files[0] ?? '';
      const key = `${file}\u0000${problem}`;
      const seen = counts.get(key) ?? { file, problem, n: 0, example: String(capture.ts).slice(0, 40) };
      seen.n++;
      counts.set(key, seen);
      return false;
    });
    if (!counts.size) return result;
    const warnings: ImportWarning[] = [...counts.values()].map(({ file, problem, n, example }) => ({
      file,
      message:
        problem === 'time'
          ? `${n.toLocaleString('en')} record${n === 1 ? ' has' : 's have'} an impossible time (e.g. ${example}) and ${n === 1 ? 'was' : 'were'} skipped.`
          : `${n.toLocaleString('en')} record${n === 1 ? ' has' : 's have'} a broken field and ${n === 1 ? 'was' : 'were'} skipped.`,
    }));
    return { ...result, captures, warnings: [...result.warnings, ...warnings] };
  });
}
