// Writes JSON as a stream of small chunks, byte-identical to JSON.stringify(value, null, 2): a report of a
// million captures is far beyond the longest string V8 can build ("Invalid string length"), so it is never
// built as one string (docs/reliability.md, "Bounded work").

import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** The chunks of `JSON.stringify(value, null, 2)`, in order; leaves and empty containers in one piece. */
export function* jsonChunks(value: unknown, indent = ''): Generator<string> {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (!value.length) return yield '[]';
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      yield inner;
      const item: unknown = value[i];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') yield 'null';
      else yield* jsonChunks(item, inner);
      yield i < value.length - 1 ? ',\n' : '\n';
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
  yield JSON.stringify(value, null, 2)?.split('\n').join(`\n${indent}`) ?? 'null';
}

/** Writes the chunks to a stream in blocks of about 64 KB, waiting whenever the stream is full. */
export async function writeChunks(chunks: Iterable<string>, out: Writable): Promise<void> {
  let block = '';
  for (const chunk of chunks) {
    block += chunk;
    if (block.length >= 64 * 1024) {
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
