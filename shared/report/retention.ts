// Retention simulation: how many captures a household would still have if Amazon's or Google's auto-delete
// (3 or 18 months, docs/architecture.md "Letters and the law") had been on, as of a given day. Auto-delete only touches
// that provider's captures; Home Assistant and folder captures stay. Months are calendar months (end clamped).

import { addCalendarMonths } from '../gdpr/deadlines';
import { localDate, type IsoDate } from '../i18n-format';
import type { Capture, Source } from '../model';

export type RetentionProvider = 'amazon' | 'google';

const PROVIDER_SOURCES: Record<RetentionProvider, readonly Source[]> = {
  amazon: ['alexa-archive', 'alexa-history'],
  google: ['google-takeout'],
};

export interface RetentionScenario {
  provider: RetentionProvider;
  months: 3 | 18;
  /** Captures older than this local day would have been deleted. */
  cutoff: IsoDate;
  /** This provider's captures now stored. */
  providerTotal: number;
  /** This provider's captures that auto-delete would have kept. */
  providerRemaining: number;
  /** All captures the household would still have (other providers untouched). */
  householdRemaining: number;
}

export interface RetentionSimulation {
  asOf: IsoDate;
  total: number;
  scenarios: RetentionScenario[];
}

/** `localDays`: the captures' local days when the caller has them already (same order as `captures`). */
export function simulateRetention(
  captures: readonly Capture[],
  asOf: IsoDate,
  timeZone: string,
  localDays?: readonly IsoDate[],
): RetentionSimulation {
  const days = captures.map((c, i) => ({ source: c.source, day: localDays?.[i] ?? localDate(c.ts, timeZone) }));
  const scenarios: RetentionScenario[] = [];
  for (const provider of ['amazon', 'google'] as const) {
    const sources = PROVIDER_SOURCES[provider];
    const own = days.filter((d) => sources.includes(d.source));
    for (const months of [3, 18] as const) {
      const cutoff = addCalendarMonths(asOf, -months);
      const kept = own.filter((d) => d.day >= cutoff).length;
      scenarios.push({
        provider,
        months,
        cutoff,
        providerTotal: own.length,
        providerRemaining: kept,
        householdRemaining: captures.length - (own.length - kept),
      });
    }
  }
  return { asOf, total: captures.length, scenarios };
}
