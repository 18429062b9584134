// The direct route to deletion, next to the letter: what to enter in the provider's own privacy pages to
// delete the same recordings now (date range, devices) and to turn on auto-delete. Earshot opens nothing —
// it shows the steps and an address the user may copy. The addresses per marketplace are in ./marketplaces.

import { localDate, type IsoDate } from '../i18n-format';
import type { Capture, Device } from '../model';

export type DirectProvider = 'amazon' | 'google';

export interface DirectScope {
  provider: DirectProvider;
  /** First and last local day of the provider's captures in the selection. */
  from: IsoDate;
  to: IsoDate;
  count: number;
  /** Device names as the provider's app shows them, sorted. */
  devices: string[];
}

const PROVIDER_OF: Partial<Record<Capture['source'], DirectProvider>> = {
  'alexa-archive': 'amazon',
  'alexa-history': 'amazon',
  'google-takeout': 'google',
};

/** One scope per provider that has captures in the selection (Home Assistant and folders have no provider). */
export function directScopes(
  captures: readonly Pick<Capture, 'ts' | 'source' | 'deviceId'>[],
  devices: readonly Pick<Device, 'id' | 'name'>[],
  timeZone: string,
): DirectScope[] {
  const names = new Map(devices.map((d) => [d.id, d.name]));
  const scopes = new Map<DirectProvider, { min: number; max: number; count: number; devices: Set<string> }>();
  for (const c of captures) {
    const provider = PROVIDER_OF[c.source];
    if (!provider) continue;
    let scope = scopes.get(provider);
    if (!scope) {
      scope = { min: c.ts, max: c.ts, count: 0, devices: new Set() };
      scopes.set(provider, scope);
    }
    scope.min = Math.min(scope.min, c.ts);
    scope.max = Math.max(scope.max, c.ts);
    scope.count++;
    if (c.deviceId) scope.devices.add(names.get(c.deviceId) ?? c.deviceId);
  }
  return (['amazon', 'google'] as const).flatMap((provider) => {
    const s = scopes.get(provider);
    return s
      ? [
          {
            provider,
            from: localDate(s.min, timeZone),
            to: localDate(s.max, timeZone),
            count: s.count,
            devices: [...s.devices].sort((a, b) => a.localeCompare(b)),
          },
        ]
      : [];
  });
}
