// Test helper: real speech made with espeak-ng (different voices and pitches per person), resampled to
// 16 kHz mono WAV with sox, cached under test/fixtures/out/.cache/voices so repeated runs are fast.
// Used by the audio, voices and foreign tests and by bench/foreign-eval.ts.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface EspeakVoice {
  /** espeak-ng voice with variant, e.g. `de+m3`. */
  voice: string;
  /** 0..99, espeak's default is 50. */
  pitch: number;
  /** Words per minute, espeak's default is 175. */
  speed: number;
}

export const CACHE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/out/.cache/voices');

let available: boolean | undefined;
export function hasSpeechTools(): boolean {
  if (available === undefined) {
    try {
      execFileSync('espeak-ng', ['--version'], { stdio: 'ignore' });
      execFileSync('sox', ['--version'], { stdio: 'ignore' });
      available = true;
    } catch {
      available = false;
    }
  }
  return available;
}

/** WAV bytes (16 kHz, mono, 16-bit) of `text` spoken by `v`; generated once, then read from the cache. */
export function speak(text: string, v: EspeakVoice): Uint8Array {
  const key = createHash('sha1')
    .update(JSON.stringify([text, v.voice, v.pitch, v.speed]))
    .digest('hex')
    .slice(0, 16);
  const file = join(CACHE_DIR, `${key}.wav`);
  if (!existsSync(file)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    const raw = join(CACHE_DIR, `${key}.${process.pid}.raw.wav`);
    const tmp = join(CACHE_DIR, `${key}.${process.pid}.tmp.wav`);
    execFileSync('espeak-ng', ['-v', v.voice, '-p', String(v.pitch), '-s', String(v.speed), '-w', raw, text]);
    execFileSync('sox', [raw, '-r', '16000', '-c', '1', '-b', '16', tmp]);
    rmSync(raw);
    renameSync(tmp, file); // atomic: parallel test workers never read a half-written file
  }
  return new Uint8Array(readFileSync(file));
}

/** Household commands in German, the kind of thing a family says to a speaker. */
export const COMMANDS_DE = [
  'Alexa, wie wird das Wetter morgen',
  'Stell einen Timer auf zehn Minuten',
  'Spiel Musik von den Beatles',
  'Mach das Licht im Wohnzimmer aus',
  'Setz Milch auf die Einkaufsliste',
  'Wie spät ist es',
  'Erinnere mich morgen an den Zahnarzt',
  'Wecke mich um sieben Uhr',
  'Lauter bitte',
  'Was gibt es Neues heute',
  'Erzähl mir einen Witz',
  'Wie hoch ist die Zugspitze',
  'Schalte die Heizung auf einundzwanzig Grad',
  'Spiel das Radio',
  'Ruf Oma an',
  'Wie lange kocht ein Ei',
] as const;

export const COMMANDS_EN = [
  'Alexa, what is the weather tomorrow',
  'Set a timer for ten minutes',
  'Play some jazz in the office',
  'Turn off the lights',
  'Add coffee to my shopping list',
  'What time is it in Chicago',
  'Call Jennifer',
  'Remind me to pick up the kids',
] as const;
