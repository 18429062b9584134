// The guided "This isn't ours" flow: 1. what happened and what the controller must do (Art. 15(4), 33,
// 34 GDPR), 2. the letters, 3. purging the stranger's data for good (ConfirmButton, Cancel by default),
// leaving only a record that it was done.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Capture, Device, Room } from '../../../shared/model';
import { usePreferences } from '../../app/preferences';
import { ConfirmButton } from '../../components/ConfirmButton';
import { purgeForeign } from '../../db/repos/quarantine';
import { formatDate } from '../../format/time';
import { BreachLetters } from './BreachLetters';

export interface BreachFlowProps {
  clips: readonly Capture[];
  devices: readonly Device[];
  rooms: readonly Room[];
  onClose(): void;
}

export function BreachFlow({ clips, devices, rooms, onClose }: BreachFlowProps) {
  const { t, i18n } = useTranslation();
  const { timeZone } = usePreferences();
  const [step, setStep] = useState(1);
  const [purged, setPurged] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const from = clips.length ? formatDate(Math.min(...clips.map((c) => c.ts)), i18n.language, timeZone) : '';
  const to = clips.length ? formatDate(Math.max(...clips.map((c) => c.ts)), i18n.language, timeZone) : '';

  return (
    <section className="screen breach-flow" data-testid="breach-flow" aria-labelledby="breach-title">
      <h1 id="breach-title">{t('breach.title')}</h1>
      <p className="muted" data-testid="breach-step">
        {t('breach.step', { n: step })}
      </p>
      {error ? (
        <p className="error-box" role="alert">
          {error}
        </p>
      ) : null}
      {step === 1 ? (
        <div className="card breach-explain" data-testid="breach-explain">
          <h2>{t('breach.explain.heading')}</h2>
          <p>{t('breach.explain.what', { count: clips.length, from, to })}</p>
          <p>{t('breach.explain.breach')}</p>
          <p>{t('breach.explain.duty')}</p>
          <p>
            <strong>{t('breach.explain.you')}</strong>
          </p>
          <ul>
            <li>{t('breach.explain.dont1')}</li>
            <li>{t('breach.explain.dont2')}</li>
            <li>{t('breach.explain.dont3')}</li>
          </ul>
          <p className="muted">{t('breach.explain.complaint')}</p>
        </div>
      ) : null}
      {step === 2 ? (
        <div className="card">
          <BreachLetters clips={clips} devices={devices} rooms={rooms} />
        </div>
      ) : null}
      {step === 3 ? (
        <div className="card breach-purge">
          <h2>{t('breach.purge.heading')}</h2>
          <p>{t('breach.purge.lead')}</p>
          {purged ? (
            <p className="notice" role="status" data-testid="breach-purged">
              {t('breach.purge.done')}
            </p>
          ) : (
            <ConfirmButton
              label={t('breach.purge.button', { count: clips.length })}
              className="btn btn-danger"
              disabled={!clips.length}
              testId="breach-purge"
              title={t('breach.purge.confirmTitle')}
              confirmLabel={t('breach.purge.confirm')}
              onConfirm={() =>
                purgeForeign(clips.map((c) => c.id)).then(
                  () => setPurged(true),
                  (e: unknown) => setError((e as Error).message),
                )
              }
            >
              <p>{t('breach.purge.confirmBody', { count: clips.length })}</p>
            </ConfirmButton>
          )}
        </div>
      ) : null}
      <div className="breach-nav">
        {step > 1 && !purged ? (
          <button type="button" className="btn" onClick={() => setStep(step - 1)}>
            {t('breach.back')}
          </button>
        ) : null}
        {step < 3 ? (
          <button type="button" className="btn btn-primary" onClick={() => setStep(step + 1)} data-testid="breach-next">
            {t('breach.next')}
          </button>
        ) : null}
        <button type="button" className="btn" onClick={onClose} data-testid="breach-close">
          {t('breach.done')}
        </button>
      </div>
    </section>
  );
}
