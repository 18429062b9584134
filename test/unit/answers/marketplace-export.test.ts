// The direct route's Amazon site comes from the export itself where it says so: the archive's
// Device_Session_Events table names the Marketplace and each device's locale (docs/formats.md §1.1).
import { describe, expect, it } from 'vitest';
import type { UserFile } from '../../../shared/archive/index';
import { guessMarketplace, mergeHints } from '../../../shared/deletion/marketplaces';
import { analyzeFiles } from '../../../shared/pipeline/analyze';
import { zipBytes } from '../../fixtures/zip-write';

const T0 = Date.UTC(2026, 5, 8, 17, 30, 0);
const file = (path: string, data: Uint8Array<ArrayBuffer>): UserFile => ({
  path,
  blob: new Blob([data]),
  lastModified: T0,
});
const SESSIONS =
  'Additional Data/Alexa and Echo Devices.Device_Session_Events/Alexa and Echo Devices.Device_Session_Events.csv';
const INTENT = 'Additional Data/Alexa/Alexa/NLU/Intent-2-1.csv';

async function hintsOf(sessions: string) {
  const intent = `Utterance text,Utterance Creation Date\nalexa wie spät ist es,${new Date(T0).toISOString()}\n`;
  const zip = await zipBytes([
    { name: INTENT, data: intent },
    { name: SESSIONS, data: sessions },
  ]);
  const outcome = await analyzeFiles([file('All Data Categories.1.zip', zip as Uint8Array<ArrayBuffer>)], {
    timeZone: 'Europe/Berlin',
    analyseAudio: false,
  });
  if (outcome.kind !== 'done') throw new Error('not read');
  expect(outcome.captures).toHaveLength(1); // the sessions table adds no recordings
  return mergeHints(...outcome.merged.results.map((r) => r.marketplaceHints));
}

describe('Amazon marketplace from the export', () => {
  it('reads the Marketplace column of the session events, over the household’s time zone', async () => {
    const hints = await hintsOf(
      [
        'Device Type,Device Application,Device Locale,Marketplace,Event Creation Date',
        'A3S5BH2HU6VAYF,Alexa,en-GB,UK,2026-06-01T08:00:00.000Z',
        'A3S5BH2HU6VAYF,Alexa,de-DE,UK,2026-06-01T09:00:00.000Z',
        'A3S5BH2HU6VAYF,Alexa,de-DE,Not Available,2026-06-01T10:00:00.000Z',
      ].join('\n'),
    );
    expect(hints).toEqual({ marketplace: { UK: 2 }, locale: { 'en-GB': 1, 'de-DE': 2 } });
    // A German-speaking household on amazon.co.uk: the marketplace column wins over locales and the zone.
    expect(guessMarketplace({ hints, timeZone: 'Europe/Berlin' })).toEqual({ id: 'UK', basis: 'export' });
  });

  it('falls back to the devices’ locales when there is no marketplace column, then to the time zone', async () => {
    const hints = await hintsOf(
      ['Device Type,Device Locale,Event Creation Date', 'X,fr-FR,2026-06-01T08:00:00.000Z'].join('\n'),
    );
    expect(guessMarketplace({ hints, timeZone: 'Europe/Berlin' })).toEqual({ id: 'FR', basis: 'export' });
    const none = mergeHints(undefined, { marketplace: { 'Not Available': 3, __proto__x: 1 }, locale: {} });
    expect(none).toEqual({ marketplace: {}, locale: {} });
    expect(guessMarketplace({ hints: none, timeZone: 'Europe/Berlin' })).toEqual({ id: 'DE', basis: 'time-zone' });
  });

  it('adds up the evidence of several imports', () => {
    const a = { marketplace: { 'www.amazon.fr': 1 }, locale: {} };
    const b = { marketplace: { A1PA6795UKMFR9: 3 }, locale: { 'de-AT': 1 } };
    expect(guessMarketplace({ hints: mergeHints(a, b) }).id).toBe('DE');
    expect(guessMarketplace({ hints: mergeHints(a, b, a, a, a) }).id).toBe('FR');
  });
});
