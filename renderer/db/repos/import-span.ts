// The newest recording an import brought: an export cannot be older than its newest record, so this is the
// closest the app gets to "the export's own date" (exports carry no creation date of their own).

import { getDb } from '../db';

export async function newestCaptureOfImport(importId: string): Promise<number | null> {
  let newest: number | null = null;
  await getDb()
    .clips.where('importIds')
    .equals(importId)
    .each((c) => {
      if (newest === null || c.ts > newest) newest = c.ts;
    });
  return newest;
}
