// Captures per day for the whole period, GitHub-contribution style: one SVG block per year, weeks as columns
// (Monday first), colour by count. A click or Enter selects the local day as an epoch-ms range.

import { useCallback, useMemo, useRef, useState } from 'react';
import type { ClipColumns } from '../../library/columns';
import { formatNumber } from '../../../shared/i18n-format';
import { localIndex } from '../shared-canvas/local-index';
import { DAY, zoneClock } from '../../../shared/time/zones';
import type { Translate } from '../shared-canvas/messages';
import { weekdayNames } from '../heatmap/labels';
import { countLevel, countPerDay, dayBounds, dayCell, moveDay, yearsCovering, type YearBlock } from './days';
import '../shared-canvas/views.css';
import './calendar.css';

export interface CalendarViewProps {
  columns: ClipColumns;
  visible: Uint32Array;
  timeZone: string;
  language: 'de' | 'en';
  t: Translate;
  /** Local day as [from, to) epoch ms (23 or 25 hours long on DST days). */
  onDayClick: (range: { from: number; to: number }) => void;
}

const CELL = 13;
const LEFT = 30;
const TOP = 16;
const LEVEL_OPACITY = [0, 0.3, 0.55, 0.8, 1];

export function CalendarView({ columns, visible, timeZone, language, t, onDayClick }: CalendarViewProps) {
  const index = useMemo(() => localIndex(columns, timeZone), [columns, timeZone]);
  const data = useMemo(() => {
    if (visible.length === 0) return null;
    const first = index.day[visible[0]!]!;
    const last = index.day[visible[visible.length - 1]!]!;
    const counts = countPerDay(index.day, visible, first, last);
    let max = 0;
    for (const c of counts) max = Math.max(max, c);
    return { first, last, counts, max, blocks: yearsCovering(first, last) };
  }, [index, visible]);
  const [focusDay, setFocusDay] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const tooltipRef = useRef<HTMLDivElement>(null);
  const svgRefs = useRef(new Map<number, SVGSVGElement>());
  const locale = language === 'de' ? 'de-DE' : 'en-GB';
  const longDate = useMemo(
    () =>
      new Intl.DateTimeFormat(locale, {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
    [locale],
  );
  const monthName = useMemo(() => new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }), [locale]);

  const countOf = useCallback(
    (day: number) => (data && day >= data.first && day <= data.last ? data.counts[day - data.first]! : 0),
    [data],
  );
  const describe = useCallback(
    (day: number) =>
      t('views.calendar.day', {
        date: longDate.format(day * DAY),
        count: countOf(day),
        n: formatNumber(countOf(day), language),
      }),
    [t, longDate, countOf, language],
  );
  const select = useCallback((day: number) => onDayClick(dayBounds(day, zoneClock(timeZone))), [onDayClick, timeZone]);

  if (!data) return <p data-testid="calendar-empty">{t('views.calendar.empty')}</p>;
  const focused = focusDay ?? data.last;

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select(focused);
      return;
    }
    const next = Math.max(data.first, Math.min(data.last, moveDay(focused, e.key)));
    if (next === focused) return;
    e.preventDefault();
    setFocusDay(next);
    setAnnouncement(describe(next));
    const year = new Date(next * DAY).getUTCFullYear();
    svgRefs.current.get(year)?.focus();
  };

  const weekdays = weekdayNames(language);
  const renderBlock = (block: YearBlock) => {
    const rects = [];
    for (let d = block.firstDay; d < block.firstDay + block.days; d++) {
      const { week, weekday } = dayCell(block, d);
      const level = countLevel(countOf(d), data.max);
      const inRange = d >= data.first && d <= data.last;
      rects.push(
        <rect
          key={d}
          x={LEFT + week * CELL + 1}
          y={TOP + weekday * CELL + 1}
          width={CELL - 2}
          height={CELL - 2}
          rx={2}
          fill={level === 0 ? 'var(--surface-2)' : 'var(--accent)'}
          fillOpacity={level === 0 ? (inRange ? 1 : 0.4) : LEVEL_OPACITY[level]}
          data-day={d}
          data-count={countOf(d)}
          onMouseEnter={(e) => {
            const tip = tooltipRef.current!;
            tip.textContent = describe(d);
            tip.style.left = `${e.clientX + 12}px`;
            tip.style.top = `${e.clientY + 14}px`;
            tip.hidden = false;
          }}
          onClick={() => {
            setFocusDay(d);
            select(d);
          }}
        />,
      );
    }
    const focusInBlock = focused >= block.firstDay && focused < block.firstDay + block.days;
    const fc = dayCell(block, focused);
    return (
      <figure key={block.year} className="es-calendar__year" data-testid={`calendar-year-${block.year}`}>
        <figcaption>{block.year}</figcaption>
        <svg
          ref={(el) => {
            if (el) svgRefs.current.set(block.year, el);
            else svgRefs.current.delete(block.year);
          }}
          width={LEFT + block.weeks * CELL}
          height={TOP + 7 * CELL}
          tabIndex={focusInBlock ? 0 : -1}
          role="img"
          aria-label={`${t('views.calendar.label')} ${block.year}. ${focusInBlock ? describe(focused) : ''} ${t('views.calendar.keys')}`}
          onKeyDown={onKeyDown}
          onMouseLeave={() => (tooltipRef.current!.hidden = true)}
        >
          {block.monthWeeks.map((week, m) => (
            <text key={m} x={LEFT + week * CELL} y={TOP - 5} className="es-calendar__axis">
              {monthName.format(Date.UTC(block.year, m, 1))}
            </text>
          ))}
          {[0, 2, 4].map((wd) => (
            <text key={wd} x={0} y={TOP + wd * CELL + CELL - 3} className="es-calendar__axis">
              {weekdays[wd]}
            </text>
          ))}
          {rects}
          {focusInBlock && (
            <rect
              className="es-calendar__focus"
              x={LEFT + fc.week * CELL + 0.5}
              y={TOP + fc.weekday * CELL + 0.5}
              width={CELL - 1}
              height={CELL - 1}
              rx={2}
            />
          )}
        </svg>
      </figure>
    );
  };

  return (
    <div className="es-calendar" data-testid="calendar">
      {data.blocks.map(renderBlock)}
      <div className="es-calendar__legend" data-testid="calendar-legend">
        <span>{t('views.calendar.less')}</span>
        {LEVEL_OPACITY.map((opacity, level) => (
          <svg key={level} width={CELL} height={CELL} aria-hidden="true">
            <rect
              width={CELL - 2}
              height={CELL - 2}
              x={1}
              y={1}
              rx={2}
              fill={level === 0 ? 'var(--surface-2)' : 'var(--accent)'}
              fillOpacity={level === 0 ? 1 : opacity}
            />
          </svg>
        ))}
        <span>{t('views.calendar.more')}</span>
      </div>
      <div ref={tooltipRef} className="es-calendar__tooltip" role="tooltip" data-testid="calendar-tooltip" hidden />
      <div className="es-visually-hidden" aria-live="polite" data-testid="calendar-live">
        {announcement}
      </div>
    </div>
  );
}
