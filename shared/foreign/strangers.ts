// What the household should learn first about a stranger's recordings: how many, from how many devices,
// over which days. Counts captures already flagged `foreign` by the library pass, and — until that pass has
// scored a capture — those whose own export already says so (foreign account, unregistered device), so the
// finding shows right after an import instead of minutes later, when the voices are analysed.

import type { Capture, Device } from '../model';
import { hardEvidence } from './score';
import type { ForeignReasonCode } from './types';

export type StrangerInput = Pick<Capture, 'id' | 'ts' | 'flags'> &
  Partial<Pick<Capture, 'deviceId' | 'accountId' | 'providerRecordId' | 'foreignScore' | 'flagReasons'>>;

export interface StrangerDevice {
  /** Device id ('' when the capture names none). */
  deviceId: string;
  count: number;
  from: number;
  to: number;
  reasons: ForeignReasonCode[];
  ids: string[];
}

export interface StrangerSummary {
  count: number;
  from: number;
  to: number;
  devices: StrangerDevice[];
  /** True while some counted captures rest on the export's evidence alone (the voice pass has not run yet). */
  provisional: boolean;
}

const CODES: readonly ForeignReasonCode[] = [
  'account-mismatch',
  'device-unregistered',
  'voice-unknown',
  'room-unknown',
  'content-unfamiliar',
];

export function summariseStrangers(
  captures: readonly StrangerInput[],
  context: { accountId?: string; devices: readonly Device[]; confirmedOwn?: ReadonlySet<string> },
): StrangerSummary | null {
  // Captures the library pass has not scored yet: judge them by the export's evidence.
  const unscored = captures.filter(
    (c) => c.foreignScore === undefined && !c.flags.includes('foreign') && !context.confirmedOwn?.has(c.id),
  );
  const hard = hardEvidence(unscored, context);
  const groups = new Map<string, StrangerDevice>();
  let provisional = false;
  for (const c of captures) {
    const flagged = c.flags.includes('foreign');
    const early = hard.get(c.id);
    if (!flagged && !early) continue;
    if (!flagged) provisional = true;
    const codes = flagged
      ? (c.flagReasons ?? []).filter((r) => r.flag === 'foreign').map((r) => r.kind as ForeignReasonCode)
      : early!.map((r) => r.code);
    const key = c.deviceId ?? '';
    let group = groups.get(key);
    if (!group) {
      group = { deviceId: key, count: 0, from: c.ts, to: c.ts, reasons: [], ids: [] };
      groups.set(key, group);
    }
    group.count++;
    group.from = Math.min(group.from, c.ts);
    group.to = Math.max(group.to, c.ts);
    group.ids.push(c.id);
    for (const code of codes) if (CODES.includes(code) && !group.reasons.includes(code)) group.reasons.push(code);
  }
  if (!groups.size) return null;
  const devices = [...groups.values()]
    .map((g) => ({ ...g, reasons: CODES.filter((code) => g.reasons.includes(code)) }))
    .sort((a, b) => a.from - b.from);
  return {
    count: devices.reduce((sum, d) => sum + d.count, 0),
    from: Math.min(...devices.map((d) => d.from)),
    to: Math.max(...devices.map((d) => d.to)),
    devices,
    provisional,
  };
}

/** What a foreign score means, in words a household understands (the number alone says nothing). */
export type ScoreBand = 'certain' | 'likely' | 'possible';

export function scoreBand(score: number): ScoreBand {
  if (score >= 0.8) return 'certain';
  if (score >= 0.6) return 'likely';
  return 'possible';
}
