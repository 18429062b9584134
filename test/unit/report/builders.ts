// Test builders for letters and reports: `given.capture({ at: '2025-03-01T08:15:00Z', room: 'bath' })` and a
// small hand-countable household (`given.household()`), so expectations can be computed by hand.

import type { Capture, Device, Room } from '../../../shared/model';

let seq = 0;

type CaptureSpec = Partial<Capture> & {
  /** ISO instant with offset or Z. */
  at?: string;
  /** Room id (also sets the device's room when `device` is not given). */
  room?: string;
  device?: string;
};

export const given = {
  capture(spec: CaptureSpec = {}): Capture {
    seq += 1;
    const { at, room, device, ...rest } = spec;
    return {
      id: `c${String(seq).padStart(4, '0')}`,
      source: 'alexa-archive',
      ts: at ? Date.parse(at) : Date.UTC(2025, 0, 1, 12),
      transcriptStatus: rest.transcript ? 'ok' : 'missing',
      category: 'unclear',
      categoryConfidence: 0.9,
      flags: [],
      importIds: ['import-1'],
      ...(room ? { roomId: room } : {}),
      ...(device ? { deviceId: device } : {}),
      ...rest,
    };
  },
  room(id: string, name: string, kind: Room['kind'], isPrivate = kind === 'bathroom' || kind === 'bedroom'): Room {
    return { id, name, kind, private: isPrivate };
  },
  device(id: string, name: string, roomId: string | undefined, provider: Device['provider'] = 'amazon'): Device {
    return { id, name, registered: true, provider, ...(roomId ? { roomId } : {}) };
  },
  /**
   * Four rooms, four devices, twelve captures in Europe/Berlin (UTC+1 in winter, UTC+2 from 30 March 2025).
   * Hand counts are written next to each capture.
   */
  household() {
    const rooms = [
      given.room('kitchen', 'Küche', 'kitchen'),
      given.room('bath', 'Bad', 'bathroom'),
      given.room('bed', 'Schlafzimmer', 'bedroom'),
      given.room('kids', 'Kinderzimmer', 'kids'),
    ];
    const devices = [
      given.device('EK1', 'Echo Küche', 'kitchen'),
      given.device('EB1', 'Bad Echo Dot', 'bath'),
      given.device('ES1', 'Schlafzimmer Echo', 'bed'),
      given.device('GK1', 'Nest Kinderzimmer', 'kids', 'google'),
    ];
    const c = (at: string, device: string, room: string, extra: Partial<Capture> = {}) =>
      given.capture({ at, device, room, ...extra });
    const captures = [
      // 2024-11: 2 captures (kitchen 08:00 local, kitchen 18:00 local)
      c('2024-11-05T07:00:00Z', 'EK1', 'kitchen', {
        transcript: 'wie wird das wetter',
        category: 'weather',
        groupId: 'g-weather',
        providerRecordId: 'utt-001',
      }),
      c('2024-11-20T17:00:00Z', 'EK1', 'kitchen', {
        transcript: 'wie wird das wetter',
        category: 'weather',
        groupId: 'g-weather',
        providerRecordId: 'utt-002',
      }),
      // 2024-12: none
      // 2025-01: 3 captures
      c('2025-01-10T07:00:00Z', 'EK1', 'kitchen', {
        transcript: 'ruf Anna Schmidt an',
        category: 'communication',
        flags: ['sensitive:identity'],
        providerRecordId: 'utt-003',
      }),
      c('2025-01-11T22:30:00Z', 'EB1', 'bath', {
        transcriptStatus: 'not-intended',
        category: 'unclear',
        flags: ['accidental', 'night', 'private-room'],
        providerRecordId: 'utt-004',
      }),
      c('2025-01-12T23:10:00Z', 'ES1', 'bed', {
        transcript: 'ich habe meine tabletten vergessen',
        category: 'unclear',
        flags: ['accidental', 'night', 'private-room', 'sensitive:health'],
        providerRecordId: 'utt-005',
      }),
      // 2025-02: 3 captures
      c('2025-02-01T15:00:00Z', 'GK1', 'kids', {
        source: 'google-takeout',
        transcript: 'spiel benjamin blümchen',
        category: 'media',
        flags: ['child'],
        groupId: 'g-media',
      }),
      c('2025-02-02T15:30:00Z', 'GK1', 'kids', {
        source: 'google-takeout',
        transcript: 'spiel benjamin blümchen',
        category: 'media',
        flags: ['child'],
        groupId: 'g-media',
      }),
      c('2025-02-03T07:00:00Z', 'EK1', 'kitchen', {
        transcript: 'wie wird das wetter',
        category: 'weather',
        groupId: 'g-weather',
        providerRecordId: 'utt-006',
      }),
      // 2025-03: 2 captures
      c('2025-03-01T08:00:00Z', 'EB1', 'bath', {
        transcriptStatus: 'not-understood',
        category: 'unclear',
        flags: ['not-understood', 'private-room'],
        providerRecordId: 'utt-007',
      }),
      c('2025-03-15T16:00:00Z', 'GK1', 'kids', {
        source: 'google-takeout',
        transcript: 'meine pin ist 4711 sag das nicht Lena',
        category: 'chitchat',
        flags: ['child', 'sensitive:finance'],
      }),
      // 2025-04: 1 capture (CEST: 02:00Z = 04:00 local, night, bedroom)
      c('2025-04-02T02:00:00Z', 'ES1', 'bed', {
        transcriptStatus: 'not-intended',
        category: 'unclear',
        flags: ['accidental', 'night', 'private-room'],
        providerRecordId: 'utt-008',
      }),
      // foreign (excluded by default): a stranger's device
      c('2025-02-10T10:00:00Z', 'XX9', 'bed', {
        transcript: 'Geheimnis des Fremden',
        category: 'chitchat',
        flags: ['foreign'],
        providerRecordId: 'stranger-1',
      }),
    ];
    return { rooms, devices, captures, timeZone: 'Europe/Berlin' };
  },
};
