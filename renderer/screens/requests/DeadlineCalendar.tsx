// The deadline of a sent request as a calendar file (.ics) with a reminder three days before, so it reaches
// the household's own calendar; saved locally like every other export, nothing is sent anywhere.

import { useTranslation } from 'react-i18next';
import { calendarFile } from '../../../shared/calendar/ics';
import { CONTROLLERS } from '../../../shared/gdpr/controllers';
import type { RequestState } from '../../../shared/gdpr/deadlines';
import type { StoredRequest } from '../../db/records';
import { saveFile } from '../../format/save-file';

/** Days before the due day the calendar reminds. */
export const REMIND_DAYS_BEFORE = 3;

export function DeadlineCalendar({ request, state }: { request: StoredRequest; state: RequestState }) {
  const { t } = useTranslation();
  if (!state.deadline) return null;
  const dueOn = state.deadline.dueOn;
  const controller = CONTROLLERS.find((c) => c.id === request.controllerId)?.name ?? request.controllerId;
  const kind = t(`requests.kinds.${request.kind}`);
  const save = () =>
    void saveFile({
      name: `earshot-${request.kind}-${dueOn}.ics`,
      mime: 'text/calendar;charset=utf-8',
      label: t('deletion.calendarLabel'),
      data: calendarFile({
        uid: `${request.id}@earshot.local`,
        day: dueOn,
        summary: t('deletion.calendarSummary', { kind, controller }),
        description: t('deletion.calendarDescription', { kind, controller, count: request.clipIds.length }),
        remindDaysBefore: REMIND_DAYS_BEFORE,
        now: Date.now(),
      }),
    });
  return (
    <button type="button" className="btn" onClick={save} data-testid="tracking-calendar">
      {t('deletion.calendarButton', { days: REMIND_DAYS_BEFORE })}
    </button>
  );
}
