// Limits that keep a hostile or broken archive from exhausting memory or disk (see the "Defences against
// malicious archives" section of the performance-and-security notes for where the numbers come from).

export interface ArchiveLimits {
  /** Entries per zip file. */
  maxEntries: number;
  /** Uncompressed bytes of one audio or other binary entry. */
  maxEntrySize: number;
  /** Uncompressed bytes of one metadata entry (CSV, JSON, HTML, text). */
  maxMetadataSize: number;
  /** Declared uncompressed bytes of one zip, as a multiple of its compressed size. */
  maxTotalRatio: number;
  /** Absolute cap on the declared uncompressed bytes of one zip. */
  maxTotalSize: number;
  /** Uncompressed / compressed size of one non-metadata entry (speech audio barely compresses). */
  maxEntryRatio: number;
  /** Same for metadata, which compresses well but not like a bomb. */
  maxMetadataRatio: number;
}

export const DEFAULT_LIMITS: ArchiveLimits = {
  maxEntries: 250_000,
  maxEntrySize: 50 * 1024 * 1024,
  maxMetadataSize: 200 * 1024 * 1024,
  maxTotalRatio: 20,
  maxTotalSize: 64 * 1024 * 1024 * 1024,
  maxEntryRatio: 100,
  maxMetadataRatio: 400,
};

const METADATA_EXTENSIONS = /\.(csv|tsv|json|jsonl|html?|txt|xml|md)$/i;

export function isMetadataName(path: string): boolean {
  return METADATA_EXTENSIONS.test(path);
}

const ARCHIVE_EXTENSIONS = /\.(zip|jar|7z|rar|tar|tgz|tar\.gz|gz|bz2|xz|zst)$/i;

export function isArchiveName(path: string): boolean {
  return ARCHIVE_EXTENSIONS.test(path);
}
