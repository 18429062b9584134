import { openAsBlob, writeFileSync } from 'node:fs';
import { Uint8ArrayReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';
import { expandInputs } from '../../../shared/archive/index';
class CountingBlob extends Blob { read = 0; override slice(s?: number, e?: number, t?: string): Blob { return new CountedPart(super.slice(s, e, t), this); } }
class CountedPart extends Blob {
  constructor(part: Blob, private readonly owner: CountingBlob) { super([part]); }
  override async arrayBuffer() { this.owner.read += this.size; return super.arrayBuffer(); }
  override stream() { const owner = this.owner; return super.stream().pipeThrough(new TransformStream({ transform(c, ctl) { owner.read += c.length; ctl.enqueue(c); } })); }
}
const f = await openAsBlob('/tmp/zz.zip');
const blob = new CountingBlob([f]);
console.log('expand'); const [e] = await expandInputs([{ path: 'x.zip', blob, lastModified: 0 }]); console.log(blob.read);
console.log('head'); console.log(await e!.readHead!(16), blob.read);
console.log('read'); console.log((await e!.read()).length, blob.read);
