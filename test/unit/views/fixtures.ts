// Small hand-built ClipColumns for the view tests (times given as UTC ISO strings so expectations are readable).

import { NO_REF, buildColumns, type ClipColumns } from '../../../renderer/library/columns';
import type { Capture, Category, Flag, Room } from '../../../shared/model';

export const ROOMS: Room[] = [
  { id: 'kitchen', name: 'Küche', kind: 'kitchen', private: false },
  { id: 'bedroom', name: 'Schlafzimmer', kind: 'bedroom', private: true },
];

export interface Spec {
  at: string;
  room?: string;
  category?: Category;
  flags?: Flag[];
  durationMs?: number;
}

export function columnsOf(specs: Spec[]): ClipColumns {
  const captures: Capture[] = specs.map((s, i) => ({
    id: `c${i}`,
    source: 'alexa-history',
    ts: Date.parse(s.at),
    roomId: s.room,
    transcriptStatus: 'ok',
    category: s.category ?? 'weather',
    categoryConfidence: 1,
    flags: s.flags ?? [],
    durationMs: s.durationMs,
    importIds: ['i'],
  }));
  return buildColumns(captures, ROOMS, []);
}

export const allVisible = (columns: ClipColumns): Uint32Array =>
  Uint32Array.from({ length: columns.count }, (_, i) => i);

export { NO_REF };
