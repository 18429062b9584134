// Every importer against a generated German household with a stranger batch: counts, linking, sentinels,
// duplicates, markers, German paths, sniffed audio and the ground truth of who recorded what where.

import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { ImportResult, RawCapture } from '../../../shared/importers/types';
import { mergeResults } from '../../../shared/library/merge';
import type { GeneratedHousehold } from '../../fixtures/generate';
import type { TruthCapture } from '../../fixtures/household';
import { importPaths } from './helpers';

let fx: GeneratedHousehold;
const bySource = new Map<string, ImportResult>();

beforeAll(async () => {
  fx = inject('household');
  const p = fx.paths;
  // Relative paths, like the CLI and a folder drop: cwd is the fixture root.
  const outcome = await importPaths([
    ...p.alexaArchive,
    p.alexaHistory,
    p.googleTakeout,
    p.googleTakeoutHtml,
    p.homeAssistant,
    p.audioFolder,
  ]);
  for (const r of outcome.results) bySource.set(r.source, r);
  // JSON and legacy HTML are two Takeout exports read by one importer; split them by origin for the asserts.
  const google = bySource.get('google-takeout')!;
  const fromHtml = (c: RawCapture) =>
    /\.html$/.test(c.origin?.file ?? '') || !!c.audio?.path.startsWith('google-takeout-html');
  bySource.set('google-html', { ...google, captures: google.captures.filter(fromHtml) });
  bySource.set('google-takeout', { ...google, captures: google.captures.filter((c) => !fromHtml(c)) });
  expect(outcome.unclaimed.map((e) => e.path)).toEqual([]);
}, 120_000);

const truthOf = (format: string) => fx.truth.captures.filter((c) => c.format === format);
const endsWith = (audio: RawCapture['audio'], file: string | undefined) =>
  !!audio && !!file && file.endsWith(audio.path.replace(/^[^/]*\//, ''));

function match(truth: TruthCapture, captures: RawCapture[]): RawCapture | undefined {
  const candidates = captures.filter(
    (c) =>
      Math.abs(c.ts - truth.ts) < 1000 &&
      (c.transcript === truth.text || c.deviceId === truth.deviceSerial || endsWith(c.audio, truth.audioFile)),
  );
  return candidates.sort((a, b) => Math.abs(a.ts - truth.ts) - Math.abs(b.ts - truth.ts))[0];
}

describe('Alexa GDPR archive (two parts + FileDescriptions.csv)', () => {
  it('finds one capture per utterance, skipping sentinel rows and the duplicated row', () => {
    const result = bySource.get('alexa-archive')!;
    const truth = truthOf('alexa-archive');
    expect(result.captures).toHaveLength(truth.length);
    expect(result.warnings.some((w) => /2 rows held only "Data Not Available"/.test(w.message))).toBe(true);
  });

  it('links audio across archive parts by serial and time, keeps transcripts without audio and audio without transcript', () => {
    const result = bySource.get('alexa-archive')!;
    for (const t of truthOf('alexa-archive')) {
      const c = match(t, result.captures);
      expect(c, t.key).toBeDefined();
      expect(!!c!.audio, `${t.key} audio`).toBe(t.hasAudio);
      if (t.hasAudio) expect(c!.audio!.path).toContain(t.deviceSerial);
      if (t.transcriptStatus === 'missing') expect(c!.transcript).toBeUndefined();
      else expect(c!.transcript).toBe(t.text);
    }
  });

  it('reads devices from the registration CSV; stranger serials stay unregistered', () => {
    const devices = bySource.get('alexa-archive')!.devices;
    for (const d of fx.truth.devices) {
      const found = devices.find((x) => x.id === d.serial);
      if (d.registered) expect(found).toMatchObject({ name: d.name, registered: true });
      else if (found) expect(found.registered).toBe(false);
    }
  });

  it('sniffs MP3 bytes behind a .wav name as audio', async () => {
    const withAudio = bySource.get('alexa-archive')!.captures.filter((c) => c.audio);
    const heads = await Promise.all(withAudio.map(async (c) => (await c.audio!.readHead!(3)).toString()));
    expect(heads.some((h) => h === '73,68,51')).toBe(true); // "ID3"
  });
});

describe('Alexa voice history JSON', () => {
  it('imports every record once (the page overlap is deduplicated) with audio linked by utterance id', () => {
    const result = bySource.get('alexa-history')!;
    const truth = truthOf('alexa-history');
    expect(result.captures).toHaveLength(truth.length);
    for (const t of truth) {
      const c = match(t, result.captures)!;
      expect(c, t.key).toBeDefined();
      expect(!!c.audio, `${t.key} audio`).toBe(t.hasAudio);
      if (t.hasAudio) expect(endsWith(c.audio, t.audioFile)).toBe(true);
    }
  });

  it('keeps provider markers and statuses: WAKE_WORD_ONLY, DEVICE_ARBITRATION, "not intended" (German)', () => {
    const captures = bySource.get('alexa-history')!.captures;
    expect(captures.some((c) => c.providerMarkers?.includes('WAKE_WORD_ONLY') && c.transcript === 'alexa')).toBe(true);
    expect(captures.some((c) => c.providerMarkers?.includes('DEVICE_ARBITRATION'))).toBe(true);
    const notIntended = truthOf('alexa-history').filter((t) => t.transcriptStatus === 'not-intended');
    expect(captures.filter((c) => c.transcriptStatus === 'not-intended')).toHaveLength(notIntended.length);
  });

  it('imports each odd provider record as its kind: CIF, timeouts, false wakes, nothing stored, arbitration linked', () => {
    const captures = bySource.get('alexa-history')!.captures;
    const odd = truthOf('alexa-history').filter((t) => t.providerType);
    expect(odd.map((t) => t.providerType).sort()).toEqual([
      'ASR_TIMEOUT',
      'CIF',
      'DEVICE_ARBITRATION',
      'FALSE_WAKE_WORD_1P',
      'NO_TEXT_OR_AUDIO_STORED',
    ]);
    for (const t of odd) {
      const c = captures.find((x) => x.ts === t.ts && x.providerType === t.providerType)!;
      expect(c, t.key).toMatchObject({ kind: t.kind, transcriptStatus: t.transcriptStatus });
      if (t.linkedToKey) {
        const answer = truthOf('alexa-history').find((x) => x.key === t.linkedToKey)!;
        expect(c.linkedTo).toBe(captures.find((x) => x.ts === answer.ts && x.deviceId === answer.deviceSerial)!.id);
      }
    }
  });

  it('names people from personsInfo and tells the stranger account apart', () => {
    const result = bySource.get('alexa-history')!;
    expect(result.accountId).toBe(fx.truth.accountId);
    expect(result.captures.some((c) => c.personName === 'Anna' || c.personName === 'Jonas')).toBe(true);
    const strangers = truthOf('alexa-history').filter((t) => t.stranger);
    expect(strangers.length).toBeGreaterThan(0);
    for (const t of strangers) expect(match(t, result.captures)!.accountId).toBe(fx.truth.strangerAccountId);
  });
});

describe('Google Takeout (German paths, JSON and legacy HTML)', () => {
  it('reads Meine Aktivitäten/…/MeineAktivitäten.json: transcripts from q= when the title prefix is unknown, audio via audioFiles', () => {
    const result = bySource.get('google-takeout')!;
    expect(result.files.some((f) => f.includes('Meine Aktivitäten/Assistant/MeineAktivitäten.json'))).toBe(true);
    const truth = truthOf('google-takeout').filter(
      (t) =>
        (t.audioFile === undefined || !t.audioFile.startsWith('google-takeout-html')) &&
        (t.kind ?? 'capture') !== 'activity',
    );
    const json = truth.filter((t) => result.captures.some((c) => Math.abs(c.ts - t.ts) < 1000));
    expect(json.length).toBeGreaterThan(0);
    for (const t of json) {
      const c = match(t, result.captures)!;
      expect(c.transcript ?? '').toBe(t.text);
      expect(!!c.audio).toBe(t.hasAudio);
      expect({ kind: c.kind, type: c.providerType }).toMatchObject({ kind: t.kind ?? 'capture' });
    }
    expect(result.captures.some((c) => c.transcript === 'wetter')).toBe(false); // the Search record is not Assistant
  });

  it('reads the legacy HTML: local display dates with MEZ/MESZ, no script text', () => {
    const html = bySource.get('google-html')!;
    const truth = truthOf('google-takeout').filter((t) => t.audioFile?.startsWith('google-takeout-html'));
    expect(html.captures).toHaveLength(truth.length);
    for (const t of truth) {
      const c = html.captures.find((x) => x.transcript === t.text)!;
      expect(Math.abs(c.ts - t.ts)).toBeLessThan(1000);
      expect(endsWith(c.audio, t.audioFile)).toBe(true);
    }
    expect(html.captures.every((c) => !/gotcha|nothing/.test(c.transcript ?? ''))).toBe(true);
  });
});

describe('Home Assistant runs and a plain audio folder', () => {
  it('makes one capture per run, dated by mtime, device from the pipeline name', () => {
    const result = bySource.get('home-assistant')!;
    const truth = truthOf('home-assistant');
    expect(result.captures).toHaveLength(truth.length);
    for (const t of truth) {
      const c = result.captures.find((x) => Math.abs(x.ts - t.ts) < 1000)!;
      expect(c.deviceName).toBe(t.deviceName);
      expect(c.audio!.path).toMatch(/01_stt-/);
      expect(c.durationMs).toBeGreaterThan(300);
    }
  });

  it('dates folder files by the local time in their names (else mtime) and reads CIFT transcripts', () => {
    const result = bySource.get('folder')!;
    const truth = truthOf('folder');
    expect(result.captures).toHaveLength(truth.length);
    for (const t of truth) {
      const c = result.captures.find((x) => endsWith(x.audio, t.audioFile))!;
      expect(c.ts, t.audioFile).toBe(t.ts);
      if (t.transcriptStatus === 'ok') expect(c.transcript).toBe(t.text);
    }
  });
});

describe('the merged library', () => {
  it('has every ground-truth capture once, rooms from German device names, strangers on unregistered devices', () => {
    const library = mergeResults([...bySource.values()]);
    expect(library.captures).toHaveLength(fx.truth.captures.length);
    const kinds = Object.fromEntries(
      library.devices.map((d) => [d.name, library.rooms.find((r) => r.id === d.roomId)?.kind]),
    );
    expect(kinds).toMatchObject({
      'Echo Küche': 'kitchen',
      'Bad Echo Dot': 'bathroom',
      'Echo Schlafzimmer': 'bedroom',
      'Mias Zimmer': 'kids',
      'Echo im Wohnzimmer': 'living',
    });
    const strangerSerials = new Set(fx.truth.captures.filter((t) => t.stranger).map((t) => t.deviceSerial));
    for (const d of library.devices.filter((x) => strangerSerials.has(x.id))) expect(d.registered).toBe(false);
    expect(library.accountId).toBe(fx.truth.accountId);
  });
});

describe('one dropped folder holding every export', () => {
  it('gives each format exactly its own files, as when the exports are given one by one', async () => {
    const root = fx.truthFile.slice(0, fx.truthFile.lastIndexOf('/'));
    const outcome = await importPaths([root]);
    const counts = Object.fromEntries(outcome.results.map((r) => [r.source, r.captures.length]));
    const expected: Record<string, number> = {};
    for (const t of fx.truth.captures) expected[t.format] = (expected[t.format] ?? 0) + 1;
    expect(counts).toEqual(expected);
    expect(outcome.unclaimed.map((e) => e.path)).toEqual([`${root.slice(root.lastIndexOf('/') + 1)}/truth.json`]);
  });
});
