// Next to the letter, the direct route: step-by-step instructions for the Alexa Privacy Hub and Google My
// Activity, filled in with the selection's days and devices. Earshot opens nothing on the network: the
// address is text the user may copy.

import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DIRECT_ADDRESSES, directScopes, type DirectScope } from '../../../shared/deletion/direct';
import { formatLongDate } from '../../../shared/i18n-format';
import { usePreferences } from '../../app/preferences';
import { getClips } from '../../db/repos/clips';
import { listDevices } from '../../db/repos/rooms';

async function loadScopes(clipIds: readonly string[], timeZone: string): Promise<DirectScope[]> {
  const [clips, devices] = await Promise.all([getClips(clipIds), listDevices()]);
  return directScopes(clips, devices, timeZone);
}

export function DirectDeletion({ clipIds }: { clipIds: readonly string[] }) {
  const { t } = useTranslation();
  const { timeZone } = usePreferences();
  const scopes = useLiveQuery(() => loadScopes(clipIds, timeZone), [clipIds, timeZone]);
  if (!scopes?.length) return null;
  return (
    <div className="card direct-deletion" data-testid="direct-deletion">
      <h2>{t('deletion.title')}</h2>
      <p className="muted">{t('deletion.lead')}</p>
      {scopes.map((scope) => (
        <ProviderSteps key={scope.provider} scope={scope} />
      ))}
    </div>
  );
}

function ProviderSteps({ scope }: { scope: DirectScope }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'de' ? 'de' : 'en';
  const values = {
    from: formatLongDate(scope.from, lang),
    to: formatLongDate(scope.to, lang),
    devices: scope.devices.join(', ') || t('deletion.allDevices'),
    count: scope.count,
    n: scope.count.toLocaleString(i18n.language),
  };
  const steps = t(`deletion.${scope.provider}.steps`, { ...values, returnObjects: true }) as unknown as string[];
  const auto = t(`deletion.${scope.provider}.auto`, { returnObjects: true }) as unknown as string[];
  return (
    <section className="direct-provider" data-testid={`direct-${scope.provider}`}>
      <h3>{t(`deletion.${scope.provider}.title`, values)}</h3>
      <CopyAddress address={DIRECT_ADDRESSES[scope.provider].review} />
      <ol data-testid="direct-steps">
        {steps.map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ol>
      <h4>{t('deletion.autoTitle')}</h4>
      <CopyAddress address={DIRECT_ADDRESSES[scope.provider].autoDelete} />
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
