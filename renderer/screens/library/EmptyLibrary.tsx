// First screen of a new user: what to request from Amazon/Google/Home Assistant, and the Import action.

import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/router';
import './library.css';

export function EmptyLibrary({ onDemo }: { onDemo?: () => void }) {
  const { t } = useTranslation();
  const providers = [
    { key: 'amazon', title: t('empty.amazonTitle'), steps: t('empty.amazonSteps'), mark: 'A' },
    { key: 'google', title: t('empty.googleTitle'), steps: t('empty.googleSteps'), mark: 'G' },
    { key: 'ha', title: t('empty.haTitle'), steps: t('empty.haSteps'), mark: 'H' },
  ];
  return (
    <section className="screen empty-library" data-testid="empty-library">
      <div className="empty-hero">
        <h1>{t('empty.title')}</h1>
        <p className="empty-lead">{t('empty.lead')}</p>
        <div className="empty-actions">
          <a className="btn btn-primary btn-large" href={hrefFor('import')} data-testid="empty-import">
            {t('empty.importAction')}
          </a>
          {onDemo ? (
            <button type="button" className="btn btn-large" onClick={onDemo} data-testid="empty-demo">
              {t('empty.demoAction')}
            </button>
          ) : null}
        </div>
      </div>
      <ol className="provider-cards">
        {providers.map((p) => (
          <li key={p.key} className="card provider-card">
            <span className={`provider-mark provider-${p.key}`} aria-hidden="true">
              {p.mark}
            </span>
            <h2>{p.title}</h2>
            <p>{p.steps}</p>
          </li>
        ))}
      </ol>
      <p className="empty-privacy muted">{t('empty.privacy')}</p>
    </section>
  );
}
