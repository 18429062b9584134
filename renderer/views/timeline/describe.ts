// The lines a tooltip and the screen-reader announcement show for one capture: local time, device and room,
// category and flags, transcript. Uses the caller's describe() where given, the columns otherwise.

import { NO_REF } from '../../library/columns';
import { CATEGORIES } from '../../../shared/model';
import { ACCIDENTAL, FOREIGN, SENSITIVE } from '../shared-canvas/flag-masks';
import { formatInstant } from './ticks';
import type { TimelineProps } from './types';

export function describeCapture(props: TimelineProps, i: number): string[] {
  const { columns, describe, categoryLabel, t } = props;
  const own = describe?.(i);
  const room = columns.room[i]! === NO_REF ? t('views.timeline.noRoom') : (columns.rooms[columns.room[i]!]?.name ?? '');
  const device = own?.device ?? columns.devices[columns.device[i]!]?.name ?? '';
  const flags = columns.flags[i]!;
  const marks = [
    categoryLabel(CATEGORIES[columns.category[i]!]!),
    flags & ACCIDENTAL ? t('views.timeline.accidental') : '',
    flags & FOREIGN ? t('views.timeline.foreign') : '',
    flags & SENSITIVE ? t('views.timeline.sensitive') : '',
  ].filter(Boolean);
  return [
    own?.time ?? formatInstant(columns.ts[i]!, props.timeZone, props.language),
    [device, room].filter(Boolean).join(' · '),
    marks.join(' · '),
    own?.transcript ?? '',
  ].filter(Boolean);
}
