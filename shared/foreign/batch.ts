// Batch-level voice evidence for unregistered devices. A stranger's recordings reach an export as a batch from
// their own device(s), so the question is asked per device, not per clip: do this device's voices, taken as a
// group, sound like the household's? A single clip of a similar voice can sit inside a household cluster, but
// the average of several clips is far steadier than one clip, so a small, consistent offset from every
// household voice shows at group level. Each group is tested against a resampled null: how far the centroid of
// an equally large group of the household voice's own trusted clips lies from the rest of that voice. One clip
// is not a group: it stays with the per-clip evidence (score.ts), which clustering already settled.

import { centroidOf, cosineDistance, type Vector } from '../voices/vector';

export interface BatchCapture {
  id: string;
  deviceId?: string;
  embedding?: Vector;
  voiceId?: string;
}

export interface DeviceVerdict {
  /** True when most of the device's voiced captures belong to no household voice. */
  foreign: boolean;
  /** Voiced captures on the device, and how many of them are in groups that match no household voice. */
  voiced: number;
  unknown: number;
  /** The household voice the foreign groups came closest to (for the explanation). */
  closestVoiceId?: string;
}

const RESAMPLES = 200;
/**
 * One-sided significance of the group test. The p-value is honest about how few distinct held-out groups a
 * small voice allows (C(members, k)): a child's six clips give 20 groups of three, so 1/21 is the smallest
 * p-value it can give, and a lone clip against 13 members can never reach 1/14.
 */
const ALPHA = 0.05;
/**
 * Group-centroid distance below which a group counts as the household voice however significant: generated
 * (and real, repeated) commands make a voice's own clips nearly identical, so the null gets very narrow, and a
 * family member saying new things on a new device (through another codec) must not fail against it. Scales
 * derived from the household's own spread (leave-one-out clip distances per voice or pooled, leave-device-out
 * group distances) separated household from stranger groups worse than this constant on generated households
 * (bench/foreign-app-eval.ts, seeds 1–8, de and en with distinct English voices): groups of two or more
 * household clips on a new Echo reached 0.162, stranger groups started at 0.210. Seeds 9–12 held out.
 */
const MIN_GROUP_DISTANCE = 0.17;
/** A device's verdict needs at least this many unmatched clips; a lone clip is per-clip evidence. */
const MIN_UNKNOWN = 2;
/** Household voices need a few trusted clips before a group can be compared with them. */
const MIN_REFERENCE = 3;

/**
 * @param suspects captures on devices that are not registered, grouped here by device
 * @param trusted captures from registered devices / the owner's account (the household reference)
 * @param householdVoiceIds voice clusters that are the household's (see householdVoices in score.ts)
 */
export function deviceVerdicts(
  suspects: readonly BatchCapture[],
  trusted: readonly BatchCapture[],
  householdVoiceIds: ReadonlySet<string>,
): Map<string, DeviceVerdict> {
  const references = new Map<string, Vector[]>();
  for (const c of trusted) {
    if (!c.voiceId || !householdVoiceIds.has(c.voiceId) || !c.embedding?.length) continue;
    const list = references.get(c.voiceId);
    if (list) list.push(c.embedding);
    else references.set(c.voiceId, [c.embedding]);
  }
  const voices = [...references]
    .filter(([, members]) => members.length >= MIN_REFERENCE)
    .map(([id, members]) => ({ id, members, centroid: centroidOf(members) }));
  const out = new Map<string, DeviceVerdict>();
  if (voices.length === 0) return out;

  const byDevice = new Map<string, Vector[]>();
  for (const c of suspects) {
    if (!c.deviceId || !c.embedding?.length) continue;
    const list = byDevice.get(c.deviceId);
    if (list) list.push(c.embedding);
    else byDevice.set(c.deviceId, [c.embedding]);
  }
  for (const [deviceId, embeddings] of byDevice) {
    // Each clip joins the household voice it is nearest to; each such group is then tested as a whole.
    const groups = new Map<number, Vector[]>();
    for (const e of embeddings) {
      let best = 0;
      for (let v = 1; v < voices.length; v++) {
        if (cosineDistance(e, voices[v]!.centroid) < cosineDistance(e, voices[best]!.centroid)) best = v;
      }
      const group = groups.get(best);
      if (group) group.push(e);
      else groups.set(best, [e]);
    }
    let unknown = 0;
    let closest: { id: string; n: number } | undefined;
    for (const [v, group] of groups) {
      if (!matchesVoice(group, voices[v]!.members, voices[v]!.centroid, deviceId)) {
        unknown += group.length;
        if (!closest || group.length > closest.n) closest = { id: voices[v]!.id, n: group.length };
      }
    }
    out.set(deviceId, {
      foreign: unknown >= MIN_UNKNOWN && unknown * 2 > embeddings.length,
      voiced: embeddings.length,
      unknown,
      ...(closest ? { closestVoiceId: closest.id } : {}),
    });
  }
  return out;
}

/** Whether `group` is plausibly more clips of the voice whose trusted clips are `members`. */
function matchesVoice(group: readonly Vector[], members: readonly Vector[], centroid: Vector, seed: string): boolean {
  const observed = cosineDistance(centroidOf(group), centroid);
  if (observed <= MIN_GROUP_DISTANCE) return true;
  // Leave-out resampling keeps the null honest: the held-out group never contributes to the centroid it is
  // compared with. Fewer members than the group: compare with smaller groups (a wider, more lenient null).
  const k = Math.max(1, Math.min(group.length, members.length - 2));
  const asFar = (held: readonly number[]) => {
    const inHeld = new Set(held);
    const rest = members.filter((_, i) => !inHeld.has(i));
    return cosineDistance(centroidOf(held.map((i) => members[i]!)), centroidOf(rest)) >= observed ? 1 : 0;
  };
  // Few members: every held-out group once (exact). Many: a seeded random sample of them.
  const subsets = combinations(members.length, k);
  let count = 0;
  let total = 0;
  if (subsets <= RESAMPLES) {
    for (const held of allSubsets(members.length, k)) {
      count += asFar(held);
      total++;
    }
  } else {
    const random = mulberry32(hashSeed(seed) ^ group.length);
    const index = members.map((_, i) => i);
    for (; total < RESAMPLES; total++) {
      for (let i = 0; i < k; i++) {
        const j = i + Math.floor(random() * (index.length - i));
        [index[i], index[j]] = [index[j]!, index[i]!];
      }
      count += asFar(index.slice(0, k));
    }
  }
  return (count + 1) / (total + 1) >= ALPHA;
}

function combinations(n: number, k: number): number {
  let c = 1;
  for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1);
  return Math.round(c);
}

function* allSubsets(n: number, k: number, from = 0, prefix: number[] = []): Generator<number[]> {
  if (prefix.length === k) return yield prefix;
  for (let i = from; i <= n - (k - prefix.length); i++) yield* allSubsets(n, k, i + 1, [...prefix, i]);
}

/** Deterministic PRNG so the same library always gets the same verdicts. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
