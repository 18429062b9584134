// Left navigation: the app's name, one link per screen, and the standing promise that nothing leaves.

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor, ROUTES, type Route } from './router';
import { Logo } from '../components/Logo';
import { useLibraryJob } from '../classify/LibraryJobProvider';

export interface NavEntry {
  route: Route;
  badge?: number;
}

export function Sidebar({ entries, current, query }: { entries: NavEntry[]; current: Route; query: string }) {
  const { t } = useTranslation();
  const job = useLibraryJob();
  // Rendered on every filter change (the links carry the filters): the labels are translated once per language.
  const labels = useMemo(() => new Map(ROUTES.map((route) => [route, t(`nav.${route}`)])), [t]);
  return (
    <nav className="sidebar" aria-label={t('nav.main')}>
      <div className="sidebar-brand">
        <Logo size={28} />
        <span>{t('app.name')}</span>
      </div>
      <ul>
        {entries.map(({ route, badge }) => (
          <li key={route}>
            <a
              href={hrefFor(route, query)}
              aria-current={route === current ? 'page' : undefined}
              data-testid={`nav-${route}`}
            >
              <span>{labels.get(route)}</span>
              {badge ? <span className="nav-badge">{badge}</span> : null}
            </a>
          </li>
        ))}
      </ul>
      {job.running ? (
        <p className="sidebar-job" role="status" data-testid="library-job">
          <span className="spinner" aria-hidden="true" />
          {t(`job.${job.phase ?? 'reading'}`)}
        </p>
      ) : null}
      {job.error ? (
        <p className="sidebar-job sidebar-job-error" role="alert">
          {t('job.error', { message: job.error })}
        </p>
      ) : null}
      <p className="sidebar-offline">
        <span aria-hidden="true" className="offline-dot" />
        {t('nav.offline')}
      </p>
    </nav>
  );
}
