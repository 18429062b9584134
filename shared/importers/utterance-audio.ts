// Both Alexa voice-history formats (the Review Voice History records and the old activities file) save audio
// named by utterance id, the id their records carry too. One way to read those names and link them, so the two
// formats give one recording the same capture. See docs/formats.md.

import { captureId } from '../ids';
import { baseName, dirName } from '../archive/names';
import { inExport, parseUtteranceId } from './alexa-ids';
import { audioKind, durationOf, filterEntries } from './entries';
import { linkAudio, normaliseKey } from './link-audio';
import type { AudioCandidate, LinkResult } from './link-audio';
import type { InputEntry, RawCapture } from './types';

/**
 * What a voice-history format claims: its record files (`isRecords`) and, in their folder trees, the audio named
 * by an utterance id; other clips in the same trees belong to other formats.
 */
export async function claimUtteranceExport(
  entries: readonly InputEntry[],
  isRecords: (entry: InputEntry) => Promise<boolean>,
): Promise<InputEntry[]> {
  const jsons = await filterEntries(entries, isRecords);
  if (!jsons.length) return [];
  const roots = jsons.map((j) => dirName(j.path));
  const audio = await filterEntries(
    entries.filter(
      (e) =>
        !jsons.includes(e) &&
        roots.some((r) => inExport(r, e.path)) &&
        parseUtteranceId(baseName(e.path)) !== undefined,
    ),
    async (e) => (await audioKind(e)) !== undefined,
  );
  return [...jsons, ...audio];
}

/** Audio entries as link candidates: key, device serial and time come from the utterance id in the name. */
export function utteranceAudio(entries: InputEntry[]): Promise<AudioCandidate[]> {
  return Promise.all(
    entries.map(async (entry) => {
      const name = baseName(entry.path);
      const parsed = parseUtteranceId(name);
      return {
        entry,
        key: parsed?.key ?? normaliseKey(name),
        deviceId: parsed?.serial,
        ts: parsed?.ts,
        durationMs: await durationOf(entry),
      };
    }),
  );
}

/** Links by utterance id first, then device and time; audio no record claims becomes a capture of its own. */
export function linkUtteranceAudio(captures: RawCapture[], candidates: AudioCandidate[]): LinkResult {
  return linkAudio(captures, candidates, {
    toleranceMs: 2_000,
    keyOf: (c) => (c.providerRecordId ? normaliseKey(c.providerRecordId) : undefined),
    orphan: (a) => {
      const ts = a.ts ?? a.entry.lastModified ?? 0;
      return {
        id: captureId({ provider: 'amazon', deviceId: a.deviceId, ts, extra: a.key }),
        source: 'alexa-history',
        ts,
        deviceId: a.deviceId,
        transcriptStatus: 'missing',
        audio: a.entry,
        durationMs: a.durationMs,
        origin: { file: a.entry.path },
      };
    },
  });
}
