// A file on disk as the Blob look-alike the import pipeline reads (size, slice(), arrayBuffer(), stream(),
// text()), served by positioned reads on one descriptor. Node's own file-backed Blob (fs.openAsBlob) opens a
// read stream for every slice, and an archive of 26,000 recordings is read slice by slice: that was a tenth of
// `analyze --no-audio` (bench/HISTORY.md). A read here is one pread straight into the bytes returned; the CLI
// is one process reading for itself, so a synchronous read wastes nothing the event loop could have done.

import { closeSync, openSync, readSync } from 'node:fs';

interface DiskFile {
  path: string;
  size: number;
}

/**
 * Descriptors open at once, most recently read last. A folder of thousands of loose recordings must not hold
 * a descriptor each (the usual limit is 1,024 per process); an archive is read entry after entry, so the few
 * files being read stay open and the rest are reopened when read again.
 */
const open = new Map<DiskFile, number>();
const MAX_OPEN = 16;

function descriptor(file: DiskFile): number {
  let fd = open.get(file);
  if (fd !== undefined) {
    open.delete(file);
  } else {
    fd = openSync(file.path, 'r');
    for (const [oldest, oldFd] of open) {
      if (open.size < MAX_OPEN) break;
      open.delete(oldest);
      closeSync(oldFd);
    }
  }
  open.set(file, fd);
  return fd;
}

/** Closes every descriptor the blobs hold; a later read opens its file again. */
export function closeFdBlobs(): void {
  for (const fd of open.values()) closeSync(fd);
  open.clear();
}

export class FdBlob {
  readonly type = '';
  private constructor(
    private readonly file: DiskFile,
    private readonly from: number,
    private readonly to: number,
  ) {}

  /** `size` as the caller found it (lstat); nothing is opened before the first read. */
  static of(path: string, size: number): Blob {
    return new FdBlob({ path, size }, 0, size) as unknown as Blob;
  }

  get size(): number {
    return this.to - this.from;
  }

  slice(start = 0, end = this.size): Blob {
    const clamp = (n: number) => Math.min(Math.max(n < 0 ? this.size + n : n, 0), this.size);
    const a = clamp(start);
    return new FdBlob(this.file, this.from + a, this.from + Math.max(a, clamp(end))) as unknown as Blob;
  }

  /** The bytes of [from, to) in a buffer of their own. */
  private read(from: number, to: number): Uint8Array {
    const bytes = new Uint8Array(to - from);
    const fd = bytes.length ? descriptor(this.file) : -1;
    for (let at = 0; at < bytes.length;) {
      const got = readSync(fd, bytes, at, bytes.length - at, from + at);
      if (got === 0) throw new Error(`"${this.file.path}" became shorter while it was read.`);
      at += got;
    }
    return bytes;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return this.read(this.from, this.to).buffer as ArrayBuffer;
  }

  async bytes(): Promise<Uint8Array> {
    return this.read(this.from, this.to);
  }

  async text(): Promise<string> {
    return new TextDecoder().decode(this.read(this.from, this.to));
  }

  stream(): ReadableStream<Uint8Array> {
    let at = this.from;
    return new ReadableStream<Uint8Array>({
      pull: (controller) => {
        if (at >= this.to) return controller.close();
        const end = Math.min(at + STREAM_CHUNK, this.to);
        controller.enqueue(this.read(at, end));
        at = end;
      },
    });
  }
}

const STREAM_CHUNK = 1024 * 1024;
