// The library-wide derived fields, computed over all captures at once (they need the whole household):
// command groups, voices (clusters of speaker embeddings, seeded by Alexa personsInfo names), the `child`
// flag from a child's voice, and the foreign score with its reasons. Used by the classify worker after
// every import and by the CLI, on the same code.

import { groupCommands, type CommandGroup } from '../classify';
import { FOREIGN_THRESHOLD, scoreForeign, type ForeignInput } from '../foreign/score';
import type { ForeignReason } from '../foreign/types';
import type { Capture, Device, Flag, FlagReason, Room } from '../model';
import { clusterVoices, type VoiceCluster, type VoiceClustering, type VoiceItem } from '../voices/cluster';

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
  const grouping = groupCommands(captures);
  const clustering = clusterVoices(voiceItemsOf(captures, context));
  return finishLibrary(captures, context, grouping, foreignInputsOf(captures, context), clustering);
}

/**
 * `enrichLibrary` with the voices clustered by `cluster` (the CLI: on one of its analysis threads, done with
 * the audio by then) while this thread runs `meanwhile` (work of the caller's that needs neither the voices
 * nor the groups, nor changes what they are made of), groups the commands and gathers the foreign scoring's
 * inputs: the same result, on two cores.
 */
export async function enrichLibraryBeside(
  captures: readonly Capture[],
  context: LibraryContext,
  cluster: (items: VoiceItem[]) => Promise<VoiceClustering>,
  meanwhile?: () => void,
): Promise<LibraryResult> {
  const clustering = cluster(voiceItemsOf(captures, context));
  // Settled below; a rejection while this thread works is not unhandled.
  clustering.catch(() => undefined);
  meanwhile?.();
  const grouping = groupCommands(captures);
  const inputs = foreignInputsOf(captures, context);
  return finishLibrary(captures, context, grouping, inputs, await clustering);
}

/** The voice clustering's input: only captures with audio facts have an embedding, the rest are passed over. */
function voiceItemsOf(captures: readonly Capture[], context: LibraryContext): VoiceItem[] {
  const voiceItems: VoiceItem[] = [];
  if (context.audio.size)
    for (const c of captures) {
      const facts = context.audio.get(c.id);
      if (!facts?.embedding || !facts.embedding.length) continue;
      const personName = context.voiceSeeds?.get(c.id) ?? c.personName;
      voiceItems.push({ id: c.id, embedding: facts.embedding, pitchHz: facts.pitchHz, personName });
    }
  return voiceItems;
}

/** The foreign scoring's input per capture, its voice set once the voices are clustered (`finishLibrary`). */
function foreignInputsOf(captures: readonly Capture[], context: LibraryContext): ForeignInput[] {
  return captures.map((c) => ({
    id: c.id,
    ts: c.ts,
    accountId: c.accountId,
    deviceId: c.deviceId,
    roomId: c.roomId,
    transcript: c.transcript,
    providerRecordId: c.providerRecordId,
    voiceId: undefined,
    embedding: context.audio.get(c.id)?.embedding,
  }));
}

function finishLibrary(
  captures: readonly Capture[],
  context: LibraryContext,
  { groups, groupOf }: ReturnType<typeof groupCommands>,
  inputs: ForeignInput[],
  clustering: VoiceClustering,
): LibraryResult {
  const voices: VoiceCluster[] = clustering.voices.map((v) => {
    const name = context.voiceNames?.get(v.id) ?? (v.name?.startsWith('\u0000') ? undefined : v.name);
    const { name: _seed, ...rest } = v;
    return name ? { ...rest, name } : rest;
  });
  const childVoices = new Set(voices.filter((v) => v.child).map((v) => v.id));
  const knownNames = voices.flatMap((v) => (v.name ? [v.name] : []));
  for (const input of inputs) input.voiceId = clustering.voiceOf.get(input.id);
  const foreign = scoreForeign(inputs, {
    accountId: context.accountId,
    devices: context.devices,
    rooms: context.rooms,
    voices,
    knownNames,
  });

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
