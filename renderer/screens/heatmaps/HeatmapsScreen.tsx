// Heatmaps: hour of day × weekday per room (counts or share of accidental captures) and a calendar of
// captures per day. A cell or a day narrows the filters and opens the clips behind it.

import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences';
import { hrefFor } from '../../app/router';
import { FilterBar } from '../../filters/FilterBar';
import { NO_REF } from '../../library/columns';
import { useFilters } from '../../library/FilterProvider';
import { filtersToParams } from '../../library/filters';
import { useLibrary } from '../../library/LibraryProvider';
import { CalendarView } from '../../views/calendar/CalendarView';
import { Heatmap } from '../../views/heatmap/Heatmap';

export function HeatmapsScreen() {
  const { t, i18n } = useTranslation();
  const { timeZone } = usePreferences();
  const { columns } = useLibrary();
  const { visible, filters } = useFilters();
  if (!columns) return null;
  const language = i18n.language === 'de' ? 'de' : 'en';
  const translate = t as (key: string, options?: Record<string, unknown>) => string;
  const go = (patch: Partial<typeof filters>) => {
    window.location.hash = hrefFor('clips', filtersToParams({ ...filters, ...patch }));
  };
  return (
    <section className="screen screen-wide">
      <h1>{t('nav.heatmaps')}</h1>
      <FilterBar />
      <div className="card">
        <Heatmap
          columns={columns}
          visible={visible}
          timeZone={timeZone}
          language={language}
          t={translate}
          onCellClick={({ room, weekday, hour }) =>
            go({
              weekday,
              hour,
              rooms: room === null ? filters.rooms : [room === NO_REF ? '' : (columns.rooms[room]?.id ?? '')],
            })
          }
        />
      </div>
      <div className="card calendar-card">
        <h2>{t('heatmaps.calendar')}</h2>
        <CalendarView
          columns={columns}
          visible={visible}
          timeZone={timeZone}
          language={language}
          t={translate}
          onDayClick={({ from, to }) => go({ from, to })}
        />
      </div>
    </section>
  );
}
