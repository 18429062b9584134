// The zip CRC-32 the importers check every entry with: equal to zlib's for every length (the eight-byte
// steps and the byte-wise tail) and when continued over pieces, so a damaged recording is still caught.
import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../shared/archive/entry-reader';

const bytes = (length: number, seed: number) =>
  Uint8Array.from({ length }, (_, i) => (Math.imul(i + seed, 2654435761) >>> 24) & 0xff);

describe('crc32', () => {
  it('equals zlib for lengths 0–100 and a large buffer, whole and in pieces', () => {
    for (const length of [...Array.from({ length: 101 }, (_, i) => i), 65_537]) {
      const data = bytes(length, length);
      expect(crc32(data)).toBe(zlibCrc32(data));
      const cut = Math.floor(length / 3);
      expect(crc32(data.subarray(cut), crc32(data.subarray(0, cut)))).toBe(zlibCrc32(data));
    }
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('changes when one byte of a recording changes', () => {
    const data = bytes(4_096, 1);
    const before = crc32(data);
    data[2_049]! ^= 0x10;
    expect(crc32(data)).not.toBe(before);
  });
});
