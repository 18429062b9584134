// Picks the importers for a set of entries: each format claims the entries it recognises by content, the
// confident ones parse what they claimed, plain audio goes to the folder importer last, and when nothing is
// recognised the caller gets a LayoutPreview for the user's column mapping.

import { alexaActivities } from './alexa-activities';
import { alexaArchive } from './alexa-archive';
import { alexaHistory } from './alexa-history';
import { audioFolder } from './audio-folder';
import { googleTakeout } from './google-takeout';
import { homeAssistant } from './home-assistant';
import type { ClaimingImporter } from './importer';
import { releaseText } from './entries';
import { parseWithMapping as parseMapped, previewWithProblems } from './mapped-table';
import type { ColumnMapping, ImportResult, InputEntry, LayoutPreview, ParseOptions } from './types';
import { ImportError } from './types';

/** Most specific first: the folder importer takes whatever audio is left. */
export const IMPORTERS: readonly ClaimingImporter[] = [
  alexaHistory,
  alexaActivities,
  googleTakeout,
  alexaArchive,
  homeAssistant,
  audioFolder,
];

const CONFIDENT = 0.5;

export interface DetectOutcome {
  results: ImportResult[];
  /** Entries no importer read (listed to the user, e.g. nested archives or unrelated files). */
  unclaimed: InputEntry[];
  /**
   * Present when no importer recognised anything: what was found, for the mapping step. (When there is
   * nothing to map but a file failed to parse, detectAndParse throws that file's ImportError instead.)
   */
  preview?: LayoutPreview;
}

export async function detectAndParse(entries: InputEntry[], options: ParseOptions): Promise<DetectOutcome> {
  let remaining = [...entries];
  const results: ImportResult[] = [];
  for (const importer of IMPORTERS) {
    if (options.signal?.aborted) throw new ImportError('cancelled', '', 'The import was cancelled.');
    const claimed = await importer.claim(remaining);
    if (!claimed.length || (await importer.detect(claimed)) < CONFIDENT) continue;
    results.push(await importer.parse(claimed, options));
    // Parsed for good: no other importer reads these entries, so their decoded texts go now, not at the end.
    for (const entry of claimed) releaseText(entry);
    const taken = new Set(claimed);
    remaining = remaining.filter((e) => !taken.has(e));
  }
  const outcome: DetectOutcome = { results, unclaimed: remaining };
  if (!results.length) {
    const { preview, problems } = await previewWithProblems(entries);
    // Nothing recognised and nothing to map, but a file is broken: that file's error is the clearest message.
    if (!preview.tables.length && problems[0]) throw problems[0];
    outcome.preview = preview;
  }
  return outcome;
}

export function parseWithMapping(
  entries: InputEntry[],
  mapping: ColumnMapping,
  options: ParseOptions,
): Promise<ImportResult> {
  return parseMapped(entries, mapping, options);
}
