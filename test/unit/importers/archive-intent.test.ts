// Amazon archive Intent CSVs that carry Amazon's own understanding next to the text (a domain and an intent
// column, or one "Domain/Intent" cell): the intent is used before the text classifier, third-party skills fall
// back to the text, and the CLI report names it — through the same analysis the CLI and the app run.
import { describe, expect, it } from 'vitest';
import { buildReport, capturesCsv } from '../../../electron/cli/commands/analyze-report';
import type { UserFile } from '../../../shared/archive/index';
import { analyzeFiles } from '../../../shared/pipeline/analyze';
import { zipBytes } from '../../fixtures/zip-write';

const T0 = Date.UTC(2021, 2, 8, 17, 30, 0);
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();
const file = (path: string, data: Uint8Array<ArrayBuffer> | string): UserFile => ({
  path,
  blob: new Blob([data]),
  lastModified: T0,
});

async function analyse(csv: string) {
  const zip = await zipBytes([{ name: 'Alexa/Alexa.Intent/Intent-1-1.csv', data: csv }]);
  const outcome = await analyzeFiles([file('Alexa.zip', zip as Uint8Array<ArrayBuffer>)], {
    timeZone: 'Europe/Berlin',
    analyseAudio: false,
  });
  if (outcome.kind !== 'done') throw new Error('not read');
  return outcome;
}

describe('Intent CSV with Amazon’s domain and intent', () => {
  it('takes the category from Amazon where it says something, and from the text where it does not', async () => {
    const outcome = await analyse(
      [
        'Domain,Intent,Utterance text,Utterance Creation Date',
        `Music,PlayMusicIntent,"die ärzte",${at(0)}`,
        `amzn1.ask.skill.0f1e_Live,GetFactIntent,"wie wird das wetter morgen",${at(5)}`,
        `Data Not Available,Data Not Available,"mach das licht in der küche aus",${at(10)}`,
        `HomeAutomation,TurnOffApplianceIntent,"wohnzimmer",${at(15)}`,
      ].join('\n'),
    );
    const byText = new Map(outcome.captures.map((c) => [c.transcript, c]));
    expect(byText.get('die ärzte')).toMatchObject({
      category: 'media',
      categorySource: 'provider',
      providerIntent: { provider: 'amazon', domain: 'Music', intent: 'PlayMusicIntent' },
    });
    expect(byText.get('wohnzimmer')).toMatchObject({ category: 'smarthome', categorySource: 'provider' });
    expect(byText.get('wie wird das wetter morgen')).toMatchObject({ category: 'weather', categorySource: 'text' });
    const unavailable = byText.get('mach das licht in der küche aus')!;
    expect(unavailable).toMatchObject({ category: 'smarthome', categorySource: 'text' });
    expect(unavailable.providerIntent).toBeUndefined();

    const report = buildReport(
      outcome.merged.results,
      { ...outcome.merged, captures: outcome.captures },
      [],
      'Europe/Berlin',
    );
    const music = report.captures.find((c) => c.transcript === 'die ärzte')!;
    expect(music).toMatchObject({
      providerIntent: 'Music/PlayMusicIntent',
      categorySource: 'provider',
      kind: 'capture',
    });
    const csv = capturesCsv(report.captures);
    expect(csv).toMatch(/,media,[\d.]+,provider,Music\/PlayMusicIntent,/);
  });

  it('reads one "Domain/Intent" cell; a bare intent name, which says no domain, is left to the text', async () => {
    const outcome = await analyse(
      [
        'Currently Playing Song,Intent,Utterance text,Utterance Creation Date',
        `Not Available,Weather/GetWeatherForecastIntent,"und morgen",${at(0)}`,
        `Not Available,PlayMusicIntent,"wie spät ist es",${at(5)}`,
      ].join('\n'),
    );
    const byText = new Map(outcome.captures.map((c) => [c.transcript, c]));
    expect(byText.get('und morgen')).toMatchObject({
      category: 'weather',
      categorySource: 'provider',
      providerIntent: { domain: 'Weather', intent: 'GetWeatherForecastIntent' },
    });
    expect(byText.get('wie spät ist es')).toMatchObject({ category: 'knowledge', categorySource: 'text' });
  });
});
