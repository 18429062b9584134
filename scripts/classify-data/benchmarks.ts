// Readers for the public benchmark sets, read from a data folder beside the checkout (DATA_DIR; never copied
// into the repository), each mapped to Earshot's categories as docs/taxonomy.md ("Public benchmarks") says;
// unmapped intents are dropped.
// Training may only use `hwu64Train`, `snipsTrain` and `slurpDevelTrain`; every other reader here is
// evaluation-only.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Category } from '../../shared/model';

export interface Example {
  text: string;
  category: Category;
  /** Original label, for the per-set report. */
  intent?: string;
  /** Training weight relative to other sources (default 1). */
  weight?: number;
  /** Where a training sentence comes from (cross-validation holds out by source). */
  source?: 'earshot' | 'hwu64' | 'snips' | 'slurp-devel' | 'xsid-valid';
  /** HWU64's fold (1–10). */
  fold?: number;
}

export const DATA_DIR = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

export function hasData(): boolean {
  return existsSync(join(DATA_DIR, 'hwu64', 'hwu64_10fold.csv'));
}

/** HWU64 / SLURP scenario (+ intent) → category. */
export function mapScenario(scenario: string, intent: string): Category | undefined {
  if (scenario === 'play' && intent === 'game') return 'chitchat';
  const map: Record<string, Category> = {
    alarm: 'alarms',
    audio: 'media',
    music: 'media',
    play: 'media',
    general: 'chitchat',
    calendar: 'calendar',
    cooking: 'knowledge',
    datetime: 'knowledge',
    qa: 'knowledge',
    recommendation: 'knowledge',
    transport: 'knowledge',
    email: 'communication',
    social: 'communication',
    iot: 'smarthome',
    lists: 'shopping',
    takeaway: 'shopping',
    news: 'news',
    weather: 'weather',
  };
  return map[scenario];
}

function readHwu64(): { fold: number; text: string; category: Category; intent: string }[] {
  const lines = readFileSync(join(DATA_DIR, 'hwu64', 'hwu64_10fold.csv'), 'utf8')
    .split('\n')
    .slice(1);
  const out: { fold: number; text: string; category: Category; intent: string }[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    // Fields are quoted only when text; the text itself never contains ';' in this file (checked).
    const [fold, , scenario, intent, , fromAnno] = line.split(';');
    const text = (fromAnno ?? '').replace(/^"|"$/g, '');
    const category = mapScenario(scenario!, intent!);
    if (category && text) out.push({ fold: Number(fold), text, category, intent: `${scenario}_${intent}` });
  }
  return out;
}

export const hwu64Train = (): Example[] =>
  readHwu64()
    .filter((r) => r.fold !== 1)
    .map((r) => ({ ...r, source: 'hwu64' }));
/** Development split for choosing hyper-parameters: HWU64 fold 2 (then left out of training). */
export const hwu64Dev = (): Example[] => readHwu64().filter((r) => r.fold === 2);
export const hwu64Test = (): Example[] => readHwu64().filter((r) => r.fold === 1);

const key = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function readSlurp(file: 'test.jsonl' | 'devel.jsonl'): Example[] {
  const out: Example[] = [];
  for (const line of readFileSync(join(DATA_DIR, 'slurp', file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { sentence: string; scenario: string; action: string };
    const category = mapScenario(row.scenario, row.action);
    if (category) out.push({ text: row.sentence, category, intent: `${row.scenario}_${row.action}` });
  }
  return out;
}

/** All of SLURP test (for leak checks; scored only without the HWU64 sentences). */
export const slurpTestAll = (): Example[] => readSlurp('test.jsonl');

/** SLURP test minus every sentence that also occurs in HWU64 (any fold). */
export function slurpTestDeduped(): Example[] {
  const seen = new Set(readHwu64().map((r) => key(r.text)));
  return readSlurp('test.jsonl').filter((e) => !seen.has(key(e.text)));
}

/**
 * SLURP devel, for training: minus every sentence that also occurs (after lower-casing and dropping
 * punctuation) in SLURP test, HWU64 fold 1 or the English xSID / Home Assistant tests, so that no
 * evaluation sentence is ever trained on.
 */
export function slurpDevelTrain(): Example[] {
  const held = new Set(
    [...readSlurp('test.jsonl'), ...hwu64Test(), ...xsidTest('en'), ...homeAssistantTest('en')].map((e) => key(e.text)),
  );
  return readSlurp('devel.jsonl').filter((e) => !held.has(key(e.text)));
}

/**
 * Development split of SLURP devel (every second sentence), left out of training while tuning; scored,
 * like SLURP test, without the sentences that also occur in HWU64.
 */
export function slurpDevelDev(): Example[] {
  const hwu = new Set(readHwu64().map((r) => key(r.text)));
  return slurpDevelTrain().filter((e, i) => i % 2 === 1 && !hwu.has(key(e.text)));
}

/** The comparison key used for every leak check between training and evaluation sentences. */
export const leakKey = key;

const SNIPS_MAP: Record<string, Category> = {
  PlayMusic: 'media',
  AddToPlaylist: 'media',
  GetWeather: 'weather',
  BookRestaurant: 'shopping',
  RateBook: 'knowledge',
  SearchCreativeWork: 'knowledge',
  SearchScreeningEvent: 'knowledge',
};

/** SNIPS full training files only (never validate_*). PlayMusic is Latin-1. */
export function snipsTrain(): Example[] {
  const out: Example[] = [];
  for (const [intent, category] of Object.entries(SNIPS_MAP)) {
    const file = join(DATA_DIR, 'snips', `train_${intent}_full.json`);
    const raw = readFileSync(file);
    const text = intent === 'PlayMusic' ? raw.toString('latin1') : raw.toString('utf8');
    const json = JSON.parse(text) as Record<string, { data: { text: string }[] }[]>;
    for (const q of json[intent] ?? [])
      out.push({
        text: q.data
          .map((d) => d.text)
          .join('')
          .trim(),
        category,
        intent,
      });
  }
  return out;
}

function mapXsid(intent: string): Category | undefined {
  if (intent === 'PlayMusic' || intent === 'AddToPlaylist') return 'media';
  if (intent === 'weather/find') return 'weather';
  if (intent.startsWith('alarm/')) return 'alarms';
  if (intent.startsWith('reminder/')) return 'calendar';
  if (intent === 'BookRestaurant') return 'shopping';
  if (['RateBook', 'SearchCreativeWork', 'SearchScreeningEvent'].includes(intent)) return 'knowledge';
  return undefined;
}

export const xsidTest = (lang: 'de' | 'en'): Example[] => readXsid(lang, 'test');
/** The xSID validation files: a development set for cross-validation, or training data (never the test files). */
export const xsidValid = (lang: 'de' | 'en'): Example[] =>
  readXsid(lang, 'valid').map((e) => ({ ...e, source: 'xsid-valid' }));

function readXsid(lang: 'de' | 'en', split: 'test' | 'valid'): Example[] {
  const out: Example[] = [];
  const blocks = readFileSync(join(DATA_DIR, 'xsid', `${lang}.${split}.conll`), 'utf8').split(/\n\s*\n/);
  for (const block of blocks) {
    const text = /^# text = (.*)$/m.exec(block)?.[1];
    const intent = /^# intent = (.*)$/m.exec(block)?.[1]?.trim();
    const category = intent ? mapXsid(intent) : undefined;
    if (text && intent && category) out.push({ text: text.trim(), category, intent });
  }
  return out;
}

function mapHomeAssistant(intent: string): Category | undefined {
  if (/^Hass(TurnOn|TurnOff|LightSet|SetPosition|GetState)$/.test(intent) || /^Hass(Climate|Vacuum)/.test(intent)) {
    return 'smarthome';
  }
  if (/^Hass.*Timer/.test(intent)) return 'alarms';
  if (/^Hass(Media|SetVolume)/.test(intent)) return 'media';
  if (/^Hass(ShoppingListAddItem|ListAddItem|ListCompleteItem)$/.test(intent)) return 'shopping';
  if (intent === 'HassGetWeather') return 'weather';
  if (intent === 'HassGetCurrentDate' || intent === 'HassGetCurrentTime') return 'knowledge';
  if (intent === 'HassBroadcast') return 'communication';
  if (intent === 'HassNevermind' || intent === 'HassRespond') return 'chitchat';
  return undefined;
}

/**
 * The test YAML files are regular (`- sentences:` list, then `intent: name:`), so a line reader suffices
 * and no YAML parser dependency is needed for a script.
 */
export function homeAssistantTest(lang: 'de' | 'en'): Example[] {
  const dir = join(DATA_DIR, 'home-assistant-intents', 'tests', lang);
  const out: Example[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.yaml') || file.startsWith('_')) continue;
    let sentences: string[] = [];
    let mode: 'none' | 'sentences' | 'intent' = 'none';
    const flush = (intent: string): void => {
      const category = mapHomeAssistant(intent);
      if (category) for (const text of sentences) out.push({ text, category, intent });
      sentences = [];
    };
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (/^\s*- sentences:\s*$/.test(line)) {
        sentences = [];
        mode = 'sentences';
      } else if (mode === 'sentences' && /^\s{4,}- /.test(line)) {
        sentences.push(unquote(line.replace(/^\s*- /, '')));
      } else if (/^\s+intent:\s*$/.test(line)) {
        mode = 'intent';
      } else if (mode === 'intent' && /^\s+name:\s*/.test(line)) {
        flush(unquote(line.replace(/^\s+name:\s*/, '')));
        mode = 'none';
      } else if (mode === 'sentences' && /^\s+\S+:/.test(line)) {
        mode = 'none';
      }
    }
  }
  return out;
}

function unquote(value: string): string {
  const v = value.trim();
  if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) return v.slice(1, -1);
  return v;
}
