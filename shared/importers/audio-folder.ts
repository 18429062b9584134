// Any folder of audio files: every file whose bytes are audio becomes a capture. The time comes from the
// name when it holds one (recorder names, CIFT `(2018-05-15T15_07_41+0200)_TEXT(…).wav`), else from the
// file's modification time. A parent folder named like a room ("Küche/…") becomes the device.

import type { ImportWarning } from '../model';
import { captureId } from '../ids';
import { inferRoom } from '../rooms';
import { baseName, dirName } from '../archive/names';
import { audioKind, durationOf, filterEntries, hasAudioExtension, requireAudio } from './entries';
import type { ClaimingImporter } from './importer';
import { slug } from './importer';
import { notice } from './notices';
import { transcriptOf } from './markers';
import { parseTimeFromName } from './times';
import type { ImportResult, RawCapture, RawDevice } from './types';

const isAudio = async (e: { path: string }) => hasAudioExtension(e.path);

export const audioFolder: ClaimingImporter = {
  source: 'folder',

  async claim(entries) {
    return filterEntries(entries, async (e) => (await audioKind(e)) !== undefined || (await isAudio(e)));
  },

  async detect(entries) {
    return entries.length ? 0.6 : 0;
  },

  async parse(entries, options): Promise<ImportResult> {
    const warnings: ImportWarning[] = [];
    const captures: RawCapture[] = [];
    const devices = new Map<string, RawDevice>();
    let done = 0;
    for (const entry of entries) {
      const name = baseName(entry.path);
      try {
        await requireAudio(entry);
      } catch (error) {
        warnings.push({
          ...notice('not-audio', entry.path),
          message: error instanceof Error ? `${error.message} It was skipped.` : String(error),
        });
        continue;
      }
      const fromName = parseTimeFromName(name, options.timeZone);
      const ts = fromName ?? entry.lastModified;
      if (ts === undefined) {
        warnings.push(notice('no-time', entry.path));
        continue;
      }
      const textMatch = /_TEXT\((.*)\)\.\w+$/i.exec(name);
      const spoken = textMatch
        ? transcriptOf(textMatch[1]!.replace(/_$/, '?'))
        : { transcriptStatus: 'missing' as const };
      const parent = baseName(dirName(entry.path));
      const room = inferRoom(parent);
      const deviceId = room ? `folder-${slug(parent)}` : undefined;
      if (deviceId && !devices.has(deviceId))
        devices.set(deviceId, {
          id: deviceId,
          name: parent,
          registered: true,
          provider: 'other',
          roomHint: room?.name,
        });
      captures.push({
        id: captureId({ provider: 'folder', ts, extra: `${name}/${entry.size}` }),
        source: 'folder',
        ts,
        deviceId,
        deviceName: deviceId ? parent : undefined,
        ...spoken,
        transcriptStatus: spoken.transcript ? 'ok' : spoken.transcriptStatus,
        audio: entry,
        durationMs: await durationOf(entry),
        origin: { file: entry.path },
      });
      options.onProgress?.({ file: entry.path, done: ++done, total: entries.length });
    }
    return { source: 'folder', files: entries.map((e) => e.path), captures, devices: [...devices.values()], warnings };
  },
};
