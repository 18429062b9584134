// The benchmark's Amazon-style GDPR archive: `All Data Categories.1.zip` (Intent CSV with every capture,
// device registration), `All Data Categories.2.zip` (one stored WAV per audio capture, named by device
// serial + time as the importer expects) and the loose FileDescriptions.csv. Also produces the ~1 GB
// variant for the memory test (same layout, more and longer clips). Zips are streamed to disk.

import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { TextReader, Uint8ArrayReader, ZipWriter, configure } from '@zip.js/zip.js';
import { random } from './random';
import { loadVoices, synthClip } from './speech';

configure({ useWebWorkers: false });

export interface ArchiveSpec {
  out: string;
  /** Captures with a WAV. */
  audioCaptures: number;
  /** Captures that only have an Intent row. */
  metadataCaptures: number;
  clipSeconds: number;
  /** When set, clip lengths are spread evenly over clipSeconds..clipSecondsMax instead of ±20 % around clipSeconds. */
  clipSecondsMax?: number;
  cacheDir: string;
  seed?: number;
}

export interface Archive {
  files: string[];
  audioCaptures: number;
  metadataCaptures: number;
  audioBytes: number;
  /** Seconds of audio in all WAVs together. */
  audioSeconds: number;
  totalBytes: number;
}

export const BENCH_DEVICES = [
  { serial: 'G0911W0793BENCH1', name: 'Echo Küche' },
  { serial: 'G0911W0793BENCH2', name: 'Echo im Wohnzimmer' },
  { serial: 'G0911W0793BENCH3', name: 'Bad Echo Dot' },
  { serial: 'G0911W0793BENCH4', name: 'Echo Schlafzimmer' },
  { serial: 'G0911W0793BENCH5', name: 'Mias Zimmer' },
  { serial: 'G0911W0793BENCH6', name: 'Büro Echo Show' },
];

const START = Date.UTC(2023, 0, 1);
const SPAN = 3 * 365 * 86_400_000;
const iso = (ts: number) => new Date(ts).toISOString();

/** Writes the archive unless the same spec was generated before (the manifest records it). */
export async function generateArchive(spec: ArchiveSpec): Promise<Archive> {
  const manifest = join(spec.out, 'manifest.json');
  const key = JSON.stringify({ ...spec, version: 2 });
  if (existsSync(manifest)) {
    const saved = JSON.parse(readFileSync(manifest, 'utf8')) as { key: string; archive: Archive };
    if (saved.key === key && saved.archive.files.every((f) => existsSync(f))) return saved.archive;
  }
  mkdirSync(spec.out, { recursive: true });
  const rand = random(spec.seed ?? 9);
  const voices = loadVoices(spec.cacheDir);
  const total = spec.audioCaptures + spec.metadataCaptures;
  const audioEvery = spec.audioCaptures > 0 ? total / spec.audioCaptures : Infinity;
  const rows = ['Currently Playing Song,Screen Contents,Contact Name,Utterance text,Utterance Creation Date'];

  const audioZip = join(spec.out, 'All Data Categories.2.zip');
  const writer = new ZipWriter(Writable.toWeb(createWriteStream(audioZip)) as WritableStream<Uint8Array>);
  let audioBytes = 0;
  let audioSeconds = 0;
  let nextAudio = 0;
  let withAudio = 0;
  for (let i = 0; i < total; i++) {
    // Spread over three years, mostly in the daytime (a second offset keeps timestamps unique).
    const day = Math.floor((i / total) * (SPAN / 86_400_000));
    const ts = START + day * 86_400_000 + Math.floor((6 + rand() * 17) * 3_600_000) + (i % 1000);
    const k = Math.floor(rand() * voices.texts.length);
    rows.push(`Not Available,Not Available,Not Available,"${voices.texts[k]}",${iso(ts)}`);
    if (i >= nextAudio && withAudio < spec.audioCaptures) {
      nextAudio += audioEvery;
      withAudio++;
      const device = BENCH_DEVICES[withAudio % BENCH_DEVICES.length]!;
      const spread = rand();
      const seconds =
        spec.clipSecondsMax !== undefined
          ? spec.clipSeconds + spread * (spec.clipSecondsMax - spec.clipSeconds)
          : spec.clipSeconds * (0.8 + spread * 0.4);
      const clip = synthClip(voices, k, seconds, rand);
      const name = `Additional Data/Alexa/Voice/${device.serial}_${iso(ts + 400).replace(/:/g, '_')}.wav`;
      await writer.add(name, new Uint8ArrayReader(clip), { level: 0, lastModDate: new Date(ts) });
      audioBytes += clip.length;
      audioSeconds += (clip.length - 44) / 2 / 16_000;
    }
  }
  await writer.close();

  const registration = [
    'Account Name,Amazon Device Model Name,Current Firmware Version,Customer Login Pool,Customer Type,Device Account Role,Device Model,Device Pairing Details,Device Serial Number,First Time Registered,IP Address,Last Time Registered,Local Time Offset,State,Time Deregistered',
    ...BENCH_DEVICES.map(
      (d) =>
        `"${d.name}",Echo Dot,8623548804,Amazon,ADULT,PRIMARY,Echo Dot (5th Gen),Not Applicable,${d.serial},2022-12-01T09:00:00Z,Not Available,2025-09-01T09:00:00Z,+01:00,ACTIVE,Not Available`,
    ),
  ].join('\n');
  const metaZip = join(spec.out, 'All Data Categories.1.zip');
  const meta = new ZipWriter(Writable.toWeb(createWriteStream(metaZip)) as WritableStream<Uint8Array>);
  await meta.add('Additional Data/Alexa/Alexa/NLU/Intent-2-1.csv', new TextReader(`\uFEFF${rows.join('\r\n')}\r\n`));
  await meta.add('Your Fire TV Device & Setup/Device Registration.csv', new TextReader(registration));
  await meta.close();
  const descriptions = join(spec.out, 'FileDescriptions.csv');
  writeFileSync(descriptions, 'File name,Description\nIntent-2-1.csv,Alexa utterances\n');

  const files = [metaZip, audioZip, descriptions];
  const archive: Archive = {
    files,
    audioCaptures: withAudio,
    metadataCaptures: total - withAudio,
    audioBytes,
    audioSeconds,
    totalBytes: files.reduce((sum, f) => sum + statSync(f).size, 0),
  };
  writeFileSync(manifest, JSON.stringify({ key, archive }));
  return archive;
}
