// "Not ours" where the user is: the import result and the overview lead with it as soon as the export's own
// evidence (foreign account, unregistered device) shows a stranger's recordings — not minutes later, when
// the voices have been analysed. Links to the quarantine, grouped by device.
//
// That early finding is provisional where the library pass runs after the import (a first import's commit
// brings the pass's result, so there the banner starts from the voices): the pass may match the voices to the
// household and clear every capture of it. A warning that simply vanished would leave the household wondering
// what it had seen, so the banner is then replaced by a calm note saying what the voice analysis decided.

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StrangerSummary } from '../../../shared/foreign/strangers';
import { usePreferences } from '../../app/preferences';
import { hrefFor } from '../../app/router';
import { formatDateSpan } from './date-span';
import './quarantine.css';
import { useStrangerSummary } from '../../library/useStrangerSummary';

export function StrangerBanner() {
  const { t, i18n } = useTranslation();
  const { timeZone } = usePreferences();
  const summary = useStrangerSummary();
  const cleared = useClearedFinding(summary);
  const n = (v: number) => v.toLocaleString(i18n.language);
  if (!summary) {
    if (!cleared) return null;
    return (
      <p className="stranger-cleared" role="status" data-testid="stranger-cleared">
        {t('strangers.cleared', {
          count: cleared.count,
          n: n(cleared.count),
          // Named by the export's strongest evidence: the other account, else the unregistered devices.
          devices: cleared.devices.some((d) => d.reasons.includes('account-mismatch'))
            ? t('strangers.clearedAccount')
            : t('strangers.clearedDevices', { count: cleared.devices.length, n: n(cleared.devices.length) }),
        })}
      </p>
    );
  }
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

/** The provisional finding this banner showed, once a later read found no stranger left (else null). */
function useClearedFinding(summary: StrangerSummary | null | undefined): StrangerSummary | null {
  const [cleared, setCleared] = useState<StrangerSummary | null>(null);
  const shown = useRef<StrangerSummary | null>(null);
  useEffect(() => {
    if (summary === undefined) return;
    // Only a finding resting on the export's evidence alone is "cleared" by the analysis; one the household
    // itself resolved (confirmed as its own, purged) needs no note.
    setCleared(summary === null && shown.current?.provisional ? shown.current : null);
    shown.current = summary;
  }, [summary]);
  return cleared;
}
