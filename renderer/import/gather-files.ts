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
 * Electron: the native dialog in main. Nothing is read at pick time: each file stays behind its token at
 * app://earshot/local-file/<token>, and the import worker reads the ranges an importer needs when it needs
 * them (renderer/import/range-blob.ts). The tokens are revoked when the import ends (`releaseImportFiles`).
 */
export async function fromNativeDialog(folders: boolean): Promise<ImportFile[]> {
  const api = window.earshot;
  if (!api) return [];
  const { files } = await api.openFiles({ folders });
  return files.map((f) => ({
    path: f.path,
    lastModified: f.lastModified,
    remote: { url: `app://earshot/local-file/${f.token}`, size: f.size },
  }));
}

/** Revokes the tokens of natively picked files, once no import will read them again. */
export async function releaseImportFiles(files: readonly ImportFile[]): Promise<void> {
  const tokens = files.flatMap((f) => (f.remote ? [f.remote.url.slice(f.remote.url.lastIndexOf('/') + 1)] : []));
  if (tokens.length) await window.earshot?.releaseFiles({ tokens });
}
