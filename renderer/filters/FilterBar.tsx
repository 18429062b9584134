// The filter bar above every view: search, rooms, categories, flags, devices, sources, voices and a
// date range — each option with its live count among the captures that pass the other filters.

import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { listVoices } from '../db/repos/voices';
import { useTranslation } from 'react-i18next';
import { CAPTURE_KINDS, CATEGORIES, FLAGS, SOURCES } from '../../shared/model';
import { usePreferences } from '../app/preferences';
import { useFilterInput, useFilters } from '../library/FilterProvider';
import { useLibrary } from '../library/LibraryProvider';
import { EMPTY_FILTERS, isFiltered, type Filters } from '../library/filters';
import { toLocalDateInput, fromLocalDateInput } from './date-input';
import { DayInput } from './DayInput';
import { MonthPick } from './MonthPick';
import { Icon } from '../components/Icon';
import { NotCounted } from '../components/NotCounted';
import { usePopulation } from '../library/usePopulation';
import './filters.css';

type ListKey = 'rooms' | 'categories' | 'flags' | 'sources' | 'devices' | 'voices' | 'kinds';

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

function Facet({
  label,
  active,
  children,
  testId,
}: {
  label: string;
  active: number;
  /** Rendered once the menu has been opened: a closed menu shows none of its options or counts. */
  children: () => ReactNode;
  testId: string;
}) {
  // The bar renders on every filter change; its seven menus hold some fifty options with formatted counts
  // that nobody sees while the menus are closed.
  const [opened, setOpened] = useState(false);
  return (
    <details
      className={`facet${active ? ' facet-active' : ''}`}
      data-testid={testId}
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary>
        {label}
        {active ? <span className="facet-count">{active}</span> : null}
      </summary>
      <div className="facet-menu">{opened ? children() : null}</div>
    </details>
  );
}

export function FilterBar({ extra }: { extra?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { timeZone } = usePreferences();
  const { columns } = useLibrary();
  // The inputs follow the URL at once; the counts come with the filters' answer, the facet counts only when an
  // opened menu reads them.
  const { filters, setFilters } = useFilterInput();
  const filtered = useFilters();
  const { visible, searching, kinds, query } = filtered;
  const voices = useLiveQuery(listVoices, [columns], []);
  const counted = usePopulation();
  // Rendered on every filter change with 100,000 captures: one number format and one set of translated
  // labels per language, not one per option and render.
  const format = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);
  const labels = useMemo(
    () => ({
      categories: CATEGORIES.map((c) => t(`categories.${c}`)),
      flags: FLAGS.map((f) => t(`flags.${f}`)),
      sources: SOURCES.map((s) => t(`sources.${s}`)),
      kinds: CAPTURE_KINDS.map((k) => t(`answers.kindNames.${k}`)),
      search: t('filters.search'),
      similar: t('filterUi.similar'),
      similarHelp: t('filterUi.similarHelp'),
      facets: {
        rooms: t('filters.rooms'),
        categories: t('filters.categories'),
        flags: t('filters.flags'),
        devices: t('filters.devices'),
        voices: t('filters.voices'),
        sources: t('filters.sources'),
        kinds: t('answers.kindFacet'),
      },
      from: t('filters.from'),
      to: t('filters.to'),
      reset: t('filters.reset'),
    }),
    [t],
  );
  const voiceNames = new Map(voices.flatMap((v) => (v.name ? [[v.id, v.name] as const] : [])));
  if (!columns || !counted) return null;
  const n = (v: number) => format.format(v);
  const total = counted.total;
  const defaultKinds = !filters.kinds.length && !filters.foreign && !filters.flags.includes('foreign');

  const option = <K extends ListKey>(key: K, value: Filters[K][number], label: string, count: number | undefined) => (
    <label key={String(value)} className="facet-option">
      <input
        type="checkbox"
        checked={(filters[key] as readonly unknown[]).includes(value)}
        onChange={() => setFilters((f) => ({ ...f, [key]: toggle(f[key] as readonly unknown[], value) }))}
      />
      <span>{label}</span>
      {count !== undefined ? <span className="muted facet-n">{n(count)}</span> : null}
    </label>
  );

  return (
    <div className="filter-bar" role="search" data-testid="filter-bar">
      <input
        type="search"
        className="filter-search"
        placeholder={labels.search}
        aria-label={labels.search}
        value={filters.q}
        onChange={(e) => setFilters((f) => ({ ...f, q: e.target.value }))}
        data-testid="filter-search"
      />
      {filters.q.trim() ? (
        <label className="filter-similar" title={labels.similarHelp}>
          <input
            type="checkbox"
            checked={filters.similar}
            onChange={(e) => setFilters((f) => ({ ...f, similar: e.target.checked }))}
            data-testid="filter-similar"
          />{' '}
          {labels.similar}
        </label>
      ) : null}
      <Facet label={labels.facets.rooms} active={filters.rooms.length} testId="facet-rooms">
        {() => [
          ...columns.rooms.map((room, i) =>
            option(
              'rooms',
              room.id,
              room.private ? `${room.name} (${t('clip.private')})` : room.name,
              filtered.facets.rooms[i],
            ),
          ),
          option('rooms', '', t('clip.noRoom'), filtered.facets.rooms[columns.rooms.length]),
        ]}
      </Facet>
      <Facet label={labels.facets.categories} active={filters.categories.length} testId="facet-categories">
        {() => CATEGORIES.map((c, i) => option('categories', c, labels.categories[i]!, filtered.facets.categories[i]))}
      </Facet>
      <Facet label={labels.facets.flags} active={filters.flags.length} testId="facet-flags">
        {() => FLAGS.map((f, i) => option('flags', f, labels.flags[i]!, filtered.facets.flags[i]))}
      </Facet>
      <Facet label={labels.facets.devices} active={filters.devices.length} testId="facet-devices">
        {() => columns.devices.map((d, i) => option('devices', d.id, d.name, filtered.facets.devices[i]))}
      </Facet>
      {columns.voices.length ? (
        <Facet label={labels.facets.voices} active={filters.voices.length} testId="facet-voices">
          {() =>
            columns.voices.map((id, i) =>
              option(
                'voices',
                id,
                voiceNames.get(id) ?? t('filters.unnamedVoice', { n: i + 1 }),
                filtered.facets.voices[i],
              ),
            )
          }
        </Facet>
      ) : null}
      <Facet label={labels.facets.sources} active={filters.sources.length} testId="facet-sources">
        {() => SOURCES.map((s, i) => option('sources', s, labels.sources[i]!, filtered.facets.sources[i]))}
      </Facet>
      {kinds.some((count, i) => count > 0 && CAPTURE_KINDS[i] !== 'capture') ? (
        <Facet label={labels.facets.kinds} active={filters.kinds.length} testId="facet-kinds">
          {() => CAPTURE_KINDS.map((k, i) => option('kinds', k, labels.kinds[i]!, kinds[i]))}
        </Facet>
      ) : null}
      {/* One unit, so "Bis" never wraps onto a line of its own. */}
      <span className="filter-dates">
        <MonthPick
          ts={columns.ts}
          timeZone={timeZone}
          from={filters.from}
          to={filters.to}
          onChange={(range) => setFilters((f) => ({ ...f, from: range.from, to: range.to }))}
        />
        <label className="filter-date">
          <span>{labels.from}</span>
          <DayInput
            label={labels.from}
            value={toLocalDateInput(filters.from, timeZone)}
            onChange={(day) => setFilters((f) => ({ ...f, from: fromLocalDateInput(day, timeZone) }))}
            testId="filter-from"
          />
        </label>
        <label className="filter-date">
          <span>{labels.to}</span>
          <DayInput
            label={labels.to}
            value={toLocalDateInput(filters.to !== undefined ? filters.to - 1 : undefined, timeZone)}
            onChange={(day) => {
              const start = fromLocalDateInput(day, timeZone);
              setFilters((f) => ({ ...f, to: start !== undefined ? start + 86_400_000 : undefined }));
            }}
            testId="filter-to"
          />
        </label>
      </span>
      {filters.weekday !== undefined || filters.hour !== undefined ? (
        <button
          type="button"
          className="chip chip-button"
          onClick={() => setFilters((f) => ({ ...f, weekday: undefined, hour: undefined }))}
        >
          {t('filters.cell', {
            weekday: filters.weekday !== undefined ? t(`weekdays.${filters.weekday}`) : '*',
            hour: filters.hour ?? '*',
          })}{' '}
          <Icon name="close" size={12} />
        </button>
      ) : null}
      {/* data-answers: the filters (as the URL writes them) whose answer is on screen — a text query's answer comes
          from the worker a moment after the URL changed, and tests wait for it, not for the URL. */}
      <span className="filter-total" aria-live="polite" data-testid="filter-total" data-answers={query}>
        {searching
          ? t('filters.indexing')
          : t('filters.showing', { count: total, total: n(total), shown: n(visible.length) })}
      </span>
      {defaultKinds ? <NotCounted population={counted.population} compact /> : null}
      {isFiltered(filters) ? (
        <button type="button" className="btn" onClick={() => setFilters(EMPTY_FILTERS)} data-testid="filter-reset">
          {labels.reset}
        </button>
      ) : null}
      {extra}
    </div>
  );
}
