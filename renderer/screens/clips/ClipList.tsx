// The virtualised clip list: grouped by local day, newest or oldest first, each row with time, room,
// device, transcript or status, category, flags, length and a waveform from the stored peaks.
// Click opens; Ctrl/Cmd-click toggles the selection; Shift-click selects a range; ↑/↓ move.

import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES } from '../../../shared/model';
import { usePreferences } from '../../app/preferences';
import { FlagChips } from '../../components/FlagChips';
import { formatClipLength } from '../../format/duration';
import { formatDay, formatTime } from '../../format/time';
import { NO_REF, maskToFlags } from '../../library/columns';
import { useFilters } from '../../library/FilterProvider';
import { useLibrary } from '../../library/LibraryProvider';
import { positionOf, useOpenClip } from '../../player/OpenClipProvider';
import { useSelection } from '../../selection/SelectionProvider';
import { buildRows } from './clip-rows';
import { MiniWaveform } from './MiniWaveform';
import { useRowData } from './useRowData';

const ROW = 58;
const HEADER = 34;

export function ClipList() {
  const { t, i18n } = useTranslation();
  const { timeZone } = usePreferences();
  const { columns, version } = useLibrary();
  const { visible, clock } = useFilters();
  const { openIndex, open, newestFirst, setNewestFirst } = useOpenClip();
  const selection = useSelection();
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => (clock ? buildRows(visible, clock.day, newestFirst) : []), [visible, clock, newestFirst]);
  const order = useMemo(() => {
    if (!newestFirst) return visible;
    const reversed = new Uint32Array(visible.length);
    for (let k = 0; k < visible.length; k++) reversed[k] = visible[visible.length - 1 - k]!;
    return reversed;
  }, [visible, newestFirst]);

  // TanStack Virtual returns fresh functions each render; this component does not rely on memoising them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]?.kind === 'day' ? HEADER : ROW),
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const ids = items.flatMap((item) => {
    const row = rows[item.index];
    return row?.kind === 'clip' ? [columns!.ids[row.index]!] : [];
  });
  const data = useRowData(ids, version);
  if (!columns) return null;

  const move = (delta: number) => {
    if (!visible.length) return;
    const current = openIndex !== null ? positionOf(order, openIndex) : -1;
    const target = order[Math.max(0, Math.min(order.length - 1, current + delta))]!;
    open(target);
    const rowIndex = rows.findIndex((r) => r.kind === 'clip' && r.index === target);
    if (rowIndex >= 0) virtualizer.scrollToIndex(rowIndex, { align: 'auto' });
  };

  return (
    <div className="clip-list-wrap">
      <div className="clip-list-head">
        <button type="button" className="btn" onClick={() => setNewestFirst(!newestFirst)} data-testid="clip-sort">
          {newestFirst ? t('clips.newestFirst') : t('clips.oldestFirst')}
        </button>
      </div>
      <div
        ref={scroller}
        className="clip-list"
        role="listbox"
        aria-multiselectable="true"
        aria-label={t('nav.clips')}
        tabIndex={0}
        data-testid="clip-list"
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            move(e.key === 'ArrowDown' ? 1 : -1);
          }
        }}
      >
        {!rows.length ? <p className="muted clip-list-empty">{t('clips.none')}</p> : null}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index]!;
            const style = {
              position: 'absolute' as const,
              top: 0,
              left: 0,
              right: 0,
              height: item.size,
              transform: `translateY(${item.start}px)`,
            };
            if (row.kind === 'day')
              return (
                <div key={item.key} className="clip-day" style={style}>
                  <span>{formatDay(row.day * 86_400_000 + 43_200_000, i18n.language, 'UTC')}</span>
                  <span className="muted">{t('common.captures', { count: row.count })}</span>
                </div>
              );
            const i = row.index;
            const id = columns.ids[i]!;
            const detail = data.get(id);
            const room = columns.room[i] !== NO_REF ? columns.rooms[columns.room[i]!] : undefined;
            const device = columns.device[i] !== NO_REF ? columns.devices[columns.device[i]!] : undefined;
            const category = CATEGORIES[columns.category[i]!]!;
            const clip = detail?.clip;
            return (
              <div
                key={item.key}
                role="option"
                aria-selected={selection.mask[i] === 1}
                className={`clip-row${openIndex === i ? ' clip-open' : ''}${selection.mask[i] ? ' clip-selected' : ''}`}
                style={style}
                data-testid="clip-row"
                data-clip-id={id}
                onClick={(e) => {
                  if (e.shiftKey || e.ctrlKey || e.metaKey)
                    selection.click(i, { shift: e.shiftKey, toggle: e.ctrlKey || e.metaKey }, order);
                  else open(i);
                }}
              >
                <input
                  type="checkbox"
                  className="clip-check"
                  checked={selection.mask[i] === 1}
                  aria-label={t('clips.select')}
                  onClick={(e) => e.stopPropagation()}
                  onChange={(e) =>
                    selection.click(i, { shift: (e.nativeEvent as MouseEvent).shiftKey, toggle: true }, order)
                  }
                />
                <span className="clip-time">{formatTime(columns.ts[i]!, i18n.language, timeZone)}</span>
                <span className="clip-main">
                  <span className="clip-where">
                    <span className="clip-room">{room?.name ?? t('clip.noRoom')}</span>
                    {device ? <span className="muted clip-device"> · {device.name}</span> : null}
                  </span>
                  <span className={`clip-text${clip?.transcript ? '' : ' muted'}`}>
                    {clip ? (clip.transcript ?? t(`status.${clip.transcriptStatus}`)) : ''}
                  </span>
                </span>
                <span className="clip-meta">
                  <span className="chip cat-chip" style={{ borderColor: `var(--cat-${category})` }}>
                    <span className="cat-dot" style={{ background: `var(--cat-${category})` }} />
                    {t(`categories.${category}`)}
                  </span>
                  <FlagChips flags={maskToFlags(columns.flags[i]!)} />
                </span>
                <span className="clip-length">
                  {formatClipLength(columns.durationMs[i] || undefined, i18n.language)}
                </span>
                <MiniWaveform peaks={detail?.peaks} width={96} />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
