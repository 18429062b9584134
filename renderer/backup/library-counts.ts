// What the library holds now, to set beside a backup's counts before the user decides to replace it.

import { getDb } from '../db/db';

export interface LibraryCounts {
  clips: number;
  requests: number;
}

export async function countLibrary(): Promise<LibraryCounts> {
  const db = getDb();
  return { clips: await db.clips.count(), requests: await db.requests.count() };
}
