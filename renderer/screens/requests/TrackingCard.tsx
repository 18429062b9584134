// Tracking: the day the letter was sent, an extension the company announced, the day it answered — and the
// resulting Art. 12(3) due date. Dates are calendar days in the household zone.

import { useTranslation } from 'react-i18next';
import type { RequestState } from '../../../shared/gdpr/deadlines';
import { formatLongDate, localDate } from '../../../shared/i18n-format';
import { usePreferences } from '../../app/preferences';
import type { StoredRequest } from '../../db/records';
import type { RequestPatch } from '../../db/repos/requests';
import { DayInput } from '../../filters/DayInput';
import { DeadlineCalendar } from './DeadlineCalendar';
import { dayToMs, msToDay } from '../../../shared/gdpr/request-letter';
import { useNow } from './useOverdueCount';

type DateKey = 'sentAt' | 'extensionAnnouncedAt' | 'answeredAt';

export function TrackingCard(props: {
  request: StoredRequest;
  state: RequestState;
  onSave(patch: RequestPatch): void;
}) {
  const { request, state, onSave } = props;
  const { t, i18n } = useTranslation();
  const { timeZone } = usePreferences();
  const lang = i18n.language === 'de' ? 'de' : 'en';
  const today = localDate(useNow(), timeZone);
  const dateField = (key: DateKey, label: string, disabled = false) => (
    <label className="field">
      <span>{label}</span>
      <DayInput
        label={label}
        max={today}
        disabled={disabled}
        value={msToDay(request[key], timeZone) ?? ''}
        onChange={(day) => onSave({ [key]: day ? dayToMs(day) : undefined })}
        testId={`tracking-${key}`}
      />
    </label>
  );
  return (
    <div className="card">
      <h2>{t('requests.tracking')}</h2>
      <div className="form-grid">
        <div className="field-row">
          {dateField('sentAt', t('requests.sentOn'))}
          {!request.sentAt ? (
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => onSave({ sentAt: dayToMs(today) })}
              data-testid="tracking-sent-today"
            >
              {t('requests.sentToday')}
            </button>
          ) : null}
        </div>
        {dateField('extensionAnnouncedAt', t('requests.extensionOn'), !request.sentAt)}
        {dateField('answeredAt', t('requests.answeredOn'), !request.sentAt)}
      </div>
      {state.deadline ? (
        <p className="due-line" data-testid="tracking-due">
          <strong>{t('requests.dueOn', { date: formatLongDate(state.deadline.dueOn, lang) })}</strong>
          {state.deadline.extended ? (
            <span className="muted">
              {' '}
              ({t('requests.firstDueOn', { date: formatLongDate(state.deadline.firstDueOn, lang) })})
            </span>
          ) : null}{' '}
          <DeadlineCalendar request={request} state={state} />
        </p>
      ) : null}
      {state.deadline?.extensionTooLate ? <p className="notice">{t('requests.extensionTooLate')}</p> : null}
    </div>
  );
}
