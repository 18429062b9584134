// Swim-lane layout of the timeline: one lane per room in the order the library lists them, then "no room".
// Pure geometry so hit testing and drawing agree on which lane a pixel row belongs to.

import { NO_REF } from '../../library/columns';
import type { Room } from '../../../shared/model';

export interface Lane {
  /** Index into columns.rooms; null for the "no room" lane. */
  room: number | null;
  private: boolean;
  top: number;
  height: number;
}

export interface LaneLayout {
  lanes: Lane[];
  /** Lane index per room index; the "no room" lane is at rooms.length. */
  laneOfRoom: Uint16Array;
  axisHeight: number;
  totalHeight: number;
}

export function buildLanes(rooms: readonly Room[], laneHeight: number, axisHeight: number): LaneLayout {
  const lanes: Lane[] = rooms.map((room, i) => ({
    room: i,
    private: room.private,
    top: axisHeight + i * laneHeight,
    height: laneHeight,
  }));
  lanes.push({ room: null, private: false, top: axisHeight + rooms.length * laneHeight, height: laneHeight });
  const laneOfRoom = new Uint16Array(rooms.length + 1);
  for (let i = 0; i <= rooms.length; i++) laneOfRoom[i] = i;
  return { lanes, laneOfRoom, axisHeight, totalHeight: axisHeight + lanes.length * laneHeight };
}

/** Lane of a capture's room value (NO_REF or an out-of-range index land in "no room"). */
export function laneOf(layout: LaneLayout, roomValue: number): number {
  const noRoom = layout.lanes.length - 1;
  return roomValue === NO_REF || roomValue >= noRoom ? noRoom : layout.laneOfRoom[roomValue]!;
}

/** Lane under a y coordinate (CSS px from the canvas top), or -1 over the axis / below the lanes. */
export function laneAtY(layout: LaneLayout, y: number): number {
  for (let i = 0; i < layout.lanes.length; i++) {
    const lane = layout.lanes[i]!;
    if (y >= lane.top && y < lane.top + lane.height) return i;
  }
  return -1;
}
