// The direct route to deletion names the Amazon site the account is on: from the export's own values where
// they say so, else the household's time zone; with that site's address and its way of typing dates.
import { describe, expect, it } from 'vitest';
import {
  amazonAddresses,
  dateForInput,
  guessMarketplace,
  MARKETPLACE_ORDER,
  marketplaceOf,
} from '../../../shared/deletion/marketplaces';

describe('Amazon marketplace for the direct route', () => {
  it('gives each country its Alexa Privacy address (Austria and Switzerland use amazon.de)', () => {
    const review = (id: Parameters<typeof amazonAddresses>[0]) => amazonAddresses(id).review;
    expect(review('DE')).toBe('https://www.amazon.de/alexa-privacy/apd/rvh');
    expect(review('AT')).toBe('https://www.amazon.de/alexa-privacy/apd/rvh');
    expect(review('CH')).toBe('https://www.amazon.de/alexa-privacy/apd/rvh');
    expect(review('UK')).toBe('https://www.amazon.co.uk/alexa-privacy/apd/rvh');
    expect(review('US')).toBe('https://www.amazon.com/alexa-privacy/apd/rvh');
    expect(review('FR')).toBe('https://www.amazon.fr/alexa-privacy/apd/rvh');
    expect(review('IT')).toBe('https://www.amazon.it/alexa-privacy/apd/rvh');
    expect(review('ES')).toBe('https://www.amazon.es/alexa-privacy/apd/rvh');
    expect(amazonAddresses('UK').autoDelete).toBe('https://www.amazon.co.uk/alexa-privacy/apd/myad');
    expect(MARKETPLACE_ORDER).toEqual(expect.arrayContaining(['DE', 'AT', 'CH', 'UK', 'US', 'FR', 'IT', 'ES']));
  });

  it('reads marketplace codes, ids, domains and locales from an export', () => {
    expect(marketplaceOf('A1PA6795UKMFR9')).toBe('DE');
    expect(marketplaceOf('ATVPDKIKX0DER')).toBe('US');
    expect(marketplaceOf('www.amazon.co.uk')).toBe('UK');
    expect(marketplaceOf('Amazon.fr')).toBe('FR');
    expect(marketplaceOf('de-AT')).toBe('AT');
    expect(marketplaceOf('de_CH')).toBe('CH');
    expect(marketplaceOf('en-GB')).toBe('UK');
    expect(marketplaceOf('it-IT')).toBe('IT');
    expect(marketplaceOf('ES')).toBe('ES');
    expect(marketplaceOf('xx-ZZ')).toBeUndefined();
  });

  it('prefers what the export says, then the time zone, else asks (German site preselected)', () => {
    expect(guessMarketplace({ exportValues: ['de-AT', 'de-AT', 'de-DE'], timeZone: 'Europe/Berlin' })).toEqual({
      id: 'AT',
      basis: 'export',
    });
    expect(guessMarketplace({ exportValues: ['??'], timeZone: 'Europe/Zurich' })).toEqual({
      id: 'CH',
      basis: 'time-zone',
    });
    expect(guessMarketplace({ timeZone: 'Europe/Vienna' }).id).toBe('AT');
    expect(guessMarketplace({ timeZone: 'Europe/London' }).id).toBe('UK');
    expect(guessMarketplace({ timeZone: 'America/Chicago' }).id).toBe('US');
    expect(guessMarketplace({ timeZone: 'America/Toronto' }).id).toBe('CA');
    expect(guessMarketplace({ timeZone: 'Europe/Paris' }).id).toBe('FR');
    expect(guessMarketplace({ timeZone: 'Europe/Rome' }).id).toBe('IT');
    expect(guessMarketplace({ timeZone: 'Europe/Madrid' }).id).toBe('ES');
    expect(guessMarketplace({ timeZone: 'Asia/Tokyo' })).toEqual({ id: 'DE', basis: 'none' });
  });

  it('writes the days as the site’s date fields expect them', () => {
    expect(dateForInput('2026-06-01', 'DE')).toBe('01.06.2026');
    expect(dateForInput('2026-06-01', 'CH')).toBe('01.06.2026');
    expect(dateForInput('2026-06-01', 'UK')).toBe('01/06/2026');
    expect(dateForInput('2026-06-01', 'US')).toBe('06/01/2026');
    expect(dateForInput('2026-06-30', 'FR')).toBe('30/06/2026');
  });
});
