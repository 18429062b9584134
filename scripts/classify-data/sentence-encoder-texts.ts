// `npx tsx scripts/classify-data/sentence-encoder-texts.ts <out.txt>`: every distinct normalised English
// sentence of the training corpus, the xSID validation file and the evaluation sets, one a line — the input of
// the sentence-encoder cache (sentence-encoder-cache.ts). Evaluation sentences are listed to be embedded for
// scoring only; which sentences a model trains on is decided by the training scripts, never by this list.

import { writeFileSync } from 'node:fs';
import { detectLanguage } from '../../shared/classify/language';
import { normalise } from '../../shared/classify/normalise';
import { homeAssistantTest, hwu64Test, slurpTestDeduped, xsidTest, xsidValid } from './benchmarks';
import { buildCorpus } from './corpus';
import { SHIPPED } from './fit';

const out = process.argv[2];
if (!out) throw new Error('usage: sentence-encoder-texts.ts <out.txt>');
const texts = new Set<string>();
const all = [
  // Every template the experiments may train on, the optional chit-chat group included.
  ...buildCorpus(20240605, { ...SHIPPED.corpus, chat: true }).examples,
  ...xsidValid('en'),
  ...hwu64Test(),
  ...slurpTestDeduped(),
  ...xsidTest('en'),
  ...homeAssistantTest('en'),
];
for (const e of all) {
  if (detectLanguage(e.text) !== 'en') continue;
  const n = normalise(e.text);
  if (n) texts.add(n);
}
writeFileSync(out, `${[...texts].join('\n')}\n`);
process.stderr.write(`${texts.size} distinct English sentences → ${out}\n`);
