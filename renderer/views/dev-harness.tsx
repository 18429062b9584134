// Dev harness page for the canvas views: ?n=100000&lang=de&theme=dark. Renders the timeline, heatmaps and
// calendar over synthetic captures and logs what the callbacks receive (read by the screenshot script).

import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Category } from '../../shared/model';
import { syntheticColumns } from './dev-harness-data';
import { simpleTranslate } from './shared-canvas/messages';
import { Timeline } from './timeline/Timeline';
import { Heatmap } from './heatmap/Heatmap';
import { CalendarView } from './calendar/CalendarView';
import './dev-harness.css';

const params = new URLSearchParams(location.search);
const n = Number(params.get('n') ?? 100_000);
const language = params.get('lang') === 'de' ? 'de' : 'en';
if (params.get('theme') === 'dark') document.documentElement.dataset.theme = 'dark';

declare global {
  interface Window {
    __harnessEvents: unknown[];
  }
}
window.__harnessEvents = [];
const log = (type: string, value: unknown) => window.__harnessEvents.push({ type, value });

function Harness() {
  const columns = useMemo(() => syntheticColumns(n), []);
  const visible = useMemo(() => Uint32Array.from({ length: columns.count }, (_, i) => i), [columns]);
  const [open, setOpen] = useState<number | undefined>(undefined);
  const t = useMemo(() => simpleTranslate(language), []);
  const categoryLabel = (id: Category) => id;
  return (
    <>
      <section>
        <Timeline
          columns={columns}
          visible={visible}
          timeZone="Europe/Berlin"
          language={language}
          t={t}
          categoryLabel={categoryLabel}
          highlight={open}
          onOpenClip={(i) => {
            setOpen(i);
            log('open', i);
          }}
          onBrush={(range) => log('brush', range)}
          onViewChange={(range) => log('view', range)}
        />
      </section>
      <section>
        <Heatmap
          columns={columns}
          visible={visible}
          timeZone="Europe/Berlin"
          language={language}
          t={t}
          onCellClick={(cell) => log('cell', cell)}
        />
      </section>
      <section>
        <CalendarView
          columns={columns}
          visible={visible}
          timeZone="Europe/Berlin"
          language={language}
          t={t}
          onDayClick={(range) => log('day', range)}
        />
      </section>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Harness />
  </StrictMode>,
);
