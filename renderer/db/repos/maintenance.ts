// Whole-library operations: deleting everything the user imported (preferences stay).

import { getDb } from '../db';
import { bumpLibraryVersion } from './library';

export async function deleteLibrary(): Promise<void> {
  const db = getDb();
  await db.transaction(
    'rw',
    [
      db.clips,
      db.audio,
      db.peaks,
      db.devices,
      db.rooms,
      db.imports,
      db.importLinks,
      db.requests,
      db.selections,
      db.voices,
      db.columnsCache,
      db.settings,
    ],
    async (tx) => {
      await Promise.all([
        db.clips.clear(),
        db.audio.clear(),
        db.peaks.clear(),
        db.devices.clear(),
        db.rooms.clear(),
        db.imports.clear(),
        db.importLinks.clear(),
        db.requests.clear(),
        db.selections.clear(),
        db.voices.clear(),
        db.columnsCache.clear(),
      ]);
      await bumpLibraryVersion(tx);
    },
  );
}
