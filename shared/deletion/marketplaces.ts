// Which Amazon marketplace a household's Alexa account lives on, and the Alexa Privacy addresses and page
// labels there. Austria and Switzerland have no Alexa marketplace of their own: their accounts are on
// amazon.de. Google's My Activity is one address worldwide (its page language follows the Google account).
// The marketplace is taken from the export where it says so (a marketplace code, id or domain, a device
// locale such as `de-AT`), else guessed from the household's time zone, else the user chooses
// (docs/formats.md, "Amazon archive").

import type { MarketplaceHints } from '../importers/types';

export type MarketplaceId = 'DE' | 'AT' | 'CH' | 'UK' | 'US' | 'FR' | 'IT' | 'ES' | 'CA' | 'IE';
export type PageLanguage = 'de' | 'en' | 'fr' | 'it' | 'es';

export interface Marketplace {
  id: MarketplaceId;
  /** Retail host whose Alexa Privacy pages hold the account's recordings. */
  host: string;
  /** Language the provider's pages are shown in there. */
  pageLanguage: PageLanguage;
  /** How dates are typed into the provider's date fields there (BCP 47). */
  dateLocale: string;
}

export const MARKETPLACES: Record<MarketplaceId, Marketplace> = {
  DE: { id: 'DE', host: 'www.amazon.de', pageLanguage: 'de', dateLocale: 'de-DE' },
  AT: { id: 'AT', host: 'www.amazon.de', pageLanguage: 'de', dateLocale: 'de-AT' },
  CH: { id: 'CH', host: 'www.amazon.de', pageLanguage: 'de', dateLocale: 'de-CH' },
  UK: { id: 'UK', host: 'www.amazon.co.uk', pageLanguage: 'en', dateLocale: 'en-GB' },
  IE: { id: 'IE', host: 'www.amazon.co.uk', pageLanguage: 'en', dateLocale: 'en-IE' },
  US: { id: 'US', host: 'www.amazon.com', pageLanguage: 'en', dateLocale: 'en-US' },
  CA: { id: 'CA', host: 'www.amazon.ca', pageLanguage: 'en', dateLocale: 'en-CA' },
  FR: { id: 'FR', host: 'www.amazon.fr', pageLanguage: 'fr', dateLocale: 'fr-FR' },
  IT: { id: 'IT', host: 'www.amazon.it', pageLanguage: 'it', dateLocale: 'it-IT' },
  ES: { id: 'ES', host: 'www.amazon.es', pageLanguage: 'es', dateLocale: 'es-ES' },
};

/** Order of the chooser: the German-speaking households first. */
export const MARKETPLACE_ORDER: readonly MarketplaceId[] = ['DE', 'AT', 'CH', 'UK', 'IE', 'US', 'CA', 'FR', 'IT', 'ES'];

/**
 * Names of the Alexa Privacy entries as the provider's page shows them, in its own language, so the user
 * finds them by sight. Only the pages' titles: the controls inside are described in the app's language.
 */
export const AMAZON_PAGE_LABELS: Record<PageLanguage, { privacy: string; history: string; manage: string }> = {
  de: { privacy: 'Alexa-Datenschutz', history: 'Sprachverlauf überprüfen', manage: 'Alexa-Daten verwalten' },
  en: { privacy: 'Alexa Privacy', history: 'Review Voice History', manage: 'Manage Your Alexa Data' },
  fr: {
    privacy: 'Confidentialité Alexa',
    history: 'Consulter l’historique vocal',
    manage: 'Gérer vos données Alexa',
  },
  it: { privacy: 'Privacy Alexa', history: 'Rivedi cronologia vocale', manage: 'Gestisci i tuoi dati Alexa' },
  es: {
    privacy: 'Privacidad de Alexa',
    history: 'Revisar el historial de voz',
    manage: 'Administrar tus datos de Alexa',
  },
};

export function amazonAddresses(id: MarketplaceId): { review: string; autoDelete: string } {
  const host = MARKETPLACES[id].host;
  return { review: `https://${host}/alexa-privacy/apd/rvh`, autoDelete: `https://${host}/alexa-privacy/apd/myad` };
}

export const GOOGLE_ADDRESSES = {
  review: 'https://myactivity.google.com/product/assistant',
  autoDelete: 'https://myactivity.google.com/activitycontrols',
} as const;

/** A day (`YYYY-MM-DD`) as the marketplace's date fields expect it: 01.06.2026, 01/06/2026, 06/01/2026. */
export function dateForInput(day: string, id: MarketplaceId): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(MARKETPLACES[id].dateLocale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(y!, m! - 1, d!));
}

/** Amazon's marketplace ids (as in the Data Portability API and the archive's CSVs). */
const MARKETPLACE_IDS: Record<string, MarketplaceId> = {
  A1PA6795UKMFR9: 'DE',
  A1F83G8C2ARO7P: 'UK',
  ATVPDKIKX0DER: 'US',
  A2EUQ1WTGCTBG2: 'CA',
  A13V1IB3VIYZZH: 'FR',
  APJ6JRA9NG5V4: 'IT',
  A1RKKUPIHCS9HS: 'ES',
};
const DOMAINS: Record<string, MarketplaceId> = {
  'amazon.de': 'DE',
  'amazon.co.uk': 'UK',
  'amazon.com': 'US',
  'amazon.ca': 'CA',
  'amazon.fr': 'FR',
  'amazon.it': 'IT',
  'amazon.es': 'ES',
};
const COUNTRIES: Record<string, MarketplaceId> = {
  DE: 'DE',
  AT: 'AT',
  CH: 'CH',
  LI: 'CH',
  GB: 'UK',
  UK: 'UK',
  IE: 'IE',
  US: 'US',
  CA: 'CA',
  FR: 'FR',
  BE: 'FR',
  IT: 'IT',
  ES: 'ES',
};
const TIME_ZONES: Record<string, MarketplaceId> = {
  'Europe/Berlin': 'DE',
  'Europe/Busingen': 'DE',
  'Europe/Vienna': 'AT',
  'Europe/Zurich': 'CH',
  'Europe/Vaduz': 'CH',
  'Europe/London': 'UK',
  'Europe/Dublin': 'IE',
  'Europe/Paris': 'FR',
  'Europe/Rome': 'IT',
  'Europe/Madrid': 'ES',
  'Atlantic/Canary': 'ES',
};

/** One value from an export (a marketplace code, id or domain, or a locale like `de-AT`) as a marketplace. */
export function marketplaceOf(value: string): MarketplaceId | undefined {
  const v = value.trim();
  if (MARKETPLACE_IDS[v]) return MARKETPLACE_IDS[v];
  const domain = /amazon\.[a-z.]+/i.exec(v)?.[0].toLowerCase();
  if (domain && DOMAINS[domain]) return DOMAINS[domain];
  const country = /^(?:[a-z]{2,3}[-_])?([a-z]{2})$/i.exec(v)?.[1]?.toUpperCase();
  return country ? COUNTRIES[country] : undefined;
}

export type MarketplaceBasis = 'export' | 'time-zone' | 'none';

/** Hints of several exports (or imports) added up. */
export function mergeHints(...all: (MarketplaceHints | undefined)[]): MarketplaceHints {
  const out: MarketplaceHints = { marketplace: {}, locale: {} };
  for (const hints of all)
    for (const key of ['marketplace', 'locale'] as const)
      for (const [value, count] of Object.entries(hints?.[key] ?? {}))
        if (marketplaceOf(value)) out[key][value] = (out[key][value] ?? 0) + count;
  return out;
}

function mostVoted(values: Iterable<[string, number]>): MarketplaceId | undefined {
  const votes = new Map<MarketplaceId, number>();
  for (const [value, count] of values) {
    const id = marketplaceOf(value);
    if (id) votes.set(id, (votes.get(id) ?? 0) + count);
  }
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * The marketplace the evidence points to: the export's Marketplace column (the most frequent known value),
 * else its device locales, else other values of the export, else the household's time zone (America/* is
 * the US unless it is a Canadian zone), else none — then the user chooses, and the German marketplace is
 * preselected. A device locale only says which language a device speaks, so a marketplace column wins.
 */
export function guessMarketplace(evidence: {
  hints?: MarketplaceHints;
  exportValues?: readonly string[];
  timeZone?: string;
}): {
  id: MarketplaceId;
  basis: MarketplaceBasis;
} {
  const fromExport =
    mostVoted(Object.entries(evidence.hints?.marketplace ?? {})) ??
    mostVoted(Object.entries(evidence.hints?.locale ?? {})) ??
    mostVoted((evidence.exportValues ?? []).map((v) => [v, 1] as [string, number]));
  if (fromExport) return { id: fromExport, basis: 'export' };
  const zone = evidence.timeZone ?? '';
  const byZone =
    TIME_ZONES[zone] ??
    (/^America\/(Toronto|Vancouver|Montreal|Edmonton|Winnipeg|Halifax|Regina|St_Johns)$/.test(zone)
      ? 'CA'
      : zone.startsWith('America/') || zone.startsWith('US/') || zone === 'Pacific/Honolulu'
        ? 'US'
        : undefined);
  if (byZone) return { id: byZone, basis: 'time-zone' };
  return { id: 'DE', basis: 'none' };
}
