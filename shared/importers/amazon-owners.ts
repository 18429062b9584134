// The devices and the account an Amazon utterance export (voice history, old activities file) names: neither
// has a device list, so both are read off the captures themselves. See docs/formats.md.

import { inferRoom } from '../rooms';
import type { RawCapture, RawDevice } from './types';

export function amazonOwners(captures: readonly RawCapture[]): { devices: RawDevice[]; accountId?: string } {
  const devices = new Map<string, RawDevice>();
  const customers = new Map<string, number>();
  for (const capture of captures) {
    if (capture.accountId) customers.set(capture.accountId, (customers.get(capture.accountId) ?? 0) + 1);
    if (!capture.deviceId || devices.has(capture.deviceId)) continue;
    const name = capture.deviceName ?? capture.deviceId;
    devices.set(capture.deviceId, {
      id: capture.deviceId,
      name,
      registered: false,
      provider: 'amazon',
      roomHint: inferRoom(name)?.name,
    });
  }
  // The export's owner is the account most of its records name; a shared device can add a few of another's.
  const accountId = [...customers.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { devices: [...devices.values()], accountId };
}
