// Library: the empty state for a new user; otherwise the overview of everything captured.

import { useTranslation } from 'react-i18next';
import { useNavigate } from '../../app/router';
import { useLibrary } from '../../library/LibraryProvider';
import { EmptyLibrary } from './EmptyLibrary';
import { Overview } from './Overview';

export function LibraryScreen() {
  const { t } = useTranslation();
  const { columns, loading } = useLibrary();
  const navigate = useNavigate();
  if (loading || !columns) return <p className="screen muted">{t('common.loading')}</p>;
  if (columns.count === 0) return <EmptyLibrary onDemo={() => navigate('import', { demo: '1' })} />;
  return <Overview columns={columns} />;
}
