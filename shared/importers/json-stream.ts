// Reads a large JSON export as a stream of chunks (@streamparser/json), so a 200 MB voice history is never one
// string nor one parsed tree: each record is handed over as soon as it is complete and then dropped from its
// parent array. Memory is the records' results, not the file (docs/reliability.md, "Bounded work").

import { TokenParser, Tokenizer, TokenType } from '@streamparser/json';
import type { ParsedElementInfo } from '@streamparser/json';
import { entryChunks } from './entries';
import { MAX_JSON_DEPTH } from './json';
import { ImportError, type InputEntry } from './types';

/**
 * Records one import reads from a JSON export. Every record becomes a capture the import holds until it is
 * stored (about 1 KB each with its analysis); the cap keeps a hostile file from growing that without end.
 */
export const MAX_RECORDS = 200_000;

/** The smallest record an importer accepts (`{"recordKey":0}`): a file below MAX_RECORDS times it cannot pass the cap. */
const MIN_RECORD_BYTES = 15;

/**
 * Refuses files holding more than MAX_RECORDS records before any of them is kept: a counting pass that stops at
 * the cap, run only when the files are large enough to pass it. Refusing after building the captures would
 * hold the cap's worth of them first (docs/reliability.md, "Bounded work").
 */
export async function refuseOverCap(
  entries: readonly InputEntry[],
  shape: RecordShape,
  tooMany: (file: string) => ImportError,
  signal?: AbortSignal,
): Promise<void> {
  if (entries.reduce((sum, e) => sum + e.size, 0) < MAX_RECORDS * MIN_RECORD_BYTES) return;
  let count = 0;
  for (const entry of entries)
    await streamJsonRecords(
      entry,
      shape,
      () => {
        if (++count > MAX_RECORDS) throw tooMany(entry.path);
      },
      signal,
    );
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Where a container sits: the chain of arrays and page objects from the root, a records array, or elsewhere. */
type Role = 'chain-array' | 'chain-object' | 'records' | undefined;

export interface StreamedRecords {
  /** Records handed to the callback. */
  records: number;
  /** The most characters of the file held at once, decoded (a chunk), for tests that the read is incremental. */
  maxChunkChars: number;
}

/**
 * Where the records are. Pages (Alexa voice history: one page, an array of pages, or a bare array of records):
 * every object in a `recordsKey` array of a page at the root or inside the root's chain of arrays, and every
 * object carrying `markerKey` in that chain. `root-array` (Takeout's My Activity): every object of the root array.
 */
export type RecordShape = { recordsKey: string; markerKey: string } | 'root-array';

/** Calls `onRecord` for every record object (see RecordShape), in file order, as soon as it is complete. */
export async function streamJsonRecords(
  entry: InputEntry,
  shape: RecordShape,
  onRecord: (record: Record<string, unknown>, index: number) => void,
  signal?: AbortSignal,
): Promise<StreamedRecords> {
  const head = await firstBytes(entry);
  const guessed = encodingOf(head);
  try {
    return await run(entry, guessed, shape, onRecord, signal);
  } catch (error) {
    // Not valid UTF-8 after all: read again as Windows-1252, as decodeText does for whole texts.
    if (!(error instanceof NotUtf8)) throw error;
    return run(entry, 'windows-1252', shape, onRecord, signal);
  }
}

class NotUtf8 extends Error {}

async function run(
  entry: InputEntry,
  encoding: Encoding,
  shape: RecordShape,
  onRecord: (record: Record<string, unknown>, index: number) => void,
  signal?: AbortSignal,
): Promise<StreamedRecords> {
  const file = entry.path;
  const malformed = (detail: string) =>
    new ImportError(
      'json-malformed',
      file,
      `"${file}" is not valid JSON (${detail.slice(0, 80)}). The file may be cut off or edited.`,
    );
  const tokenizer = new Tokenizer();
  const parser = new TokenParser();
  let depth = 0;
  tokenizer.onToken = (token) => {
    if (token.token === TokenType.LEFT_BRACE || token.token === TokenType.LEFT_BRACKET) {
      if (++depth > MAX_JSON_DEPTH)
        throw new ImportError(
          'json-malformed',
          file,
          `"${file}" is nested more than ${MAX_JSON_DEPTH} levels deep; no export looks like that, so the file is not read.`,
        );
    } else if (token.token === TokenType.RIGHT_BRACE || token.token === TokenType.RIGHT_BRACKET) depth--;
    parser.write(token);
  };
  let records = 0;
  parser.onValue = (info) => {
    const { value, key, parent } = info;
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    if (shape === 'root-array') {
      if (info.stack.length !== 1 || !Array.isArray(parent)) return;
      if (isObject) onRecord(value as Record<string, unknown>, records++);
      if (parent[parent.length - 1] === value) parent.length -= 1;
      return;
    }
    const role = roleOf(info, shape.recordsKey);
    if (!role) return;
    if (isObject && (role === 'records' || (role === 'chain-array' && shape.markerKey in value)))
      onRecord(value as Record<string, unknown>, records++);
    // Done with it. Members of an object in the chain stay (it may turn out to be a record itself); a page's
    // records array is emptied record by record, so a page holds only its few other fields.
    if (role === 'chain-object') return;
    if (Array.isArray(parent)) {
      if (parent[parent.length - 1] === value) parent.length -= 1;
    } else if (parent && key !== undefined) delete (parent as Record<string, unknown>)[key as string];
  };
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  let maxChunkChars = 0;
  let first = true;
  const feed = (text: string) => {
    if (first) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    maxChunkChars = Math.max(maxChunkChars, text.length);
    if (text) tokenizer.write(text);
  };
  try {
    for await (const chunk of entryChunks(entry)) {
      if (signal?.aborted) throw new ImportError('cancelled', file, 'The import was cancelled.');
      feed(decode(decoder, chunk, encoding === 'utf-8'));
    }
    feed(decode(decoder, undefined, encoding === 'utf-8'));
    tokenizer.end();
  } catch (error) {
    if (error instanceof ImportError || error instanceof NotUtf8) throw error;
    throw malformed(error instanceof Error ? error.message : String(error));
  }
  if (!parser.isEnded) throw malformed('it ends before its last value is complete');
  return { records, maxChunkChars };
}

function decode(decoder: InstanceType<typeof TextDecoder>, chunk: Uint8Array | undefined, fatal: boolean): string {
  try {
    return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
  } catch (error) {
    if (fatal) throw new NotUtf8();
    throw error;
  }
}

/** The role of the container the value was found in (see Role); walks only the few levels of the chain. */
function roleOf(info: ParsedElementInfo, recordsKey: string): Role {
  const { stack, parent } = info;
  if (parent === undefined) return undefined;
  // stack[j].value is the container at depth j-1 and stack[j].key the key of the next container inside it.
  let role: Role = undefined;
  for (let j = 1; j <= stack.length; j++) {
    const container = j < stack.length ? stack[j]!.value : parent;
    if (j === 1) role = Array.isArray(container) ? 'chain-array' : 'chain-object';
    else {
      const key = stack[j - 1]!.key;
      if (role === 'chain-array') role = Array.isArray(container) ? 'chain-array' : 'chain-object';
      else if (role === 'chain-object' && key === recordsKey && Array.isArray(container)) role = 'records';
      else return undefined;
    }
  }
  return role;
}

async function firstBytes(entry: InputEntry): Promise<Uint8Array> {
  return entry.readHead ? entry.readHead(200) : (await entry.read()).subarray(0, 200);
}

function encodingOf(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length - (bytes.length % 2), 200);
  if (n >= 4) {
    let evenZero = 0;
    let oddZero = 0;
    for (let i = 0; i < n; i += 2) {
      if (bytes[i] === 0) evenZero++;
      if (bytes[i + 1] === 0) oddZero++;
    }
    if (oddZero > (n / 2) * 0.8 && evenZero === 0) return 'utf-16le';
    if (evenZero > (n / 2) * 0.8 && oddZero === 0) return 'utf-16be';
  }
  return 'utf-8';
}
