// Foreign-capture and voice evaluation through the real app pipeline (exports written by
// test/fixtures/generate.ts → ingest → enrichLibrary), shared by test/unit/foreign/app-pipeline.test.ts and
// bench/foreign-app-eval.ts. A "new device" scenario marks one of the household's own Echos as unregistered
// after import: a device bought after the registration list was exported.

import { collectUserFiles } from '../../../electron/cli/node-input';
import type { Capture } from '../../../shared/model';
import { ingest, type IngestItem } from '../../../shared/pipeline/ingest';
import { enrichLibrary } from '../../../shared/pipeline/library';
import { generateHousehold } from '../../fixtures/generate';
import type { TruthCapture } from '../../fixtures/household';

export type NewDevice = 'none' | 'kitchen' | 'kids';

export interface AppEvalOptions {
  household: 'de' | 'en';
  stranger: boolean;
  seed: number;
  captures?: number;
  newDevice?: NewDevice;
  /** Output folder prefix (each language keeps one speech cache). */
  out: string;
}

export interface AppEvalResult {
  captures: number;
  strangers: number;
  /** Stranger captures with at least one piece of evidence (device, account or audio). */
  strangersWithEvidence: number;
  tp: number;
  fp: number;
  fn: number;
  fnWithEvidence: number;
  falsePositives: string[];
  voices: { people: Map<string, number>; child: boolean; pitch: number | null }[];
  /** One cluster per household person, each pure, child flag exactly on the child's. */
  voicesRight: boolean;
}

export async function evaluateAppHousehold(o: AppEvalOptions): Promise<AppEvalResult> {
  const g = await generateHousehold({
    out: `${o.out}-${o.household}`,
    household: o.household,
    stranger: o.stranger,
    captures: o.captures ?? 40,
    seed: o.seed,
  });
  const items = new Map<string, IngestItem>();
  const out = await ingest(
    await collectUserFiles(g.paths.all),
    { stage: async (batch) => (batch.forEach((i) => items.set(i.capture.id, i)), batch.length) },
    { importId: 'eval', timeZone: g.truth.timeZone },
  );
  if (out.kind !== 'done') throw new Error('the generated household needs a column mapping');
  const newSerial =
    o.newDevice === 'kitchen' ? g.truth.devices[0]!.serial : o.newDevice === 'kids' ? g.truth.devices[4]!.serial : '';
  const devices = out.devices.map((d) => (d.id === newSerial ? { ...d, registered: false } : d));
  const captures: Capture[] = out.merged.captures.map((c) => items.get(c.id)?.capture ?? c);
  const audio = new Map(
    [...items.values()].flatMap((i) =>
      i.analysis
        ? [[i.capture.id, { embedding: i.analysis.embedding, pitchHz: i.analysis.features.pitchHz }] as const]
        : [],
    ),
  );
  const library = enrichLibrary(captures, { devices, rooms: out.rooms, accountId: out.merged.accountId, audio });

  const r: AppEvalResult = {
    captures: library.captures.length,
    strangers: g.truth.captures.filter((t) => t.stranger).length,
    strangersWithEvidence: 0,
    tp: 0,
    fp: 0,
    fn: 0,
    fnWithEvidence: 0,
    falsePositives: [],
    voices: [],
    voicesRight: false,
  };
  const personOf = new Map<string, TruthCapture>();
  for (const c of library.captures) {
    const t = nearest(g.truth.captures, c.ts);
    if (!t) continue;
    personOf.set(c.id, t);
    const evidence = Boolean(c.deviceId || c.accountId || c.providerRecordId || audio.get(c.id)?.embedding.length);
    const flagged = c.flags.includes('foreign');
    if (t.stranger && evidence) r.strangersWithEvidence++;
    if (flagged && t.stranger) r.tp++;
    else if (flagged) r.falsePositives.push(`${t.person} ${t.format} ${t.deviceName}: ${c.foreignReasons?.join('; ')}`);
    else if (t.stranger) {
      r.fn++;
      if (evidence) r.fnWithEvidence++;
    }
  }
  r.fp = r.falsePositives.length;
  for (const v of library.voices) {
    const people = new Map<string, number>();
    for (const c of library.captures) {
      const person = c.voiceId === v.id ? personOf.get(c.id)?.person : undefined;
      if (person) people.set(person, (people.get(person) ?? 0) + 1);
    }
    r.voices.push({ people, child: v.child, pitch: v.medianPitchHz });
  }
  const household = g.truth.people.filter((p) => !p.stranger);
  const homeVoices = r.voices.filter((v) => [...v.people.keys()].some((p) => household.some((h) => h.name === p)));
  r.voicesRight =
    homeVoices.length === household.length &&
    homeVoices.every((v) => {
      if (v.people.size !== 1) return false;
      const person = household.find((h) => h.name === [...v.people.keys()][0])!;
      return v.child === person.child;
    });
  return r;
}

/** Truth entry recorded within 1.5 s (providers round or shift times slightly). */
function nearest(truth: readonly TruthCapture[], ts: number): TruthCapture | undefined {
  let best: TruthCapture | undefined;
  for (const t of truth) if (!best || Math.abs(t.ts - ts) < Math.abs(best.ts - ts)) best = t;
  return best && Math.abs(best.ts - ts) <= 1500 ? best : undefined;
}
