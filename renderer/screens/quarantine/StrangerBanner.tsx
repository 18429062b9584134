// "Not ours" where the user is: the import result and the overview lead with it as soon as the export's own
// evidence (foreign account, unregistered device) shows a stranger's recordings — not minutes later, when
// the voices have been analysed. Links to the quarantine, grouped by device.

import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences';
import { hrefFor } from '../../app/router';
import { formatDateSpan } from './date-span';
import './quarantine.css';
import { useStrangerSummary } from '../../library/useStrangerSummary';

export function StrangerBanner() {
  const { t, i18n } = useTranslation();
  const { timeZone } = usePreferences();
  const summary = useStrangerSummary();
  if (!summary) return null;
  const n = (v: number) => v.toLocaleString(i18n.language);
  return (
    <div className="stranger-banner" role="alert" data-testid="stranger-banner">
      <p>
        <strong>
          {t('strangers.banner', {
            count: summary.count,
            n: n(summary.count),
            devices: t('strangers.devices', { count: summary.devices.length, n: n(summary.devices.length) }),
            span: formatDateSpan(summary.from, summary.to, i18n.language, timeZone),
          })}
        </strong>{' '}
        <span>{t(summary.provisional ? 'strangers.provisional' : 'strangers.hidden')}</span>
      </p>
      <a className="btn btn-danger" href={hrefFor('quarantine')} data-testid="stranger-banner-link">
        {t('strangers.whatNow')}
      </a>
    </div>
  );
}
