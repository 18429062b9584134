// Timeline: every capture by room and local time; brushing a period selects its clips, a click opens one.

import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, type Category } from '../../../shared/model';
import { usePreferences } from '../../app/preferences';
import { FilterBar } from '../../filters/FilterBar';
import { formatDateTime } from '../../format/time';
import { NO_REF } from '../../library/columns';
import { useFilters } from '../../library/FilterProvider';
import { useLibrary } from '../../library/LibraryProvider';
import { ClipPanel } from '../../player/ClipPanel';
import { useOpenClip } from '../../player/OpenClipProvider';
import { useSelection } from '../../selection/SelectionProvider';
import { Timeline } from '../../views/timeline/Timeline';
import { getClips } from '../../db/repos/clips';
import '../clips/clips.css';

export function TimelineScreen() {
  const { t, i18n } = useTranslation();
  const { timeZone } = usePreferences();
  const { columns } = useLibrary();
  const { visible, setFilters } = useFilters();
  const { openIndex, open } = useOpenClip();
  const selection = useSelection();
  const [brushed, setBrushed] = useState<{ from: number; to: number } | null>(null);
  const [transcripts, setTranscripts] = useState(new Map<string, string>());

  const describe = useCallback(
    (index: number) => {
      const id = columns!.ids[index]!;
      if (!transcripts.has(id))
        void getClips([id]).then(([clip]) =>
          setTranscripts((m) =>
            new Map(m).set(id, clip?.transcript ?? t(`status.${clip?.transcriptStatus ?? 'missing'}`)),
          ),
        );
      const device = columns!.device[index] !== NO_REF ? columns!.devices[columns!.device[index]!]?.name : undefined;
      return {
        time: formatDateTime(columns!.ts[index]!, i18n.language, timeZone),
        device: device ?? '—',
        transcript: transcripts.get(id) ?? '…',
      };
    },
    [columns, transcripts, i18n.language, timeZone, t],
  );

  const onBrush = useCallback(
    (range: { from: number; to: number } | null) => {
      setBrushed(range);
      if (!range || !columns) return;
      const inRange: number[] = [];
      for (let k = 0; k < visible.length; k++) {
        const ts = columns.ts[visible[k]!]!;
        if (ts >= range.from && ts < range.to) inRange.push(visible[k]!);
      }
      selection.replace(inRange);
    },
    [columns, visible, selection],
  );

  // The legend does not change with the filters; the screen renders on every filter change.
  const legend = useMemo(
    () => (
      <ul className="timeline-legend" aria-label={t('timeline.legend')}>
        {CATEGORIES.map((c) => (
          <li key={c}>
            <span className="legend-swatch" style={{ background: `var(--cat-${c})` }} />
            {t(`categories.${c}`)}
          </li>
        ))}
        <li>
          <span className="legend-swatch legend-hollow" />
          {t('flags.accidental')}
        </li>
      </ul>
    ),
    [t],
  );

  if (!columns) return null;
  return (
    <section className="screen screen-wide">
      <h1>{t('nav.timeline')}</h1>
      <FilterBar
        extra={
          brushed ? (
            <button
              type="button"
              className="btn"
              data-testid="timeline-filter-period"
              onClick={() => setFilters((f) => ({ ...f, from: brushed.from, to: brushed.to }))}
            >
              {t('timeline.filterToPeriod')}
            </button>
          ) : null
        }
      />
      <div className={`split${openIndex !== null ? ' split-open' : ''}`}>
        <div className="card timeline-card">
          <Timeline
            columns={columns}
            visible={visible}
            timeZone={timeZone}
            language={i18n.language === 'de' ? 'de' : 'en'}
            t={t as (key: string, options?: Record<string, unknown>) => string}
            categoryLabel={(id: Category) => t(`categories.${id}`)}
            onOpenClip={open}
            onBrush={onBrush}
            describe={describe}
            selected={selection.mask}
            highlight={openIndex ?? undefined}
            exposeStats
          />
          {legend}
        </div>
        <ClipPanel />
      </div>
    </section>
  );
}
