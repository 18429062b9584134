// Walks a folder the user picked in the native dialog, as a folder drag-and-drop would: no symlinks
// followed, at most MAX_DEPTH levels and `limit` files, and a subfolder that cannot be read is skipped and
// named instead of aborting the whole pick. Free of `electron` so it is tested in Node.

import { readdir } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import path from 'node:path';

/** No export nests this deep; deeper folders are skipped (and reported) before paths grow too long. */
export const MAX_DEPTH = 64;

export interface FolderListing {
  files: string[];
  /** Folders left out: unreadable (permission, vanished) or nested too deep, with the reason. */
  skipped: { path: string; reason: string }[];
  /** True when the file limit stopped the walk. */
  truncated: boolean;
}

type ReadDir = (dir: string) => Promise<Dirent[]>;
const readDirents: ReadDir = (dir) => readdir(dir, { withFileTypes: true });

export async function listFolder(root: string, limit = 250_000, read: ReadDir = readDirents): Promise<FolderListing> {
  const listing: FolderListing = { files: [], skipped: [], truncated: false };
  // An explicit stack instead of recursion: depth is bounded anyway, but no call stack grows with it.
  const stack: { dir: string; depth: number }[] = [{ dir: root, depth: 0 }];
  while (stack.length) {
    const { dir, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) {
      listing.skipped.push({ path: dir, reason: `nested more than ${MAX_DEPTH} levels deep` });
      continue;
    }
    let entries: Dirent[];
    try {
      entries = await read(dir);
    } catch (error) {
      listing.skipped.push({ path: dir, reason: (error as NodeJS.ErrnoException).code ?? 'unreadable' });
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subfolders: string[] = [];
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) subfolders.push(full);
      else if (entry.isFile()) {
        if (listing.files.length >= limit) {
          listing.truncated = true;
          return listing;
        }
        listing.files.push(full);
      }
    }
    // Reversed onto the stack, so subfolders are walked in name order.
    for (const sub of subfolders.reverse()) stack.push({ dir: sub, depth: depth + 1 });
  }
  return listing;
}
