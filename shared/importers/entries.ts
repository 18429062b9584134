// Shared helpers for importers: what kind of content an entry holds (sniffed, cached per entry so several
// importers' detect() calls read a file once), its decoded text, and its audio facts from the header.

import { readHead } from '../archive/index';
import { SNIFF_BYTES, sniffAudio, sniffContent, wavInfo } from '../archive/sniff';
import type { AudioKind, ContentKind } from '../archive/sniff';
import type { InputEntry } from './types';
import { ImportError } from './types';
import { decodeText } from './text';
import { baseName, extension } from '../archive/names';

const heads = new WeakMap<InputEntry, Promise<Uint8Array>>();

/**
 * Decoded texts, so several importers' detect() and parse() read a file once — but only the most recent
 * ones, up to TEXT_CACHE_CHARS: entries live for the whole import, and keeping every decoded text of five
 * 200 MB JSON files would hold them all at once (docs/reliability.md, "Bounded work").
 */
const texts = new Map<InputEntry, { text: Promise<string>; chars: number }>();
export const TEXT_CACHE_CHARS = 64 * 1024 * 1024;
let cachedChars = 0;

function remember(entry: InputEntry, text: Promise<string>): void {
  texts.set(entry, { text, chars: 0 });
  void text.then(
    (value) => {
      const slot = texts.get(entry);
      if (!slot || slot.text !== text) return;
      slot.chars = value.length;
      cachedChars += value.length;
      // Oldest first (Map keeps insertion order); the text just read always stays.
      for (const [other, old] of texts) {
        if (cachedChars <= TEXT_CACHE_CHARS || other === entry) break;
        texts.delete(other);
        cachedChars -= old.chars;
      }
    },
    () => texts.delete(entry),
  );
}

/** Drops the cached text of an entry (an importer that parsed it for good may call this). */
export function releaseText(entry: InputEntry): void {
  const slot = texts.get(entry);
  if (!slot) return;
  texts.delete(entry);
  cachedChars -= slot.chars;
}

const TEXT_EXTENSIONS = new Set(['csv', 'tsv', 'json', 'html', 'htm', 'txt']);

export function head(entry: InputEntry): Promise<Uint8Array> {
  let cached = heads.get(entry);
  if (!cached) {
    cached = readHead(entry, SNIFF_BYTES);
    heads.set(entry, cached);
  }
  return cached;
}

export function text(entry: InputEntry): Promise<string> {
  const cached = texts.get(entry);
  if (cached) {
    // Most recently used moves to the end, so it is evicted last.
    texts.delete(entry);
    texts.set(entry, cached);
    return cached.text;
  }
  const read = entry.read().then(decodeText);
  remember(entry, read);
  return read;
}

/** The entry's bytes a chunk at a time where the entry can stream, else in one piece. */
export async function* entryChunks(entry: InputEntry): AsyncIterable<Uint8Array> {
  if (entry.chunks) yield* entry.chunks();
  else yield await entry.read();
}

/**
 * The decoded start of a text entry, for detection: reading the head keeps a 200 MB export from being decoded
 * whole just to learn that it is a voice history. The keywords sought are ASCII, so a character cut in half at
 * the end does not matter.
 */
export async function headText(entry: InputEntry, bytes = HEAD_TEXT_BYTES): Promise<string> {
  return decodeText(await readHead(entry, bytes));
}
export const HEAD_TEXT_BYTES = 64 * 1024;

export async function contentKind(entry: InputEntry): Promise<ContentKind> {
  return sniffContent(await head(entry));
}

/**
 * Audio by content. Names are only used to skip obvious metadata files without reading them; a `.wav` that
 * is really MP3 is MP3, and an `.mp3` of garbage is not audio.
 */
export async function audioKind(entry: InputEntry): Promise<AudioKind | undefined> {
  const ext = extension(entry.path);
  if (TEXT_EXTENSIONS.has(ext) || entry.size < 12) return undefined;
  return sniffAudio(await head(entry));
}

/** Looks like an audio file by name (used to warn about undecodable audio, never to accept it). */
export function hasAudioExtension(path: string): boolean {
  return /\.(wav|mp3|ogg|opus|flac|m4a|webm)$/i.test(path);
}

export async function durationOf(entry: InputEntry): Promise<number | undefined> {
  return wavInfo(await head(entry), entry.size)?.durationMs;
}

/** Keeps the entries for which `test` resolves true, in order, sniffing a few at a time. */
export async function filterEntries(
  entries: readonly InputEntry[],
  test: (e: InputEntry) => Promise<boolean>,
): Promise<InputEntry[]> {
  const keep: boolean[] = new Array(entries.length).fill(false);
  const batch = 32;
  for (let i = 0; i < entries.length; i += batch) {
    const slice = entries.slice(i, i + batch);
    const results = await Promise.all(slice.map((e) => test(e).catch(() => false)));
    results.forEach((r, j) => (keep[i + j] = r));
  }
  return entries.filter((_, i) => keep[i]);
}

/** The audio kind, or an ImportError the user understands when the bytes are no audio Earshot knows. */
export async function requireAudio(entry: InputEntry): Promise<AudioKind> {
  const kind = await audioKind(entry).catch(() => undefined);
  if (!kind)
    throw new ImportError(
      'audio-undecodable',
      entry.path,
      `"${baseName(entry.path)}" is not a playable audio file (WAV, MP3, Ogg or FLAC); it may be damaged.`,
    );
  return kind;
}
