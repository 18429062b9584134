// The library-wide derived fields, computed over all captures at once (they need the whole household):
// command groups, voices (clusters of speaker embeddings, seeded by Alexa personsInfo names), the `child`
// flag from a child's voice, and the foreign score with its reasons. Used by the classify worker after
// every import and by the CLI, on the same code.

import { groupCommands, type CommandGroup } from '../classify';
import { FOREIGN_THRESHOLD, scoreForeign } from '../foreign/score';
import type { ForeignReason } from '../foreign/types';
import type { Capture, Device, Flag, FlagReason, Room } from '../model';
import { clusterVoices, type VoiceCluster, type VoiceItem } from '../voices/cluster';

export interface LibraryFacts {
  embedding?: Float32Array | number[];
  pitchHz?: number | null;
}

export interface LibraryContext {
  devices: readonly Device[];
  rooms: readonly Room[];
  accountId?: string;
  /** Audio facts per capture id (embeddings come from the peaks table / the import analysis). */
  audio: ReadonlyMap<string, LibraryFacts>;
  /** Names the household gave its voices, by voice id (kept across runs: voice ids are stable). */
  voiceNames?: ReadonlyMap<string, string>;
  /**
   * The household's voice edits, pinned per capture: captures with equal seeds stay one voice, different
   * seeds never merge. A seed is a name the household gave, or a hidden token (prefix "\u0000").
   */
  voiceSeeds?: ReadonlyMap<string, string>;
  /** Captures the user marked as the household's own ("this is ours"): never foreign. */
  confirmedOwn?: ReadonlySet<string>;
}

export interface LibraryResult {
  captures: Capture[];
  groups: CommandGroup[];
  voices: VoiceCluster[];
  /** Foreign reasons per capture with the structured codes (for translated wording). */
  foreign: Map<string, { score: number; reasons: ForeignReason[] }>;
}

export function enrichLibrary(captures: readonly Capture[], context: LibraryContext): LibraryResult {
  // A capture is a GroupItem as it is (id, transcript, category): no copy of every capture for the grouping.
  const { groups, groupOf } = groupCommands(captures);
  // Only captures with audio facts have an embedding: the rest are passed over without an array each.
  const voiceItems: VoiceItem[] = [];
  if (context.audio.size)
    for (const c of captures) {
      const facts = context.audio.get(c.id);
      if (!facts?.embedding || !facts.embedding.length) continue;
      const personName = context.voiceSeeds?.get(c.id) ?? c.personName;
      voiceItems.push({ id: c.id, embedding: facts.embedding, pitchHz: facts.pitchHz, personName });
    }
  const clustering = clusterVoices(voiceItems);
  const voices: VoiceCluster[] = clustering.voices.map((v) => {
    const name = context.voiceNames?.get(v.id) ?? (v.name?.startsWith('\u0000') ? undefined : v.name);
    const { name: _seed, ...rest } = v;
    return name ? { ...rest, name } : rest;
  });
  const childVoices = new Set(voices.filter((v) => v.child).map((v) => v.id));
  const knownNames = voices.flatMap((v) => (v.name ? [v.name] : []));
  const foreign = scoreForeign(
    captures.map((c) => ({
      id: c.id,
      ts: c.ts,
      accountId: c.accountId,
      deviceId: c.deviceId,
      roomId: c.roomId,
      transcript: c.transcript,
      providerRecordId: c.providerRecordId,
      voiceId: clustering.voiceOf.get(c.id),
      embedding: context.audio.get(c.id)?.embedding,
    })),
    { accountId: context.accountId, devices: context.devices, rooms: context.rooms, voices, knownNames },
  );

  const enriched = captures.map((capture) => {
    const voiceId = clustering.voiceOf.get(capture.id);
    const flags: Flag[] = capture.flags.filter((f) => f !== 'foreign');
    const reasons: FlagReason[] = (capture.flagReasons ?? []).filter(
      (r) => r.flag !== 'foreign' && !(r.flag === 'child' && r.kind === 'voice'),
    );
    if (voiceId && childVoices.has(voiceId)) {
      if (!flags.includes('child')) flags.push('child');
      const voice = voices.find((v) => v.id === voiceId);
      reasons.push({
        flag: 'child',
        kind: 'voice',
        detail: `${voice?.name ?? 'a child’s voice'} (${Math.round(voice?.medianPitchHz ?? 0)} Hz)`,
      });
    }
    const score = foreign.get(capture.id);
    const own = context.confirmedOwn?.has(capture.id);
    if (score && score.score >= FOREIGN_THRESHOLD && !own) {
      flags.push('foreign');
      for (const reason of score.reasons) reasons.push({ flag: 'foreign', kind: reason.code, detail: reason.detail });
    }
    const next: Capture = { ...capture, flags, flagReasons: reasons, foreignScore: own ? 0 : (score?.score ?? 0) };
    const groupId = groupOf.get(capture.id);
    if (groupId) next.groupId = groupId;
    else delete next.groupId;
    if (voiceId) next.voiceId = voiceId;
    else delete next.voiceId;
    if (score?.reasons.length && !own) next.foreignReasons = score.reasons.map((r) => r.detail);
    else delete next.foreignReasons;
    return next;
  });
  return { captures: enriched, groups, voices, foreign };
}
