// Scores how likely each capture is someone else's recording (an access request once delivered a
// stranger's home). Hard evidence first — the account id in the record and the device registration —
// then what the captures we trust tell us: the household's voices, rooms and vocabulary. Reasons are
// combined as independent evidence (noisy-OR); a voice that clearly is a household member's lowers the
// score, so a new, not yet registered device or a partner's second account does not flag the family.

import type { Device } from '../model';
import { ASSIGN_THRESHOLD, nearestVoice } from '../voices/cluster';
import { deviceVerdicts, type DeviceVerdict } from './batch';
import { mentionedNames, vocabulary } from './content';
import type { ForeignContext, ForeignInput, ForeignReason, ForeignScore } from './types';

export type { ForeignContext, ForeignInput, ForeignReason, ForeignScore } from './types';

/** Captures scoring above this get the `foreign` flag. */
export const FOREIGN_THRESHOLD = 0.5;

export const FOREIGN_WEIGHTS = {
  'account-mismatch': 0.7,
  'device-unregistered': 0.45,
  'voice-unknown': 0.35,
  'room-unknown': 0.2,
  'content-unfamiliar': 0.15,
} as const;
/** Score factor when the voice is clearly a household member's. */
const HOUSEHOLD_VOICE_FACTOR = 0.7;
/** Content familiarity needs enough trusted transcripts to know the household's words. */
const MIN_TRUSTED_FOR_CONTENT = 10;

export function scoreForeign(captures: readonly ForeignInput[], context: ForeignContext): Map<string, ForeignScore> {
  const devices = new Map(context.devices.map((d) => [d.id, d]));
  const rooms = new Map(context.rooms.map((r) => [r.id, r]));
  const registryFor = new Set(context.devices.filter((d) => d.registered).map((d) => d.provider));
  // By position, not by id: one array lookup per capture instead of hashing its id again and again.
  const hard = captures.map((c) => hardReasons(c, context.accountId, devices, registryFor));
  const trusted = captures.filter((_, i) => hard[i]!.length === 0);

  const household = householdVoices(captures, trusted, context);
  const householdRooms = new Set<string>();
  for (const c of trusted) if (c.roomId) householdRooms.add(c.roomId);
  for (const d of context.devices) if (d.registered && d.roomId) householdRooms.add(d.roomId);
  const vocab = vocabulary(trusted.map((c) => c.transcript));
  for (const name of context.knownNames ?? []) vocab.set(name.toLowerCase(), Infinity);
  const trustedIds = new Set(trusted.map((c) => c.id));
  const unregisteredAt = (i: number) => hard[i]!.some((r) => r.code === 'device-unregistered');
  const unregistered = captures.filter((_, i) => unregisteredAt(i));
  const withDevice = (c: ForeignInput) => ({ ...c, deviceId: deviceOf(c) });
  const verdicts = deviceVerdicts(unregistered.map(withDevice), trusted, household.ids);
  const contentKnown = trusted.length >= MIN_TRUSTED_FOR_CONTENT;
  // The names a text mentions, once per distinct text (households repeat their commands).
  const namesOf = new Map<string, readonly string[]>();

  const out = new Map<string, ForeignScore>();
  for (let i = 0; i < captures.length; i++) {
    const c = captures[i]!;
    const reasons = hard[i]!;
    const deviceId = deviceOf(c);
    const verdict = unregisteredAt(i) ? verdicts.get(deviceId ?? '') : undefined;
    // A clip without audio on a device whose voices are the household's is the household's, like its batch.
    const voice = verdict?.foreign
      ? batchEvidence(verdict, devices.get(deviceId!)?.name ?? deviceId!, household)
      : verdict && verdict.voiced >= 2 && !c.embedding?.length
        ? { household: true }
        : voiceEvidence(c, household);
    if (voice.reason) reasons.push(voice.reason);
    if (c.roomId && householdRooms.size > 0 && !householdRooms.has(c.roomId)) {
      const room = rooms.get(c.roomId)?.name ?? c.roomId;
      const known = [...householdRooms].map((id) => rooms.get(id)?.name ?? id).join(', ');
      reasons.push(
        reason('room-unknown', `Recorded in “${room}”, a room your household does not have (${known})`, {
          room,
          known,
        }),
      );
    }
    if (contentKnown && c.transcript) {
      let mentioned = namesOf.get(c.transcript);
      if (!mentioned) namesOf.set(c.transcript, (mentioned = mentionedNames(c.transcript)));
      // Leave-one-out: a trusted capture's own words do not make themselves familiar.
      const own = trustedIds.has(c.id) ? 1 : 0;
      const strange = mentioned.filter((w) => (vocab.get(w) ?? 0) - own <= 0);
      if (strange.length > 0) {
        const names = strange.map((w) => `“${w}”`).join(', ');
        reasons.push(
          reason('content-unfamiliar', `Mentions ${names}, never mentioned in your other recordings`, { names }),
        );
      }
    }
    let kept = 1;
    for (const r of reasons) kept *= 1 - r.weight;
    let score = 1 - kept;
    if (voice.household) score *= HOUSEHOLD_VOICE_FACTOR;
    out.set(c.id, { score: Math.round(score * 1000) / 1000, reasons });
  }
  return out;
}

/**
 * The hard evidence alone (foreign account id, device missing from the account's registration), known as
 * soon as an import is committed — before voices are analysed. The full score may still clear a capture.
 */
export function hardEvidence(
  captures: readonly ForeignInput[],
  context: Pick<ForeignContext, 'accountId' | 'devices'>,
): Map<string, ForeignReason[]> {
  const devices = new Map(context.devices.map((d) => [d.id, d]));
  const registryFor = new Set(context.devices.filter((d) => d.registered).map((d) => d.provider));
  const out = new Map<string, ForeignReason[]>();
  for (const c of captures) {
    const reasons = hardReasons(c, context.accountId, devices, registryFor);
    if (reasons.length) out.set(c.id, reasons);
  }
  return out;
}

/** Customer id and device serial from an Alexa record key `customerId#timestamp#deviceType#serial`. */
export function parseRecordKey(key: string | undefined): { customerId: string; serial: string } | null {
  const parts = key?.split('#');
  if (!parts || parts.length !== 4 || !parts[0] || !/^\d{10,}$/.test(parts[1]!)) return null;
  return { customerId: parts[0], serial: parts[3]! };
}

function deviceOf(c: ForeignInput): string | undefined {
  return c.deviceId ?? parseRecordKey(c.providerRecordId)?.serial;
}

function hardReasons(
  c: ForeignInput,
  owner: string | undefined,
  devices: Map<string, Device>,
  registryFor: Set<Device['provider']>,
): ForeignReason[] {
  const reasons: ForeignReason[] = [];
  const key = parseRecordKey(c.providerRecordId);
  const account = c.accountId ?? key?.customerId;
  if (owner && account && account !== owner) {
    reasons.push(
      reason('account-mismatch', `Belongs to account ${account}, not to yours (${owner})`, { account, owner }),
    );
  }
  const deviceId = deviceOf(c);
  if (deviceId) {
    const device = devices.get(deviceId);
    const covered = device ? registryFor.has(device.provider) : registryFor.size > 0;
    if (covered && !device?.registered) {
      const name = device?.name ?? deviceId;
      reasons.push(
        reason('device-unregistered', `Recorded by “${name}”, a device that is not registered to your account`, {
          device: name,
        }),
      );
    }
  }
  return reasons;
}

interface HouseholdVoices {
  ids: Set<string>;
  voices: NonNullable<ForeignContext['voices']>;
}

/**
 * Household voices: clusters with a real share of trusted captures (owner's account, registered devices).
 * Not a majority: a person may mostly use a device bought after the registration was exported.
 */
function householdVoices(
  captures: readonly ForeignInput[],
  trusted: readonly ForeignInput[],
  context: ForeignContext,
): HouseholdVoices {
  const all = new Map<string, number>();
  const good = new Map<string, number>();
  for (const c of captures) if (c.voiceId) all.set(c.voiceId, (all.get(c.voiceId) ?? 0) + 1);
  for (const c of trusted) if (c.voiceId) good.set(c.voiceId, (good.get(c.voiceId) ?? 0) + 1);
  const voices = (context.voices ?? []).filter((v) => {
    const total = all.get(v.id) ?? 0;
    const trustedCount = good.get(v.id) ?? 0;
    return total > 0 && trustedCount >= Math.min(2, total) && trustedCount / total >= 0.2;
  });
  return { ids: new Set(voices.map((v) => v.id)), voices };
}

function voiceEvidence(c: ForeignInput, h: HouseholdVoices): { reason?: ForeignReason; household: boolean } {
  if (h.voices.length === 0) return { household: false };
  if (c.voiceId && h.ids.has(c.voiceId)) return { household: true };
  const nearest = c.embedding && c.embedding.length > 0 ? nearestVoice(c.embedding, h.voices) : null;
  // Clustering already put this capture with untrusted ones; only a very close household voice overrules it.
  const limit = c.voiceId ? ASSIGN_THRESHOLD / 2 : ASSIGN_THRESHOLD;
  if (nearest && nearest.distance <= limit) return { household: !c.voiceId };
  if (!nearest && !c.voiceId) return { household: false };
  const who = nearest ? h.voices.find((v) => v.id === nearest.voiceId)?.name : undefined;
  const closest = who ? ` (closest: ${who})` : '';
  return {
    household: false,
    reason: reason('voice-unknown', `The voice matches no one in your household${closest}`, {
      ...(who ? { closest: who } : {}),
      ...(nearest ? { distance: nearest.distance.toFixed(2) } : {}),
    }),
  };
}

/** The device's voices as a group match no household voice: every capture of that device carries it. */
function batchEvidence(
  verdict: DeviceVerdict,
  device: string,
  h: HouseholdVoices,
): { reason: ForeignReason; household: false } {
  const who = h.voices.find((v) => v.id === verdict.closestVoiceId)?.name;
  const closest = who ? ` (closest: ${who})` : '';
  const share = `${verdict.unknown} of ${verdict.voiced}`;
  return {
    household: false,
    reason: reason(
      'voice-unknown',
      `The voices recorded by “${device}” (${share}) match no one in your household${closest}`,
      { device, share, ...(who ? { closest: who } : {}) },
    ),
  };
}

function reason(code: ForeignReason['code'], detail: string, params: Record<string, string>): ForeignReason {
  return { code, detail, weight: FOREIGN_WEIGHTS[code], params };
}
