// Replays the import's progress reports recorded by `npm run bench` (bench/results.json, or copies of it) through
// the remaining-time estimator with other commit factors, and prints the worst error after the first 10 % per
// run and factor — how bench/HISTORY.md chooses COMMIT_PER_WRITE_MS without re-running imports.
//
//   npx tsx bench/replay-estimate.ts results-a.json results-b.json …

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { remainingTimeEstimator } from '../shared/pipeline/estimate';
import type { TracePoint } from './measure/complete';

const FACTORS = [0.5, 0.6, 0.7, 0.8, 1];

function findTrace(value: unknown, depth = 0): TracePoint[] | null {
  if (!value || typeof value !== 'object' || depth > 6) return null;
  if ('trace' in value && Array.isArray(value.trace)) return value.trace as TracePoint[];
  for (const inner of Object.values(value)) {
    const found = findTrace(inner, depth + 1);
    if (found) return found;
  }
  return null;
}

for (const file of process.argv.slice(2)) {
  const trace = findTrace(JSON.parse(readFileSync(file, 'utf8')));
  const end = trace?.find((p) => p.phase === 'done')?.at;
  const commitAt = trace?.find((p) => p.phase === 'committing')?.at;
  if (!trace || end === undefined || commitAt === undefined) {
    console.log(`${basename(file)}: no complete import trace`);
    continue;
  }
  const audio = trace.filter((p) => p.phase === 'audio' && p.total > 0);
  const rowWriteMs = audio.at(-1)?.rowWriteMs ?? 0;
  const worst = FACTORS.map((factor) => {
    const estimator = remainingTimeEstimator({ afterWrite: factor });
    let error = 0;
    for (const p of audio) {
      const share = p.done / p.total;
      const estimate = estimator.update(share, p.at, p.rowWriteMs ?? 0);
      const actual = end - p.at;
      // The bench's own rule (estimateErrors): after 10 % of the audio, not in the last second.
      if (estimate !== undefined && share >= 0.1 && actual > 1000)
        error = Math.max(error, Math.abs(estimate / actual - 1));
    }
    return `${factor}: ${(error * 100).toFixed(0)} %`;
  });
  const commit = end - commitAt;
  console.log(
    `${basename(file)}: commit ${Math.round(commit)} ms = ${(commit / rowWriteMs).toFixed(2)} × row writes · worst ${worst.join(', ')}`,
  );
}
