// The library pass of an import, computed before its commit (docs/architecture.md, "Staging and commit"): over
// the committed library plus the staged run, as the commit will leave it, so the commit writes each capture once
// with its derived fields (command groups, voices, foreign score) together with the voices, the groups and the
// columns — where the pass after the import used to write every capture of a first import a second time.

import type { NightHours } from '../../shared/night';
import { changedCaptures } from '../db/repos/derived';
import { stagedNewCount, type CommitInput } from '../db/repos/imports';
import { loadCommitPassInputs, type CommitPass } from '../db/repos/commit-pass-inputs';
import { countVisibleCaptures } from '../db/repos/library';
import { computeLibraryPass, passTranscripts } from '../classify/library-pass';
import { encoderAssisted } from '../classify/sentence-encoder-web';
import { defaultClassifier } from '../../shared/classify';
import { buildColumns } from '../library/columns';
import { toStoredColumns } from '../library/columns-cache';

/**
 * The pass for `commitImport`, or undefined when it is left to the library worker: when the library already holds
 * more captures than the run adds (a pass over the whole library would hold up the import's result for captures
 * the pass after it mostly leaves as they are — it writes only the ones it changes — and the import's estimate
 * projects the commit from the run's own rows), and when clips still wait for pitch and embedding (their analysis
 * runs there first).
 */
export async function prepareCommitPass(
  input: Pick<CommitInput, 'runId' | 'devices' | 'rooms' | 'accountId'>,
  timeZone: string,
  nightHours: NightHours,
): Promise<CommitPass | undefined> {
  const [library, added] = await Promise.all([countVisibleCaptures(), stagedNewCount(input.runId)]);
  if (library > added) return undefined;
  const inputs = await loadCommitPassInputs(input);
  if (inputs.voicePending.length) return undefined;
  const base = await encoderAssisted(defaultClassifier(), passTranscripts(inputs));
  const { result, householdNames } = computeLibraryPass(inputs, timeZone, nightHours, undefined, base);
  const changed = changedCaptures(result.captures, inputs.captures).filter(
    (c) => !inputs.newIds.has(c.id) && !inputs.linkedIds.has(c.id),
  );
  return {
    version: inputs.version,
    result,
    newIds: inputs.newIds,
    householdNames,
    changed,
    columns: toStoredColumns(buildColumns(result.captures, inputs.rooms, inputs.devices)),
    settings: { timeZone, nightHours },
  };
}
