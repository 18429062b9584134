// German vs English per capture. Hand-written on purpose: transcripts are a few words long, only two
// languages matter, and function words plus German letter patterns decide them reliably without
// shipping a 1 MB language-ID model. Ties (e.g. a bare song title) go to the household default.

import { foldText } from './normalise';

const DE_WORDS = new Set(
  (
    'der die das den dem des ein eine einen einem einer und oder ist sind bin bist war wird werden wie was wer wo ' +
    'wann warum welche welcher welches ich du er sie es wir ihr mich mir dich dir mein meine meinen meinem ' +
    'dein deine nicht kein keine bitte mal auf aus an im in ins zum zur mit fuer von vom bei nach ueber unter ' +
    'vor hinter heute morgen gestern jetzt noch schon auch aber doch ja nein danke spiele spiel spiel mach mache ' +
    'schalte stelle stell setze setz zeige zeig sag sage erzaehl erinnere wecke weck wetter uhr licht lichter ' +
    'lauter leiser naechste naechsten naechstes zurueck weiter musik lied liste einkaufsliste hinzu hinzufuegen ' +
    'wieviel wieviele viel gibt gib habe hab hast hat kannst koennen kann soll sollte muss regnet regen grad ' +
    'grade wecker minuten stunden sekunden bis um einschalten ausschalten aus ein ab auf zu sehr gut nacht ' +
    'guten morgen abend tag woche uhrzeit datum heizung rolladen rollladen jalousie wohnzimmer kueche ' +
    'schlafzimmer bad flur kinderzimmer buero garten temperatur'
  ).split(' '),
);
const EN_WORDS = new Set(
  (
    'the a an and or is are am was were will be been what whats how who where when why which i you he she it we ' +
    'they me my your our not no please on off in at to for of from with by about up down today tomorrow ' +
    'yesterday now still also but yes thanks thank play set turn show tell remind wake weather time light ' +
    'lights louder quieter next previous back song music list shopping add can could would should do does did ' +
    'have has there this that these those minutes hours seconds until timer alarm good night morning evening ' +
    'week date heating kitchen living room bedroom bathroom hallway office garden temperature open close ' +
    'stop cancel pause resume start any some much many its lets let find search book call send read'
  ).split(' '),
);
// Words spelled the same in both languages carry no evidence.
const SHARED = ['in', 'an', 'so', 'am', 'was', 'will', 'also', 'bitte', 'start', 'stop', 'timer', 'alarm', 'ab'];
for (const w of SHARED) {
  DE_WORDS.delete(w);
  EN_WORDS.delete(w);
}

const DE_PATTERNS = /(?:sch|tz|ie\b|ei|ung\b|lich\b|keit\b|chen\b|[äöüß])/g;
const EN_PATTERNS = /(?:th|wh|ing\b|ly\b|tion\b|ou|ea|w[aeiou]|\by)/g;

export type Language = 'de' | 'en';

export function languageScores(text: string, folded: string = foldText(text)): { de: number; en: number } {
  // NFC changes nothing for ASCII and precomposed umlauts, which almost every transcript is.
  const lower = (/[^ -~äöüßÄÖÜ]/.test(text) ? text.normalize('NFC') : text).toLowerCase();
  const tokens = folded.split(' ');
  let de = 0;
  let en = 0;
  for (const token of tokens) {
    if (DE_WORDS.has(token)) de += 2;
    if (EN_WORDS.has(token)) en += 2;
  }
  // Letter patterns break ties for content words ("Rollläden hoch", "thermostat"); weighted low.
  de += 0.4 * (lower.match(DE_PATTERNS)?.length ?? 0);
  en += 0.4 * (lower.match(EN_PATTERNS)?.length ?? 0);
  if (/[äöüß]/.test(lower)) de += 3;
  return { de, en };
}

/** `folded` = foldText(text), when the caller has it already (saves a second fold per capture). */
export function detectLanguage(text: string, fallback: Language = 'en', folded?: string): Language {
  const { de, en } = languageScores(text, folded);
  if (de === en) return fallback;
  return de > en ? 'de' : 'en';
}
