// Foreign-capture precision/recall and voice clusters of the real app pipeline (ingest → enrichLibrary) on a
// household from test/fixtures/generate.ts. Run: npx tsx bench/foreign-app-eval.ts [--stranger] [--en] [--captures N]
import { generateHousehold } from '../test/fixtures/generate';
import { collectUserFiles } from '../electron/cli/node-input';
import { ingest, type IngestItem } from '../shared/pipeline/ingest';
import { enrichLibrary } from '../shared/pipeline/library';
import type { Capture } from '../shared/model';

const stranger = process.argv.includes('--stranger');
const household = process.argv.includes('--en') ? 'en' : 'de';
const captures = Number(process.argv[process.argv.indexOf('--captures') + 1]) || 40;
const g = await generateHousehold({
  out: `test/fixtures/out/bench-people-${household}-${stranger}`,
  household,
  stranger,
  captures,
});
const files = await collectUserFiles(g.paths.all);
const items = new Map<string, IngestItem>();
const out = await ingest(
  files,
  { stage: async (b) => (b.forEach((i) => items.set(i.capture.id, i)), b.length) },
  { importId: 'x', timeZone: g.truth.timeZone },
);
if (out.kind !== 'done') throw new Error('mapping');
const caps: Capture[] = out.merged.captures.map((c) => items.get(c.id)?.capture ?? c);
const audio = new Map(
  [...items.values()]
    .filter((i) => i.analysis)
    .map((i) => [i.capture.id, { embedding: i.analysis!.embedding, pitchHz: i.analysis!.features.pitchHz }]),
);
const r = enrichLibrary(caps, { devices: out.devices, rooms: out.rooms, accountId: out.merged.accountId, audio });
// match truth by ts+text
const truthBy = new Map(g.truth.captures.map((t) => [`${t.ts}`, t]));
let tp = 0,
  fp = 0,
  fn = 0,
  unmatched = 0;
const byVoice = new Map<string, Map<string, number>>();
for (const c of r.captures) {
  const t = truthBy.get(`${c.ts}`);
  if (!t) {
    unmatched++;
    continue;
  }
  const flagged = c.flags.includes('foreign');
  if (flagged && t.stranger) tp++;
  else if (flagged) {
    fp++;
    console.log('FP', t.person, t.format, t.deviceName, c.foreignScore, c.foreignReasons);
  } else if (t.stranger) {
    fn++;
    console.log('FN', t.person, t.format, t.deviceName, c.foreignScore, c.foreignReasons);
  }
  if (c.voiceId) {
    const m = byVoice.get(c.voiceId) ?? new Map();
    m.set(t.person, (m.get(t.person) ?? 0) + 1);
    byVoice.set(c.voiceId, m);
  }
}
console.log({
  total: r.captures.length,
  unmatched,
  strangerTruth: g.truth.captures.filter((t) => t.stranger).length,
  tp,
  fp,
  fn,
  precision: tp / (tp + fp),
  recall: tp / (tp + fn),
});
for (const v of r.voices)
  console.log(
    v.id,
    v.name,
    v.size,
    v.medianPitchHz,
    v.child ? 'CHILD' : '',
    JSON.stringify([...(byVoice.get(v.id) ?? [])]),
  );
console.log(
  'accountId',
  out.merged.accountId,
  'devices',
  out.devices.map((d) => `${d.name}:${d.registered}:${d.provider}`).join(', '),
);
// per-person pitch and inter-person centroid distances
import { centroidOf, cosineDistance, median } from '../shared/voices/vector';
const per = new Map<string, { e: Float32Array[]; p: number[] }>();
for (const c of r.captures) {
  const t = truthBy.get(`${c.ts}`);
  const a = audio.get(c.id);
  if (!t || !a || !a.embedding.length) continue;
  const m = per.get(t.person) ?? { e: [], p: [] };
  m.e.push(a.embedding);
  if (a.pitchHz) m.p.push(a.pitchHz);
  per.set(t.person, m);
}
const cents = new Map([...per].map(([k, v]) => [k, centroidOf(v.e)]));
for (const [k, v] of per) {
  const intra = v.e.map((e) => cosineDistance(e, cents.get(k)!));
  console.log(
    k,
    'n',
    v.e.length,
    'pitch',
    median(v.p),
    'intra-to-centroid median',
    median(intra)?.toFixed(3),
    'max',
    Math.max(...intra).toFixed(3),
    [...cents]
      .filter(([o]) => o !== k)
      .map(([o, c]) => `${o}:${cosineDistance(cents.get(k)!, c).toFixed(3)}`)
      .join(' '),
  );
}
for (const c of r.captures) {
  const t = truthBy.get(`${c.ts}`);
  if (t?.stranger || !t)
    console.log(
      t?.person ?? 'UNMATCHED',
      t?.format,
      c.source,
      c.accountId,
      c.providerRecordId,
      c.deviceId,
      c.roomId,
      c.voiceId,
      c.foreignScore,
      JSON.stringify(r.foreign.get(c.id)?.reasons.map((x) => x.code)),
    );
}
