// Pitch of real espeak-ng child and adult voices in German and English: children above the `child` cut-off
// (CHILD_PITCH_HZ), adults below it, and no octave jumps inside a clip (the median of a clip is what the
// child flag and the voice clusters use).

import { describe, expect, it } from 'vitest';
import { analyseAudio } from '../../../shared/audio/analyse';
import { decodeAudio } from '../../../shared/audio/decode';
import { trackPitch } from '../../../shared/audio/pitch';
import { resample } from '../../../shared/audio/resample';
import { frameStats } from '../../../shared/audio/vad';
import { CHILD_PITCH_HZ } from '../../../shared/voices/cluster';
import { hasSpeechTools, speak, type EspeakVoice } from './espeak';

const TEXT = { de: 'Alexa, wie viele Beine hat eine Spinne', en: 'Alexa, how many legs does a spider have' };
const CHILDREN: [string, EspeakVoice, 'de' | 'en'][] = [
  ['en child (en+f3)', { voice: 'en+f3', pitch: 90, speed: 190 }, 'en'],
  ['en-GB child (en-gb-x-rp+f4)', { voice: 'en-gb-x-rp+f4', pitch: 90, speed: 190 }, 'en'],
  ['de child (de+f4)', { voice: 'de+f4', pitch: 90, speed: 190 }, 'de'],
];
const ADULTS: [string, EspeakVoice, 'de' | 'en'][] = [
  ['en woman (en-us+f2)', { voice: 'en-us+f2', pitch: 55, speed: 175 }, 'en'],
  ['en man (en-us+m3)', { voice: 'en-us+m3', pitch: 35, speed: 175 }, 'en'],
  ['de woman (de+f2)', { voice: 'de+f2', pitch: 55, speed: 175 }, 'de'],
  ['de man (de+m3)', { voice: 'de+m3', pitch: 35, speed: 175 }, 'de'],
];

async function pitchOf(v: EspeakVoice, lang: 'de' | 'en'): Promise<{ median: number; jumps: number }> {
  const decoded = await decodeAudio(speak(TEXT[lang], v));
  const median = analyseAudio(decoded).features.pitchHz!;
  const x = resample(decoded.samples, decoded.sampleRate);
  const stats = frameStats(x);
  const starts = [...stats.starts].filter((_, f) => stats.speech[f]);
  const voiced = [...trackPitch(x, starts)].filter(Number.isFinite);
  // Frames more than ~0.8 octave off the clip's median are octave errors, not intonation.
  const jumps = voiced.filter((p) => Math.abs(Math.log2(p / median)) > 0.8).length / voiced.length;
  return { median, jumps };
}

describe.skipIf(!hasSpeechTools())('pitch of real voices', () => {
  it.each(CHILDREN)('%s is above the child cut-off without octave jumps', async (_, v, lang) => {
    const { median, jumps } = await pitchOf(v, lang);
    expect(median).toBeGreaterThan(CHILD_PITCH_HZ);
    expect(median).toBeLessThan(400);
    expect(jumps).toBeLessThan(0.1);
  });

  it.each(ADULTS)('%s is below the child cut-off without octave jumps', async (_, v, lang) => {
    const { median, jumps } = await pitchOf(v, lang);
    expect(median).toBeLessThan(CHILD_PITCH_HZ);
    expect(median).toBeGreaterThan(70);
    expect(jumps).toBeLessThan(0.1);
  });
});
