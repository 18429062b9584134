// Library: the empty state for a new user; otherwise the overview of everything captured.

import { useTranslation } from 'react-i18next';
import { useLibrary } from '../../library/LibraryProvider';
import { EmptyLibrary } from './EmptyLibrary';

export function LibraryScreen() {
  const { t } = useTranslation();
  const { columns, loading } = useLibrary();
  if (loading || !columns) return <p className="screen muted">{t('common.loading')}</p>;
  if (columns.count === 0) return <EmptyLibrary />;
  return (
    <section className="screen">
      <h1>{t('nav.library')}</h1>
      <p>{t('common.captures', { count: columns.count })}</p>
    </section>
  );
}
