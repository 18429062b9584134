// Words a foreign reason in the UI language. The stored reason carries its code (FlagReason.kind) and an
// English sentence; the values for the translated sentence come from the capture itself.

import type { TFunction } from 'i18next';
import { parseRecordKey } from '../../../shared/foreign/score';
import type { Capture, Device, Room } from '../../../shared/model';

const CODES = ['account-mismatch', 'device-unregistered', 'voice-unknown', 'room-unknown', 'content-unfamiliar'];

export function foreignReasonTexts(
  clip: Capture,
  devices: readonly Device[],
  rooms: readonly Room[],
  t: TFunction,
): string[] {
  const account = clip.accountId ?? parseRecordKey(clip.providerRecordId)?.customerId ?? '?';
  const device = devices.find((d) => d.id === clip.deviceId)?.name ?? clip.deviceId ?? '?';
  const room = rooms.find((r) => r.id === clip.roomId)?.name ?? clip.roomId ?? '?';
  return (clip.flagReasons ?? [])
    .filter((r) => r.flag === 'foreign')
    .map((r) => (CODES.includes(r.kind) ? t(`quarantine.reason.${r.kind}`, { account, device, room }) : r.detail));
}
