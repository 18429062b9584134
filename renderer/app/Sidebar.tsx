// Left navigation: the app's name, one link per screen, and the standing promise that nothing leaves.

import { useTranslation } from 'react-i18next';
import { hrefFor, type Route } from './router';
import { Logo } from '../components/Logo';

export interface NavEntry {
  route: Route;
  badge?: number;
}

export function Sidebar({ entries, current }: { entries: NavEntry[]; current: Route }) {
  const { t } = useTranslation();
  return (
    <nav className="sidebar" aria-label={t('nav.main')}>
      <div className="sidebar-brand">
        <Logo size={28} />
        <span>{t('app.name')}</span>
      </div>
      <ul>
        {entries.map(({ route, badge }) => (
          <li key={route}>
            <a href={hrefFor(route)} aria-current={route === current ? 'page' : undefined} data-testid={`nav-${route}`}>
              <span>{t(`nav.${route}`)}</span>
              {badge ? <span className="nav-badge">{badge}</span> : null}
            </a>
          </li>
        ))}
      </ul>
      <p className="sidebar-offline">
        <span aria-hidden="true" className="offline-dot" />
        {t('nav.offline')}
      </p>
    </nav>
  );
}
