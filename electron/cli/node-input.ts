// CLI paths (files, folders, zips) → the same UserFile list the browser hands over from drag-and-drop:
// folder contents keep the folder's name as their first path segment (like webkitRelativePath), and every
// file is a lazily read, file-backed Blob (FdBlob: positioned reads), so a multi-GB archive is never loaded
// eagerly.

import { lstat, readdir } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { basename, join, relative, dirname, sep } from 'node:path';
import type { UserFile } from '../../shared/archive/index';
import { useCrc32 } from '../../shared/archive/entry-reader';
import { CliError } from './cli-error';
import { FdBlob } from './fd-blob';

// zlib's CRC-32 gives the same values as the JavaScript one (test/unit/archive/crc32.test.ts) ten times faster.
useCrc32(crc32);

export async function collectUserFiles(paths: string[]): Promise<UserFile[]> {
  const files: UserFile[] = [];
  for (const path of paths) {
    const stat = await lstat(path).catch(() => undefined);
    if (!stat) throw new CliError(`"${path}" does not exist.`);
    if (stat.isSymbolicLink())
      throw new CliError(`"${path}" is a symbolic link; give the file or folder it points to.`);
    if (stat.isDirectory()) await walk(path, dirname(path), files);
    else if (stat.isFile()) files.push(userFile(path, basename(path), stat.size, stat.mtimeMs));
    else throw new CliError(`"${path}" is neither a file nor a folder.`);
  }
  return files;
}

/** No export nests folders this deep; deeper trees are refused before a path grows too long for the OS. */
export const MAX_FOLDER_DEPTH = 64;

async function walk(dir: string, base: string, out: UserFile[], depth = 0): Promise<void> {
  if (depth > MAX_FOLDER_DEPTH)
    throw new CliError(
      `"${relative(base, dir).split(sep).slice(0, 3).join('/')}/…" nests folders more than ${MAX_FOLDER_DEPTH} levels deep; no export does that, so it is not read.`,
    );
  const names = (
    await readdir(dir).catch((error: NodeJS.ErrnoException) => {
      throw new CliError(`the folder "${relative(base, dir)}" cannot be read (${error.code ?? error.message}).`);
    })
  ).sort();
  for (const name of names) {
    if (name.startsWith('.')) continue; // .DS_Store, .cache and other hidden helpers are never exports
    const full = join(dir, name);
    const stat = await lstat(full);
    if (stat.isDirectory()) await walk(full, base, out, depth + 1);
    else if (stat.isFile())
      out.push(userFile(full, relative(base, full).split(sep).join('/'), stat.size, stat.mtimeMs));
  }
}

function userFile(path: string, display: string, size: number, mtimeMs: number): UserFile {
  return { path: display, blob: FdBlob.of(path, size), lastModified: Math.round(mtimeMs) };
}
