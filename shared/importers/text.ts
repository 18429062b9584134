// Bytes → text for metadata files. Exports arrive as UTF-8 with or without BOM, UTF-16 (Excel "Unicode
// text"), or Latin-1/Windows-1252 after a round-trip through a spreadsheet; the decoder must guess right.

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8: Windows-1252 is what German spreadsheet tools write, and a superset of Latin-1.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** ASCII text in UTF-16 has a zero in every other byte; look at the start only. */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 200);
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.8 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs * 0.8 && oddZero === 0) return 'utf-16be';
  return undefined;
}
