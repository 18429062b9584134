// A voice history is read as a stream: records become captures while the file is still being read, and no
// more than one chunk of its text is ever held, whatever its size (docs/reliability.md, "Bounded work").
import { describe, expect, it } from 'vitest';
import { blobEntry, CHUNK_BYTES, expandInputs } from '../../../shared/archive/index';
import { alexaHistory } from '../../../shared/importers/alexa-history';
import { googleTakeout } from '../../../shared/importers/google-takeout';
import { streamJsonRecords } from '../../../shared/importers/json-stream';
import { ImportError, type InputEntry } from '../../../shared/importers/types';
import { historyRecord } from '../../hostile/voice-history-scale';
import { buildZip } from '../../hostile/zip-bytes';

const SHAPE = { recordsKey: 'customerHistoryRecords', markerKey: 'recordKey' };
const records = (n: number) => Array.from({ length: n }, (_, i) => historyRecord(i));
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const fileEntry = (bytes: Uint8Array, path = 'history.json') => blobEntry(path, new Blob([bytes]), 0);

async function failure(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    if (error instanceof ImportError) return `${error.code}: ${error.message}`;
    throw error;
  }
  return 'no error';
}

describe('streamed voice history', () => {
  it('hands over each record while the file is still being read, holding one chunk at a time', async () => {
    const bytes = encode([{ customerHistoryRecords: records(12_000) }]);
    expect(bytes.length).toBeGreaterThan(3 * CHUNK_BYTES);
    const entry = fileEntry(bytes);
    let chunksRead = 0;
    const counted: InputEntry = {
      ...entry,
      async *chunks() {
        for await (const chunk of entry.chunks!()) {
          chunksRead++;
          yield chunk;
        }
      },
    };
    const chunksAtRecord: number[] = [];
    const result = await streamJsonRecords(counted, SHAPE, () => chunksAtRecord.push(chunksRead));
    expect(result.records).toBe(12_000);
    // The first record arrived after the first chunk, not after the whole file.
    expect(chunksAtRecord[0]).toBe(1);
    expect(chunksRead).toBeGreaterThan(3);
    expect(result.maxChunkChars).toBeLessThanOrEqual(CHUNK_BYTES);
    expect(result.maxChunkChars).toBeLessThan(bytes.length / 3);
  });

  it('reads one page, an array of pages and a bare array of records alike', async () => {
    const all = records(30);
    const shapes = [
      { customerHistoryRecords: all, encryptedPaginationKey: 'x' },
      [{ customerHistoryRecords: all.slice(0, 10) }, { customerHistoryRecords: all.slice(10) }],
      all,
      [[all.slice(0, 5)], all.slice(5)],
    ];
    for (const shape of shapes) {
      const parsed = await alexaHistory.parse([fileEntry(encode(shape))], { timeZone: 'Europe/Berlin' });
      expect(parsed.captures.map((c) => c.transcript)).toEqual(
        all.map((r) => (r.voiceHistoryRecordItems as { transcriptText: string }[])[0]!.transcriptText),
      );
    }
  });

  it('refuses a cut-off file, deep nesting and broken JSON with json-malformed', async () => {
    const whole = JSON.stringify([{ customerHistoryRecords: records(50) }]);
    const cut = new TextEncoder().encode(whole.slice(0, whole.length - 40));
    expect(await failure(alexaHistory.parse([fileEntry(cut)], { timeZone: 'UTC' }))).toMatch(
      /^json-malformed: "history.json" is not valid JSON/,
    );
    const deep = `{"customerHistoryRecords":[${'['.repeat(100)}${']'.repeat(100)}]}`;
    expect(await failure(alexaHistory.parse([fileEntry(new TextEncoder().encode(deep))], { timeZone: 'UTC' }))).toMatch(
      /^json-malformed: .*nested more than 64 levels/,
    );
    const broken = new TextEncoder().encode('{"customerHistoryRecords":[{"recordKey":"a",}]}');
    expect(await failure(alexaHistory.parse([fileEntry(broken)], { timeZone: 'UTC' }))).toMatch(/^json-malformed/);
  });

  it('reads Latin-1 and UTF-16 files as the whole-text decoder does', async () => {
    const text = JSON.stringify({
      customerHistoryRecords: [
        {
          ...historyRecord(0),
          voiceHistoryRecordItems: [{ recordItemType: 'CUSTOMER_TRANSCRIPT', transcriptText: 'licht in der küche' }],
        },
      ],
    });
    const latin1 = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0), 0])]);
    for (const bytes of [latin1, utf16]) {
      const parsed = await alexaHistory.parse([fileEntry(bytes)], { timeZone: 'UTC' });
      expect(parsed.captures[0]?.transcript).toBe('licht in der küche');
    }
  });

  it('streams a zipped history and still refuses it when its checksum is wrong', async () => {
    const data = encode({ customerHistoryRecords: records(4_000) });
    const good = buildZip([{ name: 'history.json', data, deflate: true }]);
    const entries = await expandInputs([{ path: 'export.zip', blob: new Blob([good]), lastModified: 0 }]);
    const parsed = await alexaHistory.parse(entries, { timeZone: 'UTC' });
    expect(parsed.captures).toHaveLength(4_000);
    const bad = buildZip([{ name: 'history.json', data, deflate: true, crc: 1 }]);
    const badEntries = await expandInputs([{ path: 'export.zip', blob: new Blob([bad]), lastModified: 0 }]);
    expect(await failure(alexaHistory.parse(badEntries, { timeZone: 'UTC' }))).toMatch(/^zip-crc/);
  });
});

describe('streamed My Activity (Takeout JSON)', () => {
  it('turns each activity into a capture while the file is read', async () => {
    const activities = Array.from({ length: 15_000 }, (_, i) => ({
      header: 'Assistant',
      title: `Said turn on the light number ${i}`,
      time: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
      products: ['Assistant'],
      details: [{ name: 'From your device' }],
    }));
    const bytes = encode(activities);
    expect(bytes.length).toBeGreaterThan(2 * CHUNK_BYTES);
    const entry = fileEntry(bytes, 'Takeout/My Activity/Assistant/MyActivity.json');
    const seen = await streamJsonRecords(entry, 'root-array', () => undefined);
    expect(seen.records).toBe(15_000);
    expect(seen.maxChunkChars).toBeLessThanOrEqual(CHUNK_BYTES);
    const parsed = await googleTakeout.parse([entry], { timeZone: 'Europe/Berlin' });
    expect(parsed.captures).toHaveLength(15_000);
    expect(parsed.captures[14_999]?.transcript).toBe('turn on the light number 14999');
  });
});
