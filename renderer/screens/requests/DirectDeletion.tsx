// Next to the letter, the direct route: step-by-step instructions for the Alexa Privacy Hub and Google My
// Activity, filled in with the selection's days and devices. Earshot opens nothing on the network: the
// address is text the user may copy. The Amazon marketplace (amazon.de, .co.uk, .com, .fr…) decides the
// address, the page names and how dates are typed: read from the export where it says so (its Marketplace
// column or the devices' locales), else guessed from the household's time zone; the user's choice is kept.

import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { directScopes, type DirectScope } from '../../../shared/deletion/direct';
import {
  AMAZON_PAGE_LABELS,
  amazonAddresses,
  dateForInput,
  GOOGLE_ADDRESSES,
  guessMarketplace,
  MARKETPLACE_ORDER,
  MARKETPLACES,
  type MarketplaceId,
} from '../../../shared/deletion/marketplaces';
import { formatLongDate } from '../../../shared/i18n-format';
import { usePreferences } from '../../app/preferences';
import { getClips } from '../../db/repos/clips';
import type { MarketplaceHints } from '../../../shared/importers/types';
import { listDevices } from '../../db/repos/rooms';
import { loadSetting, MARKETPLACE_HINTS, saveSetting } from '../../db/repos/settings';

const MARKETPLACE_KEY = 'deletionMarketplace';

async function loadScopes(clipIds: readonly string[], timeZone: string): Promise<DirectScope[]> {
  const [clips, devices] = await Promise.all([getClips(clipIds), listDevices()]);
  return directScopes(clips, devices, timeZone);
}

export function DirectDeletion({ clipIds }: { clipIds: readonly string[] }) {
  const { t } = useTranslation();
  const { timeZone } = usePreferences();
  const scopes = useLiveQuery(() => loadScopes(clipIds, timeZone), [clipIds, timeZone]);
  const chosen = useLiveQuery(() => loadSetting<MarketplaceId>(MARKETPLACE_KEY), [], null);
  const hints = useLiveQuery(() => loadSetting<MarketplaceHints>(MARKETPLACE_HINTS), [], null);
  if (!scopes?.length || chosen === null || hints === null) return null;
  const guess = guessMarketplace({ hints, timeZone });
  const marketplace = chosen && MARKETPLACES[chosen] ? chosen : guess.id;
  const basis = chosen && MARKETPLACES[chosen] ? 'chosen' : guess.basis;
  return (
    <div className="card direct-deletion" data-testid="direct-deletion">
      <h2>{t('deletion.title')}</h2>
      <p className="muted">{t('deletion.lead')}</p>
      {scopes.map((scope) => (
        <ProviderSteps key={scope.provider} scope={scope} marketplace={marketplace} basis={basis} />
      ))}
    </div>
  );
}

function ProviderSteps({
  scope,
  marketplace,
  basis,
}: {
  scope: DirectScope;
  marketplace: MarketplaceId;
  basis: string;
}) {
  const { t, i18n } = useTranslation();
  const { timeZone } = usePreferences();
  const lang = i18n.language === 'de' ? 'de' : 'en';
  const amazon = scope.provider === 'amazon';
  const page = MARKETPLACES[marketplace].pageLanguage;
  const values = {
    from: formatLongDate(scope.from, lang),
    to: formatLongDate(scope.to, lang),
    fromInput: dateForInput(scope.from, marketplace),
    toInput: dateForInput(scope.to, marketplace),
    devices: scope.devices.join(', ') || t('deletion.allDevices'),
    count: scope.count,
    n: scope.count.toLocaleString(i18n.language),
    site: MARKETPLACES[marketplace].host.replace(/^www\./, ''),
    ...AMAZON_PAGE_LABELS[page],
  };
  const steps = t(`deletion.${scope.provider}.steps`, { ...values, returnObjects: true }) as unknown as string[];
  const auto = t(`deletion.${scope.provider}.auto`, { ...values, returnObjects: true }) as unknown as string[];
  const addresses = amazon ? amazonAddresses(marketplace) : GOOGLE_ADDRESSES;
  return (
    <section className="direct-provider" data-testid={`direct-${scope.provider}`}>
      <h3>{t(`deletion.${scope.provider}.title`, values)}</h3>
      {amazon ? (
        <p className="direct-marketplace">
          <label>
            {t('deletion.marketplace')}{' '}
            <select
              value={marketplace}
              data-testid="direct-marketplace"
              onChange={(e) => void saveSetting(MARKETPLACE_KEY, e.target.value)}
            >
              {MARKETPLACE_ORDER.map((id) => (
                <option key={id} value={id}>
                  {t(`deletion.country.${id}`)} — {MARKETPLACES[id].host.replace(/^www\./, '')}
                </option>
              ))}
            </select>
          </label>{' '}
          <small className="muted" data-testid="direct-marketplace-basis">
            {t(`deletion.basis.${basis}`, {
              zone: timeZone,
              site: MARKETPLACES[marketplace].host.replace(/^www\./, ''),
            })}
          </small>
        </p>
      ) : null}
      <CopyAddress address={addresses.review} />
      <ol data-testid="direct-steps">
        {steps.map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ol>
      {amazon && page !== lang ? (
        <p className="muted" data-testid="direct-page-language">
          {t('deletion.pageLanguage', { site: values.site, language: t(`deletion.language.${page}`) })}
        </p>
      ) : null}
      <h4>{t('deletion.autoTitle')}</h4>
      <CopyAddress address={addresses.autoDelete} />
      <ol>
        {auto.map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ol>
    </section>
  );
}

function CopyAddress({ address }: { address: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <p className="copy-address">
      <code className="copy-address-text" aria-label={t('deletion.address')} data-testid="direct-address">
        {address}
      </code>
      <button
        type="button"
        className="btn"
        onClick={() =>
          void navigator.clipboard
            ?.writeText(address)
            .then(() => setCopied(true))
            .catch(() => setCopied(false))
        }
      >
        {copied ? t('deletion.copied') : t('deletion.copy')}
      </button>
    </p>
  );
}
