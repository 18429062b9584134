// Batch-level voice evidence for unregistered devices. A stranger's recordings reach an export as a batch from
// their own device(s), so the question is asked per device, not per clip: do this device's voices, taken as a
// group, sound like the household's? A single clip of a similar voice can sit inside a household cluster, but
// the average of several clips is far steadier than one clip, so a small, consistent offset from every
// household voice shows at group level. Each group is tested against a resampled null: how far the centroid of
// an equally large group of the household voice's own trusted clips lies from the rest of that voice.

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
/** One-sided significance of the group test; 200 resamples resolve it to 1/201. */
const ALPHA = 0.01;
/**
 * Group-centroid distance below which a group counts as the household voice however significant: generated
 * (and real, repeated) commands make a voice's own clips nearly identical, so the null gets very narrow, and a
 * family member saying new things on a new device (through another codec) must not fail against it. Measured
 * on generated households (bench/foreign-app-eval.ts, 8 seeds, de and en): household groups on a new Echo
 * reached 0.16 (3 clips), stranger groups started at 0.21 — a narrow margin, see the report in issue #6.
 */
const MIN_GROUP_DISTANCE = 0.17;
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
    references.set(c.voiceId, [...(references.get(c.voiceId) ?? []), c.embedding]);
  }
  const voices = [...references]
    .filter(([, members]) => members.length >= MIN_REFERENCE)
    .map(([id, members]) => ({ id, members, centroid: centroidOf(members) }));
  const out = new Map<string, DeviceVerdict>();
  if (voices.length === 0) return out;

  const byDevice = new Map<string, Vector[]>();
  for (const c of suspects) {
    if (!c.deviceId || !c.embedding?.length) continue;
    byDevice.set(c.deviceId, [...(byDevice.get(c.deviceId) ?? []), c.embedding]);
  }
  for (const [deviceId, embeddings] of byDevice) {
    // Each clip joins the household voice it is nearest to; each such group is then tested as a whole.
    const groups = new Map<number, Vector[]>();
    for (const e of embeddings) {
      let best = 0;
      for (let v = 1; v < voices.length; v++) {
        if (cosineDistance(e, voices[v]!.centroid) < cosineDistance(e, voices[best]!.centroid)) best = v;
      }
      groups.set(best, [...(groups.get(best) ?? []), e]);
    }
    let unknown = 0;
    let closest: { id: string; n: number } | undefined;
    for (const [v, group] of groups) {
      const dbg = (globalThis as { __fdbg?: (x: unknown) => void }).__fdbg;
      if (dbg) {
        const dAll = voices.map((vv) => cosineDistance(centroidOf(group), vv.centroid));
        const spread = voices.map((vv) => vv.members.reduce((s, m) => s + cosineDistance(m, vv.centroid), 0) / vv.members.length);
        dbg({ deviceId, voice: voices[v]!.id, n: group.length, nRef: voices[v]!.members.length, dAll, spread, match: matchesVoice(group, voices[v]!.members, voices[v]!.centroid, deviceId) });
      }
      if (!matchesVoice(group, voices[v]!.members, voices[v]!.centroid, deviceId)) {
        unknown += group.length;
        if (!closest || group.length > closest.n) closest = { id: voices[v]!.id, n: group.length };
      }
    }
    out.set(deviceId, {
      foreign: unknown * 2 > embeddings.length,
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
  const random = mulberry32(hashSeed(seed) ^ group.length);
  const index = members.map((_, i) => i);
  let asFar = 0;
  for (let b = 0; b < RESAMPLES; b++) {
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(random() * (index.length - i));
      [index[i], index[j]] = [index[j]!, index[i]!];
    }
    const held = index.slice(0, k).map((i) => members[i]!);
    const rest = index.slice(k).map((i) => members[i]!);
    if (cosineDistance(centroidOf(held), centroidOf(rest)) >= observed) asFar++;
  }
  return (asFar + 1) / (RESAMPLES + 1) >= ALPHA;
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
