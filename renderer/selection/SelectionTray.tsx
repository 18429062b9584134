// The tray at the bottom of the main area: what is selected (count, rooms, categories, time span) and what to
// do with it — select all in the filter, save or open named selections, write an erasure or access request,
// delete from Earshot. On the data views it also offers "select all" when nothing is selected yet.

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../app/preferences';
import { hrefFor, useNavigate, useRoute } from '../app/router';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { softDelete } from '../db/repos/clips';
import { createRequestsFromSelection } from '../db/repos/requests';
import { formatDate } from '../format/time';
import { useFilters } from '../library/FilterProvider';
import { filtersToParams } from '../library/filters';
import { useLibrary } from '../library/LibraryProvider';
import { DeletedBar } from './DeletedBar';
import { SavedSelections } from './SavedSelections';
import { summarizeSelection, type SelectionSummary } from './selection-summary';
import { useSelection } from './SelectionProvider';
import './tray.css';

const DATA_ROUTES = new Set(['clips', 'timeline', 'heatmaps', 'library']);
const SHOWN = 4;
const NOTHING: SelectionSummary = { count: 0, rooms: [], categories: [] };

export function SelectionTray() {
  const { t, i18n } = useTranslation();
  const { timeZone } = usePreferences();
  const route = useRoute();
  const navigate = useNavigate();
  const { columns } = useLibrary();
  const { visible, filters, query } = useFilters();
  const selection = useSelection();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useMemo(
    // Nothing selected (every start-up): no pass over the library's 100,000 slots for a count of 0.
    () => (!columns ? null : selection.ids.size === 0 ? NOTHING : summarizeSelection(columns, selection.mask)),
    [columns, selection.ids, selection.mask],
  );
  const n = (v: number) => v.toLocaleString(i18n.language);

  if (!columns || !summary) return <DeletedBar />;
  const selectAll = (
    <button
      type="button"
      className="btn"
      disabled={!visible.length}
      onClick={() => selection.replace(visible)}
      data-testid="tray-select-all"
    >
      {t('tray.selectAll', { count: visible.length })}
    </button>
  );

  if (summary.count === 0) {
    return (
      <div className="selection-dock">
        <DeletedBar />
        {DATA_ROUTES.has(route) && visible.length > 0 ? (
          <div className="selection-tray selection-tray-idle" role="region" aria-label={t('tray.label')}>
            <span className="muted">{t('tray.nothingSelected')}</span>
            {selectAll}
            <SavedSelections ids={selection.ids} onOpen={(ids) => selection.replaceIds(ids)} />
          </div>
        ) : null}
      </div>
    );
  }

  const ids = () => [...selection.ids];
  const createRequests = async (kind: 'erasure' | 'access') => {
    setBusy(true);
    try {
      const language = i18n.language === 'de' ? 'de' : 'en';
      const { created, local } = await createRequestsFromSelection(kind, ids(), language, timeZone);
      if (!created.length) {
        setMessage(t('tray.localOnly'));
        return;
      }
      setMessage(local ? t('tray.localLeftOut', { count: local }) : null);
      navigate('requests', filtersToParams(filters, new URLSearchParams({ request: created[0]!.id })));
    } finally {
      setBusy(false);
    }
  };
  const roomLabel = (r: (typeof summary.rooms)[number]) => r.name ?? t('tray.noRoom');
  const countText = <strong data-testid="tray-count">{t('tray.selected', { count: summary.count })}</strong>;

  // Off the data views (requests, settings…) the selection stays but only takes one slim line.
  if (!DATA_ROUTES.has(route))
    return (
      <div className="selection-dock">
        <DeletedBar />
        <div
          className="selection-tray selection-tray-idle"
          role="region"
          aria-label={t('tray.label')}
          data-testid="selection-tray"
        >
          {countText}
          <a className="btn" href={hrefFor('clips', new URLSearchParams(query))}>
            {t('tray.show')}
          </a>
          <button type="button" className="btn" onClick={selection.clear} data-testid="tray-clear">
            {t('tray.clear')}
          </button>
        </div>
      </div>
    );

  return (
    <div className="selection-dock">
      <DeletedBar />
      <div className="selection-tray" role="region" aria-label={t('tray.label')} data-testid="selection-tray">
        <div className="tray-facts">
          {countText}
          {summary.from !== undefined && summary.to !== undefined ? (
            <span className="muted" data-testid="tray-span">
              {t('tray.span', {
                from: formatDate(summary.from, i18n.language, timeZone),
                to: formatDate(summary.to, i18n.language, timeZone),
              })}
            </span>
          ) : null}
          <span className="tray-chips" data-testid="tray-rooms">
            {summary.rooms.slice(0, SHOWN).map((r) => (
              <span key={r.roomId} className="chip">
                {roomLabel(r)} <b>{n(r.count)}</b>
              </span>
            ))}
            {summary.rooms.length > SHOWN ? (
              <span className="chip muted">{t('tray.more', { count: summary.rooms.length - SHOWN })}</span>
            ) : null}
          </span>
          <span className="tray-chips" data-testid="tray-categories">
            {summary.categories.slice(0, SHOWN).map((c) => (
              <span key={c.category} className="chip">
                <span className="cat-dot" style={{ background: `var(--cat-${c.category})` }} />
                {t(`categories.${c.category}`)} <b>{n(c.count)}</b>
              </span>
            ))}
            {summary.categories.length > SHOWN ? (
              <span className="chip muted">{t('tray.more', { count: summary.categories.length - SHOWN })}</span>
            ) : null}
          </span>
          <span className="tray-gap" />
          <button
            type="button"
            className="btn tray-delete"
            onClick={() => setConfirmDelete(true)}
            data-testid="tray-delete"
          >
            {t('tray.delete')}
          </button>
        </div>
        <div className="tray-actions">
          {selectAll}
          <button type="button" className="btn" onClick={selection.clear} data-testid="tray-clear">
            {t('tray.clear')}
          </button>
          <SavedSelections ids={selection.ids} onOpen={(next) => selection.replaceIds(next)} />
          <span className="tray-gap" />
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy}
            onClick={() => void createRequests('erasure')}
            data-testid="tray-erasure"
          >
            {t('tray.erasure')}
          </button>
          <button
            type="button"
            className="btn"
            disabled={busy}
            onClick={() => void createRequests('access')}
            data-testid="tray-access"
          >
            {t('tray.access')}
          </button>
        </div>
        {message ? (
          <p className="notice tray-message" role="status" data-testid="tray-message">
            {message}
          </p>
        ) : null}
      </div>
      <ConfirmDialog
        open={confirmDelete}
        title={t('tray.deleteTitle', { count: summary.count })}
        confirmLabel={t('tray.delete')}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => {
          setConfirmDelete(false);
          void softDelete(ids()).then(() => selection.clear());
        }}
      >
        <p>{t('tray.deleteBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
