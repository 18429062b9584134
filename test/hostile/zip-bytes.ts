// Byte-level zip writer for the hostile corpus. zip.js (rightly) refuses to write `../` names, symlinks with
// absolute targets, overlapping entries or lying headers, so these archives are assembled by hand from local
// headers, data and a central directory (APPNOTE 4.3.7 / 4.3.12 / 4.3.16).

import { crc32, deflateRawSync } from 'node:zlib';

export interface RawEntry {
  /** Name bytes (a string is UTF-8 encoded and flagged as UTF-8). */
  name: string | Uint8Array;
  data: Uint8Array;
  deflate?: boolean;
  /** Overrides written into both headers. */
  crc?: number;
  uncompressedSize?: number;
  flags?: number;
  /** Upper 16 bits: Unix mode (symlinks are 0o120777). */
  externalAttributes?: number;
  /** Points this central record at another entry's local header (overlap). */
  offsetOf?: number;
  /** A different name in the local header than in the central directory (ambiguous archive). */
  localName?: string;
}

export function buildZip(entries: RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  const offsets: number[] = [];
  let offset = 0;
  const prepared = entries.map((e) => {
    const nameBytes = typeof e.name === 'string' ? new TextEncoder().encode(e.name) : e.name;
    const stored = e.deflate ? new Uint8Array(deflateRawSync(e.data)) : e.data;
    const flags = (e.flags ?? 0) | (typeof e.name === 'string' ? 0x800 : 0);
    return {
      e,
      nameBytes,
      localNameBytes: e.localName === undefined ? nameBytes : new TextEncoder().encode(e.localName),
      stored,
      flags,
      crc: e.crc ?? crc32(e.data) >>> 0,
      size: e.uncompressedSize ?? e.data.length,
    };
  });
  for (const p of prepared) {
    offsets.push(offset);
    if (p.e.offsetOf !== undefined) continue; // shares another entry's bytes: no local record of its own
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, p.flags, true);
    local.setUint16(8, p.e.deflate ? 8 : 0, true);
    local.setUint16(10, 0, true);
    local.setUint16(12, 0x5b21, true); // 2025-10-01
    local.setUint32(14, p.crc, true);
    local.setUint32(18, p.stored.length, true);
    local.setUint32(22, p.size, true);
    local.setUint16(26, p.localNameBytes.length, true);
    local.setUint16(28, 0, true);
    chunks.push(new Uint8Array(local.buffer), p.localNameBytes, p.stored);
    offset += 30 + p.localNameBytes.length + p.stored.length;
  }
  const centralStart = offset;
  prepared.forEach((p, i) => {
    const target = p.e.offsetOf !== undefined ? offsets[p.e.offsetOf]! : offsets[i]!;
    const source = p.e.offsetOf !== undefined ? prepared[p.e.offsetOf]! : p;
    const record = new DataView(new ArrayBuffer(46));
    record.setUint32(0, 0x02014b50, true);
    record.setUint16(4, p.e.externalAttributes !== undefined ? (3 << 8) | 20 : 20, true);
    record.setUint16(6, 20, true);
    record.setUint16(8, source.flags, true);
    record.setUint16(10, source.e.deflate ? 8 : 0, true);
    record.setUint16(12, 0, true);
    record.setUint16(14, 0x5b21, true);
    record.setUint32(16, source.crc, true);
    record.setUint32(20, source.stored.length, true);
    record.setUint32(24, source.size, true);
    record.setUint16(28, p.nameBytes.length, true);
    record.setUint32(38, (p.e.externalAttributes ?? 0) >>> 0, true);
    record.setUint32(42, target, true);
    central.push(new Uint8Array(record.buffer), p.nameBytes);
    offset += 46 + p.nameBytes.length;
  });
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, offset - centralStart, true);
  end.setUint32(16, centralStart, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Many tiny stored entries, written straight into one buffer (100k entries would be slow via buildZip's arrays). */
export function manyEntriesZip(count: number): Uint8Array {
  return buildZip(
    Array.from({ length: count }, (_, i) => ({ name: `f/${i}.txt`, data: new Uint8Array([65 + (i % 26)]) })),
  );
}
