// JSON reading with a nesting guard: JSON.parse recurses, and a file of a million "[" must fail with a clear
// message rather than a stack overflow. Parsed values are only read field by field, never merged into objects.

import type { ImportWarning } from '../model';
import { notice } from './notices';
import { ImportError } from './types';
import { decodeText } from './text';

export const MAX_JSON_DEPTH = 64;

export function parseJson(input: Uint8Array | string, file: string): unknown {
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeText(input);
  const depth = maxDepth(text);
  if (depth > MAX_JSON_DEPTH) {
    throw new ImportError(
      'json-malformed',
      file,
      `"${file}" is nested ${depth > 10_000 ? 'more than 10,000' : depth} levels deep; no export looks like that, so the file is not read.`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 80) : '';
    throw new ImportError(
      'json-malformed',
      file,
      `"${file}" is not valid JSON (${detail}). The file may be cut off or edited.`,
    );
  }
}

/** Linear scan that skips string contents; stops early once the guard is exceeded by far. */
function maxDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) max = depth;
      if (max > 10_000) return max;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

export function num(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return undefined;
}

/** A record's time (epoch ms); a record without one is noted ('record-without-time', at its 1-based line). */
export function recordTime(value: unknown, file: string, index: number, warnings: ImportWarning[]): number | undefined {
  const ts = num(value);
  if (ts === undefined) warnings.push(notice('record-without-time', file, {}, index + 1));
  return ts;
}
