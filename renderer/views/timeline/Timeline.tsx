// Room × time timeline: a React shell around one canvas. All drawing and interaction live in
// TimelineController, so pan/zoom frames never re-render React; React only renders the toolbar, the
// screen-reader summary (captures per lane) and the tooltip container.

import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { formatNumber } from '../../../shared/i18n-format';
import type { FrameSummary } from '../shared-canvas/frame-stats';
import { AXIS_HEIGHT, TimelineController } from './controller';
import { buildLanes, laneOf } from './lanes';
import type { TimelineProps } from './types';
import '../shared-canvas/views.css';
import './timeline.css';

export type { TimelineProps, ClipDescription, TimeRange } from './types';

export interface TimelineStatsHandle extends FrameSummary {
  reset(): void;
}

declare global {
  interface Window {
    /** Frame times of the most recent timeline draws (dev builds, or with the exposeStats prop). */
    __earshotTimelineStats?: TimelineStatsHandle;
  }
}

export function Timeline(props: TimelineProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const liveRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<TimelineController | null>(null);
  const [brushMode, setBrushMode] = useState(false);
  const ids = useId();
  const { t, columns, visible, exposeStats, language } = props;

  useLayoutEffect(() => {
    const controller = new TimelineController(canvasRef.current!, tooltipRef.current!, liveRef.current!);
    controllerRef.current = controller;
    const syncBrush = () => setBrushMode(controller.brushMode);
    controller.canvas.addEventListener('keyup', syncBrush);
    return () => {
      controller.canvas.removeEventListener('keyup', syncBrush);
      controller.destroy();
      controllerRef.current = null;
    };
  }, []);

  useLayoutEffect(() => {
    controllerRef.current?.setProps(props);
  });

  useEffect(() => {
    if (!import.meta.env.DEV && !exposeStats) return;
    const stats = controllerRef.current!.stats;
    const handle = {
      get frames() {
        return stats.summary().frames;
      },
      get p50() {
        return stats.summary().p50;
      },
      get p95() {
        return stats.summary().p95;
      },
      get max() {
        return stats.summary().max;
      },
      reset: () => stats.reset(),
    };
    window.__earshotTimelineStats = handle;
    return () => {
      if (window.__earshotTimelineStats === handle) delete window.__earshotTimelineStats;
    };
  }, [exposeStats]);

  // Counts per lane for screen readers: one pass over `visible` per filter change, not per frame; the lanes and
  // their names only when the rooms or the language change.
  const lanes = useMemo(() => {
    const layout = buildLanes(columns.rooms, 1, AXIS_HEIGHT);
    const labels = layout.lanes.map((lane) => {
      const name = lane.room === null ? t('views.timeline.noRoom') : (columns.rooms[lane.room]?.name ?? '');
      return lane.private ? `${name} (${t('views.timeline.private')})` : name;
    });
    return { layout, labels };
  }, [columns.rooms, t]);
  const summary = useMemo(() => {
    const { layout, labels } = lanes;
    const counts = new Uint32Array(layout.lanes.length);
    const { room } = columns;
    for (let k = 0; k < visible.length; k++) counts[laneOf(layout, room[visible[k]!]!)]!++;
    return labels.map((label, i) =>
      t('views.timeline.lane', { lane: label, count: counts[i], n: formatNumber(counts[i]!, language) }),
    );
  }, [lanes, columns, visible, t, language]);

  const toggleBrush = () => {
    const controller = controllerRef.current!;
    controller.brushMode = !controller.brushMode;
    setBrushMode(controller.brushMode);
  };

  return (
    <div className="es-timeline" data-testid="timeline">
      <div className="es-timeline__toolbar">
        <button
          type="button"
          onClick={() => controllerRef.current?.zoom(1 / 1.5)}
          aria-label={t('views.timeline.zoomIn')}
        >
          +
        </button>
        <button type="button" onClick={() => controllerRef.current?.zoom(1.5)} aria-label={t('views.timeline.zoomOut')}>
          −
        </button>
        <button type="button" onClick={() => controllerRef.current?.fit()} data-testid="timeline-fit">
          {t('views.timeline.fitAll')}
        </button>
        <button type="button" aria-pressed={brushMode} onClick={toggleBrush} data-testid="timeline-brush-mode">
          {t('views.timeline.brushMode')}
        </button>
      </div>
      <canvas
        ref={canvasRef}
        className="es-timeline__canvas"
        data-testid="timeline-canvas"
        tabIndex={0}
        role="application"
        aria-label={t('views.timeline.label')}
        aria-describedby={`${ids}-summary ${ids}-keys`}
      />
      <div ref={tooltipRef} className="es-timeline__tooltip" data-testid="timeline-tooltip" role="tooltip" hidden />
      <ul id={`${ids}-summary`} className="es-visually-hidden" data-testid="timeline-summary">
        {summary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p id={`${ids}-keys`} className="es-visually-hidden">
        {t('views.timeline.keys')}
      </p>
      <div ref={liveRef} className="es-visually-hidden" aria-live="polite" data-testid="timeline-live" />
    </div>
  );
}
