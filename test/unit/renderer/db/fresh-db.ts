// A fresh, empty Earshot database (fake-indexeddb) for every test of a file, installed as the app's
// database so repositories use it, and deleted afterwards.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { EarshotDb, setDbForTesting } from '../../../../renderer/db/db';

/** Registers the hooks; call the returned function inside a test to get the current database. */
export function useFreshDb(prefix: string): () => EarshotDb {
  let db: EarshotDb;
  let n = 0;
  beforeEach(async () => {
    db = new EarshotDb(`${prefix}-${++n}`);
    setDbForTesting(db);
    await db.open();
  });
  afterEach(async () => {
    db.close();
    await db.delete();
    setDbForTesting(undefined);
  });
  return () => db;
}
