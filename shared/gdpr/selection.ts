// The CLI's selection for a request: filters on room kind, category, flag and a local date range, combined
// with AND (the UI selects by hand, but builds the same letters from the result). Foreign and locally deleted
// captures are never part of a request about the household's own data.

import { localDate, type IsoDate } from '../i18n-format';
import type { Capture, Category, Device, Flag, Room, RoomKind } from '../model';

export interface SelectionFilter {
  roomKind?: RoomKind;
  category?: Category;
  flag?: Flag;
  /** Inclusive local calendar days. */
  from?: IsoDate;
  to?: IsoDate;
  /** Select the quarantined foreign captures instead (breach notices); otherwise they are always left out. */
  foreign?: boolean;
}

export function selectCaptures(
  captures: readonly Capture[],
  context: { devices: readonly Device[]; rooms: readonly Room[]; timeZone: string },
  filter: SelectionFilter,
): Capture[] {
  const deviceRoom = new Map(context.devices.map((d) => [d.id, d.roomId]));
  const roomKind = new Map(context.rooms.map((r) => [r.id, r.kind]));
  return captures.filter((c) => {
    if (c.deletedAt !== undefined || c.flags.includes('foreign') !== !!filter.foreign) return false;
    if (filter.category && c.category !== filter.category) return false;
    if (filter.flag && !c.flags.includes(filter.flag)) return false;
    if (filter.roomKind) {
      const roomId = c.roomId ?? (c.deviceId ? deviceRoom.get(c.deviceId) : undefined);
      if (!roomId || roomKind.get(roomId) !== filter.roomKind) return false;
    }
    if (filter.from || filter.to) {
      const day = localDate(c.ts, context.timeZone);
      if (filter.from && day < filter.from) return false;
      if (filter.to && day > filter.to) return false;
    }
    return true;
  });
}
