// A file picked in the desktop app's native dialog, read lazily: main serves it at
// app://earshot/local-file/<token> with HTTP range requests, and this Blob look-alike fetches only the bytes
// an importer asks for (a zip's directory, a clip, a chunk of a large JSON). The import pipeline only calls
// size, slice(), arrayBuffer() and stream(), as it does on a File — so nothing is read before it is needed,
// and nothing read is kept (docs/reliability.md, "Shell").

export class RangeBlob {
  readonly type = '';
  constructor(
    readonly url: string,
    private readonly from: number,
    private readonly to: number,
  ) {}

  static of(url: string, size: number): Blob {
    return new RangeBlob(url, 0, size) as unknown as Blob;
  }

  get size(): number {
    return this.to - this.from;
  }

  slice(start = 0, end = this.size): Blob {
    const clamp = (n: number) => Math.min(Math.max(n < 0 ? this.size + n : n, 0), this.size);
    const a = clamp(start);
    return new RangeBlob(this.url, this.from + a, this.from + Math.max(a, clamp(end))) as unknown as Blob;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    if (!this.size) return new ArrayBuffer(0);
    const response = await this.fetchRange();
    const buffer = await response.arrayBuffer();
    if (buffer.byteLength !== this.size) throw new Error('The file changed or became unreadable since it was picked.');
    return buffer;
  }

  async text(): Promise<string> {
    return new TextDecoder().decode(await this.arrayBuffer());
  }

  async bytes(): Promise<Uint8Array> {
    return new Uint8Array(await this.arrayBuffer());
  }

  stream(): ReadableStream<Uint8Array> {
    let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
    return new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        if (!this.size) return controller.close();
        reader ??= (await this.fetchRange()).body!.getReader();
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      },
      cancel: () => reader?.cancel(),
    });
  }

  private async fetchRange(): Promise<Response> {
    const response = await fetch(this.url, { headers: { range: `bytes=${this.from}-${this.to - 1}` } });
    // 206 only: a server that ignored the range would send the whole file where a slice was asked for.
    if (response.status !== 206) throw new Error('The file changed or became unreadable since it was picked.');
    return response;
  }
}
