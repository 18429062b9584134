// Small valid documents of every text format Earshot imports; the fuzzers mutate them so the parsers are
// exercised past their first check. seeds.test asserts each seed really parses, so the fuzzing starts
// from inputs the importers accept.

import { voiceHistoryRecord } from '../../fixtures/voice-history';

const record = (ts: number, text: string) => voiceHistoryRecord(ts, text, { reply: 'OK' });

export const VOICE_HISTORY = {
  path: 'alexa-voice-history/voice-history.json',
  text: JSON.stringify([
    {
      customerHistoryRecords: [record(1792308137534, 'alexa wie spät ist es'), record(1792308237534, 'alexa licht an')],
      encodedRequestToken: null,
      noDataFoundWithinTimeLimit: false,
    },
  ]),
};

export const TAKEOUT_JSON = {
  path: 'Takeout/My Activity/Assistant/MyActivity.json',
  text: JSON.stringify([
    {
      header: 'Assistant',
      title: 'Said “ok google what time is it”',
      titleUrl: 'https://www.google.com/search?q=time',
      audioFiles: ['2026-10-19_05_10_24_325_UTC.mp3'],
      time: '2026-10-19T05:10:21.425Z',
      products: ['Assistant'],
      details: [{ name: 'Started by hotword' }],
      subtitles: [{ name: 'It is 7:10.' }],
    },
    { header: 'Search', title: 'Searched for weather', time: '2026-10-19T05:11:21.425Z', products: ['Search'] },
  ]),
};

const cell = (text: string, when: string) =>
  `<div class="outer-cell mdl-cell mdl-cell--12-col mdl-shadow--2dp"><div class="mdl-grid"><div class="header-cell mdl-cell mdl-cell--12-col"><p class="mdl-typography--title">Assistant<br></p></div><div class="content-cell mdl-cell mdl-cell--6-col mdl-typography--body-1">Said <a href="https://www.google.com/search?q=x">${text}</a><br>${when}<br><audio controls><source src="2026-10-22_17_37_03_518_UTC.mp3"></audio></div><div class="content-cell mdl-cell mdl-cell--12-col mdl-typography--caption"><b>Products:</b><br>&emsp;Assistant<br><b>Details:</b><br>&emsp;Started by hotword<br></div></div></div>`;

export const TAKEOUT_HTML = {
  path: 'Takeout/My Activity/Assistant/MyActivity.html',
  text: `<!DOCTYPE html><html><head><meta charset="UTF-8"><title>My Activity</title></head><body><div class="mdl-grid">${cell(
    'ok google what time is it',
    'Oct 22, 2026, 7:37:00 PM CEST',
  )}${cell('turn on the &amp; lights', 'Oct 25, 2026, 6:04:15 PM CET')}</div></body></html>`,
};

export const INTENT_CSV = {
  path: 'Additional Data/Alexa/Alexa/NLU/Intent-1-1.csv',
  text:
    '\uFEFFCurrently Playing Song,Screen Contents,Contact Name,Utterance text,Utterance Creation Date\n' +
    'Not Available,Not Available,Not Available,"alexa wie wird das wetter morgen",2026-10-19T07:00:00.250Z\n' +
    'Not Available,Not Available,Not Available,"alexa erinnere mich, die ""miete"" zu überweisen",2026-10-18T08:52:11.143Z\n',
};

export const SEEDS = [VOICE_HISTORY, TAKEOUT_JSON, TAKEOUT_HTML, INTENT_CSV];
