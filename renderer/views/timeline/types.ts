// Public props of the timeline component (shared by the React wrapper and its imperative controller).

import type { ClipColumns } from '../../library/columns';
import type { Category } from '../../../shared/model';
import type { Translate } from '../shared-canvas/messages';

export interface ClipDescription {
  time: string;
  device: string;
  transcript: string;
}

export interface TimeRange {
  from: number;
  to: number;
}

export interface TimelineProps {
  columns: ClipColumns;
  /** Column indexes passing the current filters, sorted by time. */
  visible: Uint32Array;
  timeZone: string;
  language: 'de' | 'en';
  t: Translate;
  categoryLabel: (id: Category) => string;
  onOpenClip: (index: number) => void;
  /** A period chosen with shift+drag (or in brush mode); null when cleared with Esc. */
  onBrush: (range: TimeRange | null) => void;
  /** Called ~150 ms after the visible window stops changing. */
  onViewChange?: (range: TimeRange) => void;
  /** Tooltip text; without it the tooltip shows local time, device and room from the columns. */
  describe?: (index: number) => ClipDescription;
  /** 1 = selected, indexed like the columns. */
  selected?: Uint8Array;
  /** Column index of the open clip. */
  highlight?: number;
  /** Lane height in CSS px (default 44). */
  laneHeight?: number;
  /** Publish frame times on window.__earshotTimelineStats even in production builds (always on in dev). */
  exposeStats?: boolean;
}
