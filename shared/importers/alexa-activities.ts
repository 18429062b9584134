// The old Alexa activities file (`/api/activities`, 2015–2019, saved by users and scripts): `{"activities":[…]}`
// with the transcript as `summary` inside the JSON *string* `description`, the device in `sourceDeviceIds`, the
// time in `creationTimestamp` (epoch ms) and the same utterance id the voice history uses, so both exports of one
// recording get the same capture id. Audio, where a script saved it, is named by that utterance id. See
// docs/formats.md.

import type { ImportWarning } from '../model';
import { captureId } from '../ids';
import { filterEntries, text } from './entries';
import type { ClaimingImporter } from './importer';
import { throwIfAborted } from './importer';
import { isRecord, parseJson, recordTime, str } from './json';
import { claimUtteranceExport, linkUtteranceAudio, utteranceAudio } from './utterance-audio';
import { transcriptOf } from './markers';
import { notice } from './notices';
import type { ImportResult, InputEntry, RawCapture } from './types';
import { amazonOwners } from './amazon-owners';

async function isActivitiesJson(entry: InputEntry): Promise<boolean> {
  if (!/\.json$/i.test(entry.path)) return false;
  const content = (await text(entry)).slice(0, 20_000);
  return /^\s*\{\s*"activities"\s*:\s*\[/.test(content) && content.includes('creationTimestamp');
}

/** The transcript and first utterance id inside `description` (a JSON string, sometimes an object). */
function describe(value: unknown): { summary?: string; firstUtteranceId?: string; readable: boolean } {
  if (isRecord(value))
    return { summary: str(value.summary), firstUtteranceId: str(value.firstUtteranceId), readable: true };
  if (typeof value !== 'string' || !value.trim()) return { readable: value === undefined || value === '' };
  try {
    const parsed = JSON.parse(value) as unknown;
    return isRecord(parsed)
      ? { summary: str(parsed.summary), firstUtteranceId: str(parsed.firstUtteranceId), readable: true }
      : { readable: false };
  } catch {
    return { readable: false };
  }
}

export const alexaActivities: ClaimingImporter = {
  source: 'alexa-history',

  claim: (entries) => claimUtteranceExport(entries, isActivitiesJson),

  async detect(entries) {
    return (await filterEntries(entries, isActivitiesJson)).length ? 0.9 : 0;
  },

  async parse(entries, options): Promise<ImportResult> {
    const warnings: ImportWarning[] = [];
    const jsons = await filterEntries(entries, isActivitiesJson);
    const captures = new Map<string, RawCapture>();
    for (const json of jsons) {
      throwIfAborted(options.signal, json.path);
      const root = parseJson(await text(json), json.path);
      const activities = isRecord(root) && Array.isArray(root.activities) ? root.activities.filter(isRecord) : [];
      activities.forEach((activity, index) => {
        const capture = toCapture(activity, json.path, index, warnings);
        if (!capture) return;
        if (captures.has(capture.id)) {
          warnings.push(notice('duplicate-record', json.path, {}, index + 1));
          return;
        }
        captures.set(capture.id, capture);
      });
      options.onProgress?.({ file: json.path, done: jsons.indexOf(json) + 1, total: jsons.length });
    }
    const kept = [...captures.values()];
    const linked = linkUtteranceAudio(kept, await utteranceAudio(entries.filter((e) => !jsons.includes(e))));
    return {
      source: 'alexa-history',
      files: entries.map((e) => e.path),
      captures: linked.captures,
      ...amazonOwners(kept),
      warnings: [...warnings, ...linked.warnings],
    };
  },
};

function toCapture(
  activity: Record<string, unknown>,
  file: string,
  index: number,
  warnings: ImportWarning[],
): RawCapture | undefined {
  const ts = recordTime(activity.creationTimestamp, file, index, warnings);
  if (ts === undefined) return undefined;
  const description = describe(activity.description);
  if (!description.readable) warnings.push(notice('activity-description-unreadable', file, {}, index + 1));
  const status = str(activity.activityStatus);
  const spoken = transcriptOf(description.summary);
  const discarded = status === 'DISCARDED_NON_DEVICE_DIRECTED_INTENT';
  const transcriptStatus =
    spoken.transcriptStatus === 'missing' && discarded ? 'not-intended' : spoken.transcriptStatus;
  const devices = Array.isArray(activity.sourceDeviceIds) ? activity.sourceDeviceIds.filter(isRecord) : [];
  const deviceId = devices.map((d) => str(d.serialNumber)).find(Boolean);
  const accountId = str(activity.registeredCustomerId) ?? devices.map((d) => str(d.deviceAccountId)).find(Boolean);
  const utteranceId = str(activity.utteranceId) ?? description.firstUtteranceId;
  const recordId = utteranceId ?? str(activity.id) ?? `${ts}`;
  const markers = [status, str(activity.intentType)].filter((m): m is string => !!m);
  return {
    id: captureId({ provider: 'amazon', accountId, recordId }),
    source: 'alexa-history',
    accountId,
    ts,
    deviceId,
    transcript: spoken.transcript,
    transcriptStatus,
    providerRecordId: utteranceId ?? str(activity.id),
    providerMarkers: markers.length ? markers : undefined,
    kind: 'capture',
    providerType: status,
    origin: { file, line: index + 1 },
  };
}
