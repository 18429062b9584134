// Hour-of-day × weekday heatmaps: "All rooms" large, then one small multiple per room (and "no room" when it
// has captures). Binning is one pass over `visible` with the cached local weekday/hour per capture; the
// tooltip is a single element updated directly, so hovering never re-renders the 168-cell grids.

import { useCallback, useMemo, useRef, useState } from 'react';
import { NO_REF, type ClipColumns } from '../../library/columns';
import { formatNumber, formatPercent } from '../../../shared/i18n-format';
import { localIndex } from '../shared-canvas/local-index';
import type { Translate } from '../shared-canvas/messages';
import { ALL, CELLS, binHeatmap, cellOf, cellValue, moveCell } from './bin';
import { hourLabel, weekdayNames } from './labels';
import { Multiple, type HeatmapMode } from './Multiple';
import '../shared-canvas/views.css';
import './heatmap.css';

export type { HeatmapMode } from './Multiple';

export interface HeatmapCell {
  /** Index into columns.rooms; null = all rooms; NO_REF (0xffff) = captures without a room. */
  room: number | null;
  /** 0 = Monday */
  weekday: number;
  hour: number;
}

export interface HeatmapProps {
  columns: ClipColumns;
  visible: Uint32Array;
  timeZone: string;
  language: 'de' | 'en';
  t: Translate;
  onCellClick: (cell: HeatmapCell) => void;
  /** Initial mode (the user toggles it). */
  defaultMode?: HeatmapMode;
}

export function Heatmap({ columns, visible, timeZone, language, t, onCellClick, defaultMode = 'count' }: HeatmapProps) {
  const [mode, setMode] = useState<HeatmapMode>(defaultMode);
  const [focus, setFocus] = useState({ weekday: 0, hour: 8 });
  const [announcement, setAnnouncement] = useState('');
  const tooltipRef = useRef<HTMLDivElement>(null);
  const index = useMemo(() => localIndex(columns, timeZone), [columns, timeZone]);
  const bins = useMemo(() => binHeatmap(columns, visible, index), [columns, visible, index]);
  const weekdays = weekdayNames(language);
  const longWeekdays = weekdayNames(language, 'long');
  const all = ALL(bins);

  const roomOf = useCallback(
    (multiple: number) => (multiple === bins.rooms + 1 ? null : multiple === bins.rooms ? NO_REF : multiple),
    [bins],
  );

  const describeCell = useCallback(
    (multiple: number, cell: number) => {
      const v = cellValue(bins, multiple, cell);
      const hour = cell % 24;
      return t('views.heatmap.cell', {
        weekday: longWeekdays[Math.floor(cell / 24)],
        from: hourLabel(hour),
        to: hourLabel(hour + 1),
        count: v.count,
        share: formatPercent(v.share, language),
      });
    },
    [bins, t, longWeekdays, language],
  );

  const onHover = useCallback(
    (multiple: number, cell: number, x: number, y: number) => {
      const tip = tooltipRef.current!;
      tip.textContent = describeCell(multiple, cell);
      tip.style.left = `${x + 12}px`;
      tip.style.top = `${y + 14}px`;
      tip.hidden = false;
    },
    [describeCell],
  );
  const onLeave = useCallback(() => {
    tooltipRef.current!.hidden = true;
  }, []);
  const onActivate = useCallback(
    (multiple: number, weekday: number, hour: number) => {
      setFocus({ weekday, hour });
      onCellClick({ room: roomOf(multiple), weekday, hour });
    },
    [onCellClick, roomOf],
  );
  const activeMultiple = useRef(all);
  const onFocusCell = useCallback((multiple: number) => {
    activeMultiple.current = multiple;
  }, []);
  const onKeyDown = useCallback(
    (e: React.KeyboardEvent<SVGSVGElement>) => {
      const multiple = activeMultiple.current;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onCellClick({ room: roomOf(multiple), ...focus });
        return;
      }
      const next = moveCell(focus.weekday, focus.hour, e.key);
      if (next.weekday === focus.weekday && next.hour === focus.hour) return;
      e.preventDefault();
      setFocus(next);
      setAnnouncement(describeCell(multiple, cellOf(next.weekday, next.hour)));
    },
    [focus, onCellClick, roomOf, describeCell],
  );

  const summaryOf = (multiple: number, name: string) => {
    let busiest = 0;
    for (let c = 1; c < CELLS; c++)
      if (bins.counts[multiple * CELLS + c]! > bins.counts[multiple * CELLS + busiest]!) busiest = c;
    return `${t('views.heatmap.label')} – ${t('views.heatmap.summary', {
      room: name,
      count: formatNumber(bins.totals[multiple]!, language),
      weekday: longWeekdays[Math.floor(busiest / 24)],
      from: hourLabel(busiest % 24),
    })}. ${t('views.heatmap.keys')}`;
  };

  const multiples = [
    { multiple: all, title: t('views.heatmap.allRooms'), isPrivate: false, size: 22, testId: 'heatmap-all' },
    ...columns.rooms.map((room, i) => ({
      multiple: i,
      title: room.name,
      isPrivate: room.private,
      size: 11,
      testId: `heatmap-room-${i}`,
    })),
    ...(bins.totals[bins.rooms]! > 0
      ? [
          {
            multiple: bins.rooms,
            title: t('views.heatmap.noRoom'),
            isPrivate: false,
            size: 11,
            testId: 'heatmap-no-room',
          },
        ]
      : []),
  ];
  let maxAll = 0;
  for (let c = 0; c < CELLS; c++) maxAll = Math.max(maxAll, bins.counts[all * CELLS + c]!);
  const colour = mode === 'count' ? 'var(--accent)' : 'var(--danger)';

  return (
    <div className="es-heatmap" data-testid="heatmap" data-mode={mode}>
      <div className="es-heatmap__bar">
        <div role="group" aria-label={t('views.heatmap.label')}>
          {(['count', 'share'] as const).map((m) => (
            <button
              key={m}
              type="button"
              aria-pressed={mode === m}
              onClick={() => setMode(m)}
              data-testid={`heatmap-mode-${m}`}
            >
              {t(m === 'count' ? 'views.heatmap.modeCount' : 'views.heatmap.modeShare')}
            </button>
          ))}
        </div>
        <div className="es-heatmap__legend" data-testid="heatmap-legend">
          <span>{mode === 'count' ? '0' : formatPercent(0, language)}</span>
          <span
            className="es-heatmap__ramp"
            style={{
              background: `linear-gradient(to right, color-mix(in srgb, ${colour} 12%, transparent), ${colour})`,
            }}
          />
          <span>{mode === 'count' ? formatNumber(maxAll, language) : formatPercent(1, language)}</span>
          <span>
            {mode === 'count'
              ? t('views.heatmap.legendCount', { max: formatNumber(maxAll, language) })
              : t('views.heatmap.legendShare')}
          </span>
        </div>
      </div>
      <div className="es-heatmap__grid">
        {multiples.map((m) => (
          <div
            key={m.testId}
            className={m.multiple === all ? 'es-heatmap__multiple--all' : undefined}
            style={m.multiple === all ? { flexBasis: '100%' } : undefined}
          >
            <Multiple
              bins={bins}
              multiple={m.multiple}
              mode={mode}
              cell={m.size}
              title={`${m.title} · ${formatNumber(bins.totals[m.multiple]!, language)}`}
              isPrivate={m.isPrivate}
              weekdays={weekdays}
              summary={summaryOf(m.multiple, m.title)}
              focus={focus}
              testId={m.testId}
              onKeyDown={onKeyDown}
              onFocusCell={onFocusCell}
              onHover={onHover}
              onLeave={onLeave}
              onActivate={onActivate}
            />
          </div>
        ))}
      </div>
      <div ref={tooltipRef} className="es-heatmap__tooltip" role="tooltip" data-testid="heatmap-tooltip" hidden />
      <div className="es-visually-hidden" aria-live="polite" data-testid="heatmap-live">
        {announcement}
      </div>
    </div>
  );
}
