// The background job that brings every stored row to the state the key-check record asks for: sealed with
// the current key ('seal') or plaintext ('unseal'). It finds work by reading the raw rows through a second
// connection without the middleware (to see each row's key generation), then rewrites the rows in small
// transactions through the app's database, whose middleware seals or opens them. Rewriting a row is
// idempotent, so a crash half-way only means the next unlock continues where the rows say it stopped.

import { Dexie, type Table } from 'dexie';
import type { EarshotDb } from '../db';
import { getDb } from '../db';
import { mapBlobs, openBlob, sealBlob, sealedBlobGeneration } from './blobs';
import { finishJob, readKeyCheck } from './keycheck';
import { currentGeneration } from './keyring';
import { rowGeneration, SEALED_BLOBS } from './middleware';
import { PLAINTEXT_SETTING_KEYS, policyFor } from './sealed-fields';

export interface RekeyProgress {
  done: number;
  total: number;
}

const CHUNK = 500;

function blobsIn(value: unknown, out: Blob[] = []): Blob[] {
  if (value instanceof Blob) out.push(value);
  else if (Array.isArray(value)) for (const v of value) blobsIn(v, out);
  else if (value && typeof value === 'object' && !ArrayBuffer.isView(value) && !(value instanceof ArrayBuffer))
    for (const v of Object.values(value)) blobsIn(v, out);
  return out;
}

/** What the rows are compared by before a re-sealed Blob is written back (nothing changed meanwhile). */
function fingerprint(row: unknown): string {
  return JSON.stringify(row, (_k, v: unknown) =>
    v instanceof Blob ? `blob:${v.size}` : ArrayBuffer.isView(v) ? `bytes:${v.byteLength}` : v,
  );
}

function needsWork(table: string, raw: unknown, target: number | null): boolean {
  if (table === 'settings' && PLAINTEXT_SETTING_KEYS.has((raw as { key?: string }).key ?? '')) return false;
  if (rowGeneration(raw) !== target) return true;
  const blobs = blobsIn(target === null ? raw : (raw as Record<string, unknown>)[SEALED_BLOBS]);
  return blobs.some((b) => sealedBlobGeneration(b) !== target);
}

async function rewrite(db: EarshotDb, table: Table, keys: unknown[], withBlobs: Set<unknown>): Promise<void> {
  const simple = keys.filter((k) => !withBlobs.has(k));
  if (simple.length)
    await db.transaction('rw', table, async () => {
      const rows = (await table.bulkGet(simple)).filter((r) => r !== undefined);
      await table.bulkPut(rows);
    });
  const target = currentGeneration();
  for (const key of keys.filter((k) => withBlobs.has(k))) {
    const row = await table.get(key);
    if (!row) continue;
    const next = await mapBlobs(row, (b) => (target === null ? openBlob(b) : sealBlob(b)));
    await db.transaction('rw', table, async () => {
      const now = await table.get(key);
      if (now && fingerprint(now) === fingerprint(row)) await table.put(next);
    });
  }
}

/** Runs the job the key-check record asks for, if any. Returns false when there was nothing to do. */
export async function runRekeyJob(onProgress?: (p: RekeyProgress) => void, db: EarshotDb = getDb()): Promise<boolean> {
  const check = await readKeyCheck();
  if (!check?.job) return false;
  const target = check.job === 'seal' ? check.generation : null;
  const raw = new Dexie(db.name);
  await raw.open();
  try {
    const tables = db.tables.filter((t) => policyFor(t.name) !== 'plaintext');
    const total = (await Promise.all(tables.map((t) => t.count()))).reduce((a, b) => a + b, 0);
    let done = 0;
    // Passes until one finds nothing: a worker started before the change may have written a row meanwhile.
    for (let changed = true; changed;) {
      changed = false;
      for (const table of tables) {
        const rawTable = raw.table(table.name);
        let last: unknown = undefined;
        for (;;) {
          const page: [unknown, unknown][] = [];
          const range = last === undefined ? rawTable.toCollection() : rawTable.where(':id').above(last);
          await range.limit(CHUNK).each((row: unknown, cursor) => {
            page.push([cursor.primaryKey, row]);
          });
          if (!page.length) break;
          last = page[page.length - 1]![0];
          const todo: unknown[] = [];
          const withBlobs = new Set<unknown>();
          for (const [key, row] of page) {
            if (!needsWork(table.name, row, target)) continue;
            todo.push(key);
            if (blobsIn(row).length) withBlobs.add(key);
          }
          if (todo.length) {
            changed = true;
            await rewrite(db, table, todo, withBlobs);
          }
          done = Math.min(total, done + page.length);
          onProgress?.({ done, total });
        }
      }
    }
  } finally {
    raw.close();
  }
  await finishJob();
  return true;
}
