// The Library overview: how much was captured, when, where and by which service — every number is a
// link into the views, filtered to exactly those captures.

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences';
import { hrefFor, type Route } from '../../app/router';
import { formatDateTime } from '../../format/time';
import type { ClipColumns } from '../../library/columns';
import { useFilters } from '../../library/FilterProvider';
import { EMPTY_FILTERS, filtersToParams, type Filters } from '../../library/filters';
import { overviewStats } from '../../library/overview-stats';
import { Icon } from '../../components/Icon';
import { StrangerBanner } from '../quarantine/StrangerBanner';
import './library.css';

export function Overview({ columns }: { columns: ClipColumns }) {
  const { t, i18n } = useTranslation();
  const { timeZone } = usePreferences();
  const { visible, clock, filters } = useFilters();
  const stats = useMemo(() => (clock ? overviewStats(columns, visible, clock) : null), [columns, visible, clock]);
  if (!stats) return null;
  const n = (v: number) => v.toLocaleString(i18n.language);
  const pct = (part: number) => (stats.total ? `${Math.round((part / stats.total) * 100)} %` : '—');
  const link = (patch: Partial<Filters>, route: Route = 'clips') =>
    hrefFor(route, filtersToParams({ ...filters, ...patch }));
  const maxRoom = Math.max(1, ...stats.perRoom.map((r) => r.count));

  return (
    <section className="screen overview" data-testid="overview">
      <h1>{t('nav.library')}</h1>
      <StrangerBanner />
      <div className="overview-grid">
        <a className="card stat" href={link({})} data-testid="stat-total">
          <div className="stat-value">{n(stats.total)}</div>
          <div className="stat-label">{t('overview.total')}</div>
        </a>
        <div className="card stat">
          <div className="stat-value stat-small">
            {stats.first !== null ? formatDateTime(stats.first, i18n.language, timeZone) : '—'}
          </div>
          <div className="stat-label">{t('overview.first')}</div>
          <div className="stat-value stat-small">
            {stats.last !== null ? formatDateTime(stats.last, i18n.language, timeZone) : '—'}
          </div>
          <div className="stat-label">{t('overview.last')}</div>
        </div>
        <a
          className="card stat"
          href={link({ flags: [...new Set([...filters.flags, 'accidental' as const])] })}
          data-testid="stat-accidental"
        >
          <div className="stat-value">{pct(stats.accidental)}</div>
          <div className="stat-label">
            {t('overview.accidental', { count: stats.accidental, n: n(stats.accidental) })}
          </div>
        </a>
        <a
          className="card stat"
          href={link({ flags: [...new Set([...filters.flags, 'night' as const, 'private-room' as const])] })}
          data-testid="stat-night-private"
        >
          <div className="stat-value">{n(stats.nightPrivate)}</div>
          <div className="stat-label">{t('overview.nightPrivate')}</div>
        </a>
      </div>
      <div className="overview-columns">
        <div className="card">
          <h2>{t('overview.perRoom')}</h2>
          <ul className="bar-list" data-testid="overview-rooms">
            {stats.perRoom.map(({ roomIndex, count }) => {
              const room = columns.rooms[roomIndex];
              return (
                <li key={roomIndex}>
                  <a href={link({ rooms: [room?.id ?? ''] })}>
                    <span className="bar-label">
                      {room?.name ?? t('clip.noRoom')}
                      {room?.private ? (
                        <>
                          {' '}
                          <Icon name="lock" size={12} label={t('clip.private')} />
                        </>
                      ) : null}
                    </span>
                    <span className="bar-track">
                      <span className="bar-fill" style={{ width: `${(count / maxRoom) * 100}%`, display: 'block' }} />
                    </span>
                    <span className="bar-count">{n(count)}</span>
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
        <div className="card">
          <h2>{t('overview.perSource')}</h2>
          <ul className="bar-list" data-testid="overview-sources">
            {stats.perSource.map(({ source, count }) => (
              <li key={source}>
                <a href={link({ sources: [source] })}>
                  <span className="bar-label">{t(`sources.${source}`)}</span>
                  <span className="bar-track">
                    <span className="bar-fill" style={{ width: `${(count / stats.total) * 100}%`, display: 'block' }} />
                  </span>
                  <span className="bar-count">{n(count)}</span>
                </a>
              </li>
            ))}
          </ul>
          <h2 className="overview-sub">{t('overview.topHours')}</h2>
          <ol className="top-hours" data-testid="overview-hours">
            {stats.topHours.map(({ hour, count }) => (
              <li key={hour}>
                <a href={link({ ...EMPTY_FILTERS, ...filters, hour }, 'clips')}>
                  {t('overview.hour', {
                    hour: String(hour).padStart(2, '0'),
                    next: String((hour + 1) % 24).padStart(2, '0'),
                  })}
                </a>{' '}
                <span className="muted">{n(count)}</span>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  );
}
