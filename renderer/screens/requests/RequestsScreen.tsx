// Requests: every GDPR letter the household wrote, with status chips and due dates, a reminder banner for
// overdue ones, the editable table of recipients, and — with `?request=<id>` in the URL — one request's editor.

import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { CONTROLLERS } from '../../../shared/gdpr/controllers';
import type { RequestState } from '../../../shared/gdpr/deadlines';
import { usePreferences } from '../../app/preferences';
import { useLocation } from '../../app/router';
import { listRequests } from '../../db/repos/requests';
import { formatDate } from '../../format/time';
import { ControllersCard } from './ControllersCard';
import { RequestEditor } from './RequestEditor';
import { requestState } from '../../../shared/gdpr/request-letter';
import { DueText, StatusChip } from './StatusChip';
import { useRequestHref } from './useRequestHref';
import { useNow } from './useOverdueCount';
import './requests.css';

export function RequestsScreen() {
  const { params } = useLocation();
  const id = params.get('request');
  return id ? <RequestEditor key={id} id={id} /> : <RequestList />;
}

/**
 * What is due comes first: overdue and open requests by days left, then drafts (nothing is running yet),
 * then the ones answered or verified.
 */
function dueRank(state: RequestState): number {
  if ((state.status === 'sent' || state.status === 'overdue') && state.daysLeft !== undefined) return state.daysLeft;
  if (state.status === 'draft') return 1e6;
  return 2e6 + -(state.daysLeft ?? 0);
}

function RequestList() {
  const { t, i18n } = useTranslation();
  const { timeZone } = usePreferences();
  const requests = useLiveQuery(listRequests, []);
  const hrefOf = useRequestHref();
  const now = useNow();
  const rows = (requests ?? [])
    .map((request) => ({ request, state: requestState(request, now, timeZone) }))
    .sort((a, b) => dueRank(a.state) - dueRank(b.state) || a.request.createdAt - b.request.createdAt);
  const overdue = rows.filter((r) => r.state.remind).length;
  const controllerName = (id: string) => CONTROLLERS.find((c) => c.id === id)?.name ?? id;

  return (
    <section className="screen requests-screen">
      <h1>{t('nav.requests')}</h1>
      <p className="muted requests-lead">{t('requests.lead')}</p>
      {overdue ? (
        <div className="overdue-banner" role="alert" data-testid="overdue-banner">
          <strong>{t('requests.overdueBanner', { count: overdue })}</strong> {t('requests.overdueHint')}
        </div>
      ) : null}
      <div className="card">
        {requests && !requests.length ? (
          <p className="muted" data-testid="requests-empty">
            {t('requests.empty')}
          </p>
        ) : null}
        {rows.length ? (
          <table className="data-table requests-table" data-testid="requests-table">
            <thead>
              <tr>
                <th>{t('requests.columns.kind')}</th>
                <th>{t('requests.columns.controller')}</th>
                <th className="num">{t('requests.columns.clips')}</th>
                <th>{t('requests.columns.created')}</th>
                <th>{t('requests.columns.status')}</th>
                <th>{t('requests.columns.due')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ request, state }) => (
                <tr key={request.id} data-testid="request-row" data-kind={request.kind}>
                  <td>
                    <a href={hrefOf(request.id)} data-testid="request-open">
                      {t(`requests.kinds.${request.kind}`)}
                    </a>
                  </td>
                  <td>{controllerName(request.controllerId)}</td>
                  <td className="num">{request.clipIds.length.toLocaleString(i18n.language)}</td>
                  <td>{formatDate(request.createdAt, i18n.language, timeZone)}</td>
                  <td>
                    <StatusChip status={state.status} />
                  </td>
                  <td>
                    <DueText state={state} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
      <ControllersCard />
    </section>
  );
}
