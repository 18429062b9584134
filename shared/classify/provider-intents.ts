// The provider's own understanding of a request (Alexa voice history `domain`/`intent`) mapped to our categories
// (docs/taxonomy.md). Amazon's domain is evidence the text classifier cannot have — follow-up turns such as "ja"
// or a song title mean nothing alone — so it is used before the text. Domains that say nothing about the request
// (`Unknown`, third-party skills `amzn1.ask.skill.…`, `Echo.SDK`) return undefined and the text decides.

import type { Category, ProviderIntent } from '../model';

const AMAZON_DOMAINS: Record<string, Category> = {
  music: 'media',
  video: 'media',
  books: 'media',
  audible: 'media',
  kindle: 'media',
  podcasts: 'media',
  radio: 'media',
  audioplayer: 'media',
  mediaplayer: 'media',
  weather: 'weather',
  knowledge: 'knowledge',
  localsearch: 'knowledge',
  information: 'knowledge',
  translation: 'knowledge',
  recipes: 'knowledge',
  traffic: 'knowledge',
  calendar: 'calendar',
  reminders: 'calendar',
  alarms: 'alarms',
  timers: 'alarms',
  homeautomation: 'smarthome',
  smarthome: 'smarthome',
  todos: 'shopping',
  shopping: 'shopping',
  shoppinglist: 'shopping',
  communications: 'communication',
  communication: 'communication',
  calling: 'communication',
  messaging: 'communication',
  announcements: 'communication',
  dailybriefing: 'news',
  news: 'news',
  sports: 'news',
  flashbriefing: 'news',
  chitchat: 'chitchat',
  fun: 'chitchat',
  games: 'chitchat',
};

// Intent names that decide where the domain alone cannot (Notifications holds reminders and alarms alike).
const INTENT_HINTS: [RegExp, Category][] = [
  [/reminder/i, 'calendar'],
  [/alarm|timer|snooze|wakeup/i, 'alarms'],
];

/** System intents that are a request after all (volume, stop); the rest (wake word …) tell nothing. */
const SYSTEM_INTENTS: [RegExp, Category][] = [
  [/volume|mute|louder|quieter/i, 'media'],
  [/stop|cancel|pause|nevermind/i, 'chitchat'],
];

/** Our category for the provider's intent, or undefined when it tells nothing (the text decides). */
export function categoryOfProviderIntent(intent: ProviderIntent | undefined): Category | undefined {
  if (!intent || intent.provider !== 'amazon') return undefined;
  const domain = intent.domain.trim();
  const name = intent.intent?.trim() ?? '';
  if (!domain || /^unknown$/i.test(domain) || /^amzn1\.ask\.skill\./i.test(domain) || /^echo\.sdk$/i.test(domain))
    return undefined;
  const key = domain.toLowerCase().replace(/[^a-z]/g, '');
  if (key === 'notifications' || key === 'notification') {
    const hint = INTENT_HINTS.find(([pattern]) => pattern.test(name));
    return hint?.[1] ?? 'calendar';
  }
  if (key === 'global') {
    // Stop/Cancel/Thanks are chit-chat & control; a yes or no belongs to the dialogue it answers, so it tells
    // nothing on its own (the follow-up rule or the text decides); other global intents tell nothing either.
    if (/yes|^no(intent)?$|^amazon\.no/i.test(name)) return undefined;
    return /stop|cancel|nevermind|thank|help/i.test(name) ? 'chitchat' : undefined;
  }
  if (key === 'system') return SYSTEM_INTENTS.find(([pattern]) => pattern.test(name))?.[1];
  return AMAZON_DOMAINS[key];
}
