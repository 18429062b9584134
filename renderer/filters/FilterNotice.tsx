// Filters are kept across restarts; a screen without the filter bar says so plainly, so "0 of 3,975" after
// reopening the app never has an invisible reason: "Filters active: Bad, Nachts — Reset".

import { useTranslation } from 'react-i18next';
import type { ClipColumns } from '../library/columns';
import { useFilters } from '../library/FilterProvider';
import { EMPTY_FILTERS, isFiltered } from '../library/filters';
import { usePopulation } from '../library/usePopulation';

export function FilterNotice({ columns }: { columns: ClipColumns }) {
  const { t, i18n } = useTranslation();
  const { filters, setFilters, visible } = useFilters();
  const counted = usePopulation();
  if (!isFiltered(filters)) return null;
  const names = [
    ...filters.rooms.map((id) => (id ? (columns.rooms.find((r) => r.id === id)?.name ?? id) : t('clip.noRoom'))),
    ...filters.categories.map((c) => t(`categories.${c}`)),
    ...filters.flags.map((f) => t(`flags.${f}`)),
    ...filters.devices.map((id) => columns.devices.find((d) => d.id === id)?.name ?? id),
    ...filters.sources.map((s) => t(`sources.${s}`)),
    ...filters.kinds.map((k) => t(`answers.kindNames.${k}`)),
    ...(filters.voices.length ? [t('filters.voices')] : []),
    ...(filters.q.trim() ? [t('filterUi.search', { q: filters.q.trim() })] : []),
    ...(filters.from !== undefined || filters.to !== undefined ? [t('filterUi.dates')] : []),
    ...(filters.weekday !== undefined || filters.hour !== undefined ? [t('filterUi.cell')] : []),
  ];
  const n = (v: number) => v.toLocaleString(i18n.language);
  return (
    <p className="notice filter-notice" role="status" data-testid="filter-notice">
      <strong>{t('filterUi.active', { list: names.join(', ') })}</strong>{' '}
      {t('filterUi.activeCount', { count: visible.length, shown: n(visible.length), total: n(counted?.total ?? 0) })}{' '}
      <button type="button" className="btn" onClick={() => setFilters(EMPTY_FILTERS)} data-testid="filter-notice-reset">
        {t('filterUi.reset')}
      </button>
    </p>
  );
}
