// Writes JSON as a stream of small chunks, byte-identical to JSON.stringify(value, null, 2): a report of a
// million captures is far beyond the longest string V8 can build ("Invalid string length"), so it is never
// built as one string (docs/reliability.md, "Bounded work").

import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Containers up to about this many characters of JSON are written with one JSON.stringify. */
const WHOLE_CHARS = 16 * 1024;
/** Consecutive small items of an array are written together, about this many characters at a time. */
const RUN_CHARS = 256 * 1024;
/** Characters collected before a write to the stream: fewer, larger writes (and UTF-8 conversions). */
const BLOCK_CHARS = 1024 * 1024;

/**
 * Whether `value` serialises to less than about `budget` characters: a bounded walk that stops as soon as
 * the budget is spent, so a huge container costs no more to test than a small one.
 */
function small(value: unknown, budget: number): number {
  if (typeof value === 'string') return budget - value.length - 2;
  if (value === null || typeof value !== 'object') return budget - 24;
  if (Array.isArray(value)) {
    budget -= 4;
    for (let i = 0; i < value.length && budget > 0; i++) budget = small(value[i], budget - 4);
    return budget;
  }
  budget -= 4;
  for (const key in value) {
    if (budget <= 0) break;
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    budget = small((value as Record<string, unknown>)[key], budget - key.length - 8);
  }
  return budget;
}

/**
 * The chunks of `JSON.stringify(value, null, 2)`, in order. Leaves and small containers come in one piece
 * (JSON.stringify of a nested value, its lines indented to its depth, is exactly its part of the whole);
 * only big containers are walked here — a generator per value made writing the report a fifth of
 * `analyze --no-audio` (bench/HISTORY.md).
 */
export function* jsonChunks(value: unknown, indent = ''): Generator<string> {
  const inner = `${indent}  `;
  if (value !== null && typeof value === 'object' && small(value, WHOLE_CHARS) > 0) {
    const whole = JSON.stringify(value, null, 2);
    return yield indent ? whole.replaceAll('\n', `\n${indent}`) : whole;
  }
  if (Array.isArray(value)) {
    if (!value.length) return yield '[]';
    yield '[\n';
    let i = 0;
    while (i < value.length) {
      // A run of small items in one JSON.stringify of their slice (its "[\n" and "\n]" cut off, its lines
      // shifted to this depth) — one string per ~256 KB instead of one per capture.
      let end = i;
      let spent = 0;
      while (end < value.length && spent < RUN_CHARS) {
        const left = small(value[end], WHOLE_CHARS);
        if (left <= 0) break;
        spent += WHOLE_CHARS - left;
        end++;
      }
      if (end > i) {
        yield runAtDepth(value.slice(i, end), indent.length / 2);
        i = end;
      } else {
        yield inner;
        yield* jsonChunks(value[i], inner);
        i++;
      }
      yield i < value.length ? ',\n' : '\n';
    }
    return yield `${indent}]`;
  }
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
    const entries = Object.entries(value).filter(
      ([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol',
    );
    if (!entries.length) return yield '{}';
    yield '{\n';
    for (let i = 0; i < entries.length; i++) {
      const [key, item] = entries[i]!;
      yield `${inner}${JSON.stringify(key)}: `;
      yield* jsonChunks(item, inner);
      yield i < entries.length - 1 ? ',\n' : '\n';
    }
    return yield `${indent}}`;
  }
  yield JSON.stringify(value, null, 2)?.replaceAll('\n', `\n${indent}`) ?? 'null';
}

/**
 * The items of `run`, each on its lines as `JSON.stringify(…, null, 2)` writes them inside an array `depth`
 * levels deep, from the first item's indentation to the last item's end. The run is stringified nested in
 * `depth` arrays, so the indentation comes out of JSON.stringify itself instead of a second pass over the
 * text; level j opens with j·2 spaces + "[\n" and closes with "\n" + j·2 spaces + "]" — (depth + 1)(depth + 2)
 * characters on each side, cut off here.
 */
function runAtDepth(run: unknown[], depth: number): string {
  let wrapped: unknown = run;
  for (let level = 0; level < depth; level++) wrapped = [wrapped];
  const cut = (depth + 1) * (depth + 2);
  return JSON.stringify(wrapped, null, 2).slice(cut, -cut);
}

/** Writes the chunks to a stream in blocks of about 1 MB, waiting whenever the stream is full. */
export async function writeChunks(chunks: Iterable<string>, out: Writable): Promise<void> {
  let block = '';
  for (const chunk of chunks) {
    block += chunk;
    if (block.length >= BLOCK_CHARS) {
      if (!out.write(block)) await once(out, 'drain');
      block = '';
    }
  }
  if (block && !out.write(block)) await once(out, 'drain');
}

/** JSON.stringify(value, null, 2) + "\n" to a file, or to stdout when no file is given. */
export async function writeJson(value: unknown, file?: string): Promise<void> {
  const chunks = (function* () {
    yield* jsonChunks(value);
    yield '\n';
  })();
  if (!file) return writeChunks(chunks, process.stdout);
  const out = createWriteStream(file);
  const failed = once(out, 'error').then(([error]) => Promise.reject(error as Error));
  await Promise.race([writeChunks(chunks, out), failed]);
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
}
