// A voice history of many records, written as a stream (the file may be far larger than a string can hold):
// the scale case of the hostile corpus. One page object holding every record, as scrapers save it, so an
// importer that parses the whole file holds all of it at once. Records vary in time, device and words like a
// real household's, and each carries the items a real record does.

import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const DEVICES = [
  { serial: 'G090XG0000000001', name: 'Echo Küche' },
  { serial: 'G090XG0000000002', name: 'Echo Dot Wohnzimmer' },
  { serial: 'G090XG0000000003', name: 'Echo Show Schlafzimmer' },
];
const WORDS = ['alexa', 'licht', 'an', 'aus', 'wie', 'spät', 'ist', 'es', 'musik', 'spiele', 'wetter', 'morgen'];

/** Compact records (about 190 bytes, as in the security review's 188 MB file of 10⁶) carry only key, time and words. */
export function historyRecord(i: number, compact = false, start = Date.UTC(2025, 0, 1)): Record<string, unknown> {
  const device = DEVICES[i % DEVICES.length]!;
  const ts = start + i * 37_000;
  const words = Array.from({ length: 3 + (i % 5) }, (_, j) => WORDS[(i * 7 + j * 3) % WORDS.length]).join(' ');
  const utterance = `${device.serial}:1.0/${i}`;
  if (compact)
    return {
      recordKey: `A1#${ts}#A3#${device.serial}`,
      timestamp: ts,
      voiceHistoryRecordItems: [{ recordItemType: 'CUSTOMER_TRANSCRIPT', transcriptText: words }],
    };
  return {
    recordKey: `A1CUSTOMER#${ts}#A3TYPE#${device.serial}`,
    timestamp: ts,
    customerId: 'A1CUSTOMER',
    device: { deviceName: device.name },
    utteranceType: 'GENERAL',
    voiceHistoryRecordItems: [{ recordItemType: 'CUSTOMER_TRANSCRIPT', utteranceId: utterance, transcriptText: words }],
  };
}

/** Writes `count` records to `path`; resolves to the file's size in bytes. */
export async function writeVoiceHistory(path: string, count: number, compact = false): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('[{"customerHistoryRecords":[');
  for (let i = 0; i < count; i++) await write((i ? ',' : '') + JSON.stringify(historyRecord(i, compact)));
  await write('],"encryptedPaginationKey":null}]');
  out.end();
  await once(out, 'finish');
  return bytes;
}

if (process.argv[1]?.endsWith('voice-history-scale.ts')) {
  const [path, count, compact] = process.argv.slice(2);
  if (!path) throw new Error('usage: tsx test/hostile/voice-history-scale.ts <out.json> [records] [compact]');
  const size = await writeVoiceHistory(path, Number(count ?? 300_000), compact === 'compact');
  process.stdout.write(`${path}: ${size} bytes\n`);
}
