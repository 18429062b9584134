// Library: the empty state for a new user; otherwise the overview of everything captured.

import { useTranslation } from 'react-i18next';
import { useLibrary } from '../../library/LibraryProvider';
import { EmptyLibrary } from './EmptyLibrary';
import { Overview } from './Overview';

export function LibraryScreen() {
  const { t } = useTranslation();
  const { columns, loading } = useLibrary();
  if (loading || !columns) return <p className="screen muted">{t('common.loading')}</p>;
  if (columns.count === 0) return <EmptyLibrary />;
  return <Overview columns={columns} />;
}
