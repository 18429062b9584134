// Devices & rooms edits. A device's room decides the room of all its captures, so changing it updates
// every capture of that device (and their private-room flag) in the same transaction.

import { roomIdFor } from '../../../shared/rooms';
import { PRIVATE_ROOM_KINDS, type Device, type Room, type RoomKind } from '../../../shared/model';
import { getDb, type ClipRow } from '../db';
import { bumpLibraryVersion, deletedClips } from './library';

export async function listDevices(): Promise<Device[]> {
  return getDb().devices.toArray();
}

export async function listRooms(): Promise<Room[]> {
  return getDb().rooms.orderBy('kind').toArray();
}

/** Visible captures per known device: counted on the [deviceId+ts] index, less the few soft-deleted rows. */
export async function captureCountsByDevice(): Promise<Map<string, number>> {
  const db = getDb();
  // One read transaction: the counts and the deleted rows see the same library.
  const { ids, totals, deleted } = await db.transaction('r', db.devices, db.clips, async () => {
    const ids = (await db.devices.toCollection().primaryKeys()) as string[];
    const totals = await Promise.all(
      ids.map((id) => db.clips.where('[deviceId+ts]').between([id, -Infinity], [id, Infinity]).count()),
    );
    return { ids, totals, deleted: await deletedClips().toArray() };
  });
  const counts = new Map(ids.map((id, i) => [id, totals[i]!]));
  for (const clip of deleted)
    if (clip.deviceId !== undefined && counts.has(clip.deviceId))
      counts.set(clip.deviceId, counts.get(clip.deviceId)! - 1);
  return counts;
}

/** Applies a room (or none) to every capture of `clips`, keeping the private-room flag and its reason right. */
function applyRoom(clip: ClipRow, room: Room | undefined): void {
  if (room) clip.roomId = room.id;
  else delete clip.roomId;
  clip.flags = clip.flags.filter((f) => f !== 'private-room');
  clip.flagReasons = (clip.flagReasons ?? []).filter((r) => r.flag !== 'private-room');
  if (room?.private) {
    clip.flags.push('private-room');
    clip.flagReasons.push({ flag: 'private-room', kind: 'room', detail: room.name });
  }
}

export async function setDeviceRoom(deviceId: string, roomId: string | null): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.devices, db.rooms, db.clips, db.settings], async (tx) => {
    const room = roomId ? await db.rooms.get(roomId) : undefined;
    if (roomId && !room) throw new Error(`unknown room ${roomId}`);
    await db.devices.update(deviceId, { roomId: room?.id });
    await db.clips
      .where('deviceId')
      .equals(deviceId)
      .modify((clip: ClipRow) => applyRoom(clip, room));
    await bumpLibraryVersion(tx);
  });
}

export async function createRoom(name: string, kind: RoomKind): Promise<Room> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A room needs a name.');
  const room: Room = { id: roomIdFor(trimmed), name: trimmed, kind, private: PRIVATE_ROOM_KINDS.includes(kind) };
  const db = getDb();
  await db.transaction('rw', db.rooms, db.settings, async (tx) => {
    if (await db.rooms.get(room.id)) throw new Error(`A room called “${trimmed}” already exists.`);
    await db.rooms.add(room);
    await bumpLibraryVersion(tx);
  });
  return room;
}

/** Renames a room or changes its kind/privacy; captures in it are updated at once. */
export async function updateRoom(
  roomId: string,
  patch: Partial<Pick<Room, 'name' | 'kind' | 'private'>>,
): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.rooms, db.clips, db.settings], async (tx) => {
    const room = await db.rooms.get(roomId);
    if (!room) throw new Error(`unknown room ${roomId}`);
    const next: Room = { ...room, ...patch, name: (patch.name ?? room.name).trim() || room.name };
    if (patch.kind && patch.private === undefined) next.private = PRIVATE_ROOM_KINDS.includes(patch.kind);
    await db.rooms.put(next);
    await db.clips
      .where('[roomId+ts]')
      .between([roomId, -Infinity], [roomId, Infinity])
      .modify((clip: ClipRow) => applyRoom(clip, next));
    await bumpLibraryVersion(tx);
  });
}
