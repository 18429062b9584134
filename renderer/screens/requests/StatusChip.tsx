// A request's status as a coloured chip (draft, sent, answered, overdue, verified, partly verified), and its
// due date with the days left or overdue.

import { useTranslation } from 'react-i18next';
import type { RequestState } from '../../../shared/gdpr/deadlines';
import { formatLongDate } from '../../../shared/i18n-format';
import type { RequestStatus } from '../../../shared/model';

export function StatusChip({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`chip status-chip status-${status}`} data-testid="request-status" data-status={status}>
      {t(`requests.statuses.${status}`)}
    </span>
  );
}

export function DueText({ state }: { state: RequestState }) {
  const { t, i18n } = useTranslation();
  if (!state.deadline || state.daysLeft === undefined) return <span className="muted">–</span>;
  const open = state.status === 'sent' || state.status === 'overdue';
  const days = state.daysLeft;
  return (
    <span data-testid="request-due">
      {formatLongDate(state.deadline.dueOn, i18n.language === 'de' ? 'de' : 'en')}
      {open ? (
        <span className={days < 0 ? 'due-late' : 'muted'}>
          {' · '}
          {days < 0
            ? t('requests.overdueBy', { count: -days })
            : days === 0
              ? t('requests.dueToday')
              : t('requests.dueIn', { count: days })}
        </span>
      ) : null}
    </span>
  );
}
