// Collects the user's files from the three ways they arrive: <input> (files or a folder), drag and drop
// (files and whole folders, walked recursively), and Electron's native dialog (tokens served by main).

import type { ImportFile } from './protocol';

export function fromFileList(list: FileList | File[]): ImportFile[] {
  return Array.from(list).map((file) => ({
    path: file.webkitRelativePath || file.name,
    blob: file,
    lastModified: file.lastModified,
  }));
}

const readEntries = (reader: FileSystemDirectoryReader) =>
  new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

async function walk(entry: FileSystemEntry, out: ImportFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await fileOf(entry as FileSystemFileEntry);
    out.push({ path: entry.fullPath.replace(/^\//, ''), blob: file, lastModified: file.lastModified });
  } else if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    // readEntries returns at most 100 entries per call; call until it returns none.
    for (let batch = await readEntries(reader); batch.length; batch = await readEntries(reader))
      for (const child of batch) await walk(child, out);
  }
}

export async function fromDataTransfer(data: DataTransfer): Promise<ImportFile[]> {
  const entries = Array.from(data.items)
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null))
    .filter((e): e is FileSystemEntry => e !== null);
  if (!entries.length) return fromFileList(data.files);
  const out: ImportFile[] = [];
  for (const entry of entries) await walk(entry, out);
  return out;
}

/**
 * Electron: the native dialog in main; file bytes are streamed from app://earshot/local-file/<token>, one
 * file at a time (Chromium keeps large Blobs on disk, so a folder of big files never sits in memory at
 * once), and each token is revoked as soon as its bytes are read.
 */
export async function fromNativeDialog(folders: boolean): Promise<ImportFile[]> {
  const api = window.earshot;
  if (!api) return [];
  const { files } = await api.openFiles({ folders });
  const out: ImportFile[] = [];
  try {
    for (const f of files) {
      const response = await fetch(`app://earshot/local-file/${f.token}`);
      // A file that vanished or became unreadable since the pick is left out, like an unreadable subfolder.
      if (response.ok) out.push({ path: f.path, blob: await response.blob(), lastModified: f.lastModified });
    }
  } finally {
    await api.releaseFiles({ tokens: files.map((f) => f.token) });
  }
  return out;
}
