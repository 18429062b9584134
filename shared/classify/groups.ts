// Command groups: "wie wird das Wetter" ×312. Transcripts are reduced to a key (normalised, fillers such
// as "bitte"/"mal"/"please" dropped); equal keys group at once, then near-duplicate keys join the most
// frequent similar key by token-set Jaccard. Candidates come from a prefix-filter index (rarest tokens
// first), the standard way to find all pairs above a Jaccard threshold without comparing all pairs, so
// 100k transcripts group in well under a second. Keys differing in an on/off-type word never merge.

import type { Category } from '../model';
import { fnv1a } from './features';
import type { Classifier } from './model';
import { normalise } from './normalise';

export interface CommandGroup {
  /** Stable: derived from the normalised key of the group's most frequent command. */
  id: string;
  /** Most common phrasing as people said it. */
  label: string;
  count: number;
  category?: Category;
}

export interface GroupItem {
  id: string;
  transcript?: string;
  /** The capture's category, if known: the group takes the majority. */
  category?: Category;
}

export interface GroupOptions {
  /** Jaccard threshold for near-duplicates (default 0.75). */
  threshold?: number;
  /** Used to name the group's category when items carry none. */
  classifier?: Classifier;
}

const FILLERS = new Set([
  'bitte',
  'mal',
  'doch',
  'eben',
  'kurz',
  'please',
  'hey',
  'ok',
  'okay',
  'um',
  'uh',
  'aeh',
  'aehm',
  'ja',
  'nun',
  'just',
]);
// Words whose difference changes the command itself ("Licht an" vs "Licht aus").
const POLARITY = new Set(
  'an aus ein ab auf zu hoch runter rauf lauter leiser heller dunkler on off up down open close lock unlock start stop pause weiter next naechstes zurueck louder quieter'.split(
    ' ',
  ),
);
const WAKE_PREFIX = /^\s*(?:(?:hey|ok|okay)\s+)?(?:alexa|computer|echo|google)\b[\s,.!?:;-]*/i;

export function groupKey(transcript: string): string {
  return normalise(transcript)
    .split(' ')
    .filter((t) => t && !FILLERS.has(t))
    .join(' ');
}

function displayForm(transcript: string): string {
  return transcript.replace(WAKE_PREFIX, '').replace(/\s+/g, ' ').trim() || transcript.trim();
}

interface KeyInfo {
  key: string;
  tokens: string[];
  /** Token ids sorted rarest first (ids are assigned in that order). */
  ids32: Int32Array;
  count: number;
  ids: string[];
  phrasings: Map<string, number>;
  categories: Map<Category, number>;
}

/** Leaders checked per index token: the most frequent ones come first, so a cap costs little recall. */
const MAX_CANDIDATES_PER_TOKEN = 40;

/** Jaccard of two sorted id arrays by a merge, no allocation (this is the hot loop). */
function jaccard(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let inter = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      inter++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return inter / (a.length + b.length - inter);
}

function polaritySafe(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  for (const t of sa) if (!sb.has(t) && POLARITY.has(t)) return false;
  for (const t of sb) if (!sa.has(t) && POLARITY.has(t)) return false;
  return true;
}

export function groupCommands(
  items: readonly GroupItem[],
  options: GroupOptions = {},
): { groups: CommandGroup[]; groupOf: Map<string, string> } {
  const threshold = options.threshold ?? 0.75;
  const byKey = new Map<string, KeyInfo>();
  // A household says the same few hundred commands thousands of times: each text is reduced once.
  const seen = new Map<string, { key: string; shown: string }>();
  for (const item of items) {
    if (!item.transcript) continue;
    let text = seen.get(item.transcript);
    if (!text) {
      const reduced = groupKey(item.transcript);
      text = { key: reduced, shown: reduced ? displayForm(item.transcript) : '' };
      seen.set(item.transcript, text);
    }
    const key = text.key;
    if (!key) continue;
    let info = byKey.get(key);
    if (!info) {
      const tokens = [...new Set(key.split(' '))];
      info = { key, tokens, ids32: new Int32Array(0), count: 0, ids: [], phrasings: new Map(), categories: new Map() };
      byKey.set(key, info);
    }
    info.count++;
    info.ids.push(item.id);
    const shown = text.shown;
    info.phrasings.set(shown, (info.phrasings.get(shown) ?? 0) + 1);
    if (item.category && item.category !== 'unclear') {
      info.categories.set(item.category, (info.categories.get(item.category) ?? 0) + 1);
    }
  }
  const keys = [...byKey.values()].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const df = new Map<string, number>();
  for (const k of keys) for (const t of k.tokens) df.set(t, (df.get(t) ?? 0) + 1);
  const tokenId = new Map<string, number>();
  [...df.keys()]
    .sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : a > b ? 1 : 0))
    .forEach((t, i) => tokenId.set(t, i));
  for (const k of keys) k.ids32 = Int32Array.from(k.tokens.map((t) => tokenId.get(t)!)).sort();

  const leaders: KeyInfo[] = [];
  const members = new Map<KeyInfo, KeyInfo[]>();
  const index = new Map<number, number[]>();
  // visited[leader] = 1 + number of the key that last looked at it: a typed array instead of a Set per key.
  const visited = new Int32Array(keys.length);
  let keyNumber = 0;
  for (const k of keys) {
    keyNumber++;
    // Prefix filter: two sets with Jaccard ≥ t must share one of their |x| − ⌈t·|x|⌉ + 1 rarest tokens.
    const prefix = k.ids32.subarray(0, k.ids32.length - Math.ceil(threshold * k.ids32.length) + 1);
    let best: KeyInfo | undefined;
    let bestScore = threshold;
    for (const t of prefix) {
      const list = index.get(t);
      if (!list) continue;
      for (let n = 0; n < list.length && n < MAX_CANDIDATES_PER_TOKEN; n++) {
        const li = list[n]!;
        if (visited[li] === keyNumber) continue;
        visited[li] = keyNumber;
        const leader = leaders[li]!;
        // Size filter: Jaccard ≥ t is impossible when one set is much larger than the other.
        const small = Math.min(k.ids32.length, leader.ids32.length);
        const large = Math.max(k.ids32.length, leader.ids32.length);
        if (small < threshold * large) continue;
        const score = jaccard(k.ids32, leader.ids32);
        if (score >= bestScore && (!best || score > bestScore) && polaritySafe(k.tokens, leader.tokens)) {
          best = leader;
          bestScore = score;
        }
      }
    }
    if (best) {
      members.get(best)!.push(k);
      continue;
    }
    const li = leaders.push(k) - 1;
    members.set(k, [k]);
    for (const t of prefix) {
      const list = index.get(t);
      if (list) list.push(li);
      else index.set(t, [li]);
    }
  }

  const groups: CommandGroup[] = [];
  const groupOf = new Map<string, string>();
  for (const leader of leaders) {
    const group = members.get(leader)!;
    const id = `g-${fnv1a(leader.key).toString(36)}-${fnv1a(leader.key, 0x9747b28c).toString(36)}`;
    const phrasings = new Map<string, number>();
    const categories = new Map<Category, number>();
    let count = 0;
    for (const k of group) {
      count += k.count;
      for (const [p, n] of k.phrasings) phrasings.set(p, (phrasings.get(p) ?? 0) + n);
      for (const [c, n] of k.categories) categories.set(c, (categories.get(c) ?? 0) + n);
      for (const itemId of k.ids) groupOf.set(itemId, id);
    }
    const label = mostCommon(phrasings)!;
    const category = mostCommon(categories) ?? options.classifier?.classify(label).category;
    groups.push({ id, label, count, ...(category && category !== 'unclear' ? { category } : {}) });
  }
  groups.sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1));
  return { groups, groupOf };
}

function mostCommon<T>(counts: ReadonlyMap<T, number>): T | undefined {
  let best: T | undefined;
  let bestCount = 0;
  for (const [value, n] of counts) {
    if (n > bestCount) {
      best = value;
      bestCount = n;
    }
  }
  return best;
}
