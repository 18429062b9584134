import { evaluateAppHousehold, type NewDevice } from '../test/unit/foreign/app-household';
const seeds = process.argv[2]!.split(',').map(Number);
const rows: unknown[] = [];
let ctx: Record<string, unknown> = {};
(globalThis as { __fdbg?: (x: unknown) => void }).__fdbg = (x) => rows.push({ ...ctx, ...(x as object) });
const scenarios: { stranger: boolean; newDevice: NewDevice }[] = [
  { stranger: true, newDevice: 'none' },
  { stranger: false, newDevice: 'kitchen' },
  { stranger: false, newDevice: 'kids' },
  { stranger: true, newDevice: 'kitchen' },
];
for (const household of ['de', 'en'] as const) for (const s of scenarios) for (const seed of seeds) {
  ctx = { household, ...s, seed };
  const r = await evaluateAppHousehold({ ...s, household, seed, out: 'test/fixtures/out/bench-foreign' });
  console.error(household, JSON.stringify(s), seed, 'tp', r.tp, 'fp', r.fp, 'fn', r.fn, r.voicesRight, r.voices.map(v=>[...v.people.keys()].join('+')+(v.child?'*':'')+v.pitch).join(' '));
}
(await import('node:fs')).writeFileSync('/tmp/groups.json', JSON.stringify(rows));
