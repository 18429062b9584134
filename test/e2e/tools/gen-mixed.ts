import { generateHousehold } from '../../fixtures/generate';
const h = await generateHousehold({ out: 'test/fixtures/out/e2e-strangers', household: 'de', stranger: true, seed: 7 });
console.log(JSON.stringify(h.paths), h.truth.captures.length, h.truth.captures.filter((c) => c.stranger).length);
