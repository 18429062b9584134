// The Library overview: the answers a household came for — what was heard at night in private rooms,
// accidentally, on sensitive topics, from children, from strangers, and how old the oldest stored recording
// is. Every card is a link into the views, filtered to exactly those captures; what the exports cannot tell
// is said to be unknown, never shown as 0 %.

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flag } from '../../../shared/model';
import { formatNightHours } from '../../../shared/night';
import { usePreferences } from '../../app/preferences';
import { useLibraryJob } from '../../classify/LibraryJobProvider';
import { hrefFor, type Route } from '../../app/router';
import { formatDate, formatDateTime } from '../../format/time';
import type { ClipColumns } from '../../library/columns';
import { useFilters } from '../../library/FilterProvider';
import { EMPTY_FILTERS, filtersToParams, type Filters } from '../../library/filters';
import { overviewStats } from '../../library/overview-stats';
import { Icon } from '../../components/Icon';
import { NotCounted } from '../../components/NotCounted';
import { PendingMark } from '../../components/PendingMark';
import { usePopulation } from '../../library/usePopulation';
import { FilterNotice } from '../../filters/FilterNotice';
import { StrangerBanner } from '../quarantine/StrangerBanner';
import { useForeignCount } from '../quarantine/useForeignCount';
import './library.css';
import { useStrangerSummary } from '../../library/useStrangerSummary';

const DAY = 86_400_000;

export function Overview({ columns }: { columns: ClipColumns }) {
  const { t, i18n } = useTranslation();
  const { timeZone, nightHours } = usePreferences();
  const { visible, clock, filters } = useFilters();
  const counted = usePopulation();
  const foreign = useForeignCount();
  const [today] = useState(() => Date.now());
  const job = useLibraryJob();
  const strangers = useStrangerSummary();
  const stats = useMemo(() => (clock ? overviewStats(columns, visible, clock) : null), [columns, visible, clock]);
  if (!stats) return null;
  const n = (v: number) => v.toLocaleString(i18n.language);
  const pct = (part: number, of: number) => `${Math.round((part / of) * 100).toLocaleString(i18n.language)} %`;
  const link = (patch: Partial<Filters>, route: Route = 'clips') =>
    hrefFor(route, filtersToParams({ ...filters, ...patch }));
  const withFlag = (flag: Flag) => [...new Set([...filters.flags, flag])];
  const maxRoom = Math.max(1, ...stats.perRoom.map((r) => r.count));
  const hours = formatNightHours(nightHours);
  const roomName = (i: number) => columns.rooms[i]?.name ?? t('clip.noRoom');
  const unknownAccidental = stats.total - stats.accidentalKnown;
  const archiveOnly = stats.perSource.every((s) => s.source === 'alexa-archive');

  return (
    <section className="screen overview" data-testid="overview">
      <h1>{t('nav.library')}</h1>
      <StrangerBanner />
      <FilterNotice columns={columns} />
      <div className="overview-grid">
        <a className="card stat" href={link({})} data-testid="stat-total">
          <div className="stat-value">{n(stats.total)}</div>
          <div className="stat-label">{t('answers.total')}</div>
          {stats.first !== null && stats.last !== null ? (
            <div className="stat-note muted">
              {formatDate(stats.first, i18n.language, timeZone)} – {formatDate(stats.last, i18n.language, timeZone)}
            </div>
          ) : null}
        </a>
        <div className="card stat answer" data-testid="stat-night-private">
          <a className="answer-head" href={link({ flags: withFlag('night') })}>
            <div className="stat-value">{n(stats.nightPrivate)}</div>
            <div className="stat-label">{t('answers.nightPrivate', { hours })}</div>
            <PendingMark />
          </a>
          <ul className="answer-list" data-testid="night-rooms">
            {stats.nightPerRoom.map(({ roomIndex, count }) => (
              <li key={roomIndex}>
                <a href={link({ rooms: [columns.rooms[roomIndex]!.id], flags: withFlag('night') })}>
                  {t('answers.nightIn', { room: roomName(roomIndex) })} <strong>{n(count)}</strong>
                </a>
              </li>
            ))}
          </ul>
          <a className="answer-more" href={hrefFor('settings')} data-testid="night-settings-link">
            {t('answers.nightChange')}
          </a>
        </div>
        <a className="card stat" href={link({ flags: withFlag('accidental') })} data-testid="stat-accidental">
          {/* No accidental one among those whose export tells, while others have no text and no reason: exactly
              those may be the accidental ones (Amazon's archive leaves out their text), so "0 %" would be a guess. */}
          {stats.accidentalKnown === 0 || (stats.accidental === 0 && unknownAccidental > 0) ? (
            <>
              <div className="stat-value">{t('answers.unknown')}</div>
              <div className="stat-label">
                {t('answers.accidentalLabel')} — {t(archiveOnly ? 'answers.unknownArchive' : 'answers.unknownAny')}
              </div>
              {unknownAccidental ? (
                <div className="stat-note muted">
                  {t('answers.withoutReason', { count: unknownAccidental, n: n(unknownAccidental) })}
                </div>
              ) : null}
            </>
          ) : (
            <>
              <div className="stat-value">{pct(stats.accidental, stats.accidentalKnown)}</div>
              <div className="stat-label">
                {t('answers.accidental', {
                  count: stats.accidental,
                  n: n(stats.accidental),
                  known: n(stats.accidentalKnown),
                })}
              </div>
              {unknownAccidental ? (
                <div className="stat-note muted">{t('answers.accidentalUnknown', { n: n(unknownAccidental) })}</div>
              ) : null}
            </>
          )}
          <PendingMark />
        </a>
        <div className="card stat answer" data-testid="stat-sensitive">
          <div className="answer-head">
            <div className="stat-value">{n(stats.sensitive)}</div>
            <div className="stat-label">{t('answers.sensitive')}</div>
          </div>
          <ul className="answer-list">
            {stats.perSensitive.map(({ flag, count }) => (
              <li key={flag}>
                <a href={link({ flags: withFlag(flag) })}>
                  {t(`flags.${flag}`)} <strong>{n(count)}</strong>
                </a>
              </li>
            ))}
          </ul>
          {stats.withoutText ? (
            <div className="stat-note muted" data-testid="sensitive-without-text">
              {t('answers.withoutText', { count: stats.withoutText, n: n(stats.withoutText) })}
            </div>
          ) : null}
        </div>
        <a className="card stat" href={link({ flags: withFlag('child') })} data-testid="stat-child">
          <div className="stat-value">{n(stats.child)}</div>
          <div className="stat-label">{t('answers.child')}</div>
        </a>
        <a className="card stat" href={hrefFor('quarantine')} data-testid="stat-foreign">
          <div className="stat-value">{n(Math.max(foreign, strangers?.count ?? 0))}</div>
          <div className="stat-label">{t('answers.foreign')}</div>
          {job.running ? <div className="stat-note muted">{t('answers.foreignChecking')}</div> : null}
        </a>
        {stats.first !== null ? (
          <a
            className="card stat"
            href={link({ from: undefined, to: stats.first + 31 * DAY })}
            data-testid="stat-oldest"
          >
            <div className="stat-value stat-small">{formatDateTime(stats.first, i18n.language, timeZone)}</div>
            <div className="stat-label">
              {t('answers.oldest', { days: n(Math.max(0, Math.floor((today - stats.first) / DAY))) })}
            </div>
          </a>
        ) : null}
      </div>
      {counted && !filters.kinds.length ? <NotCounted population={counted.population} /> : null}
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
