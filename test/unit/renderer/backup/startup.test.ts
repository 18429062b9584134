// Start-up safety: a pending schema migration is detected without opening (so nothing upgrades before the
// user could save a backup), the old database is backed up at its own version, such a backup restores and
// then migrates normally, and a half-written restore is wiped.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyBackup, restoreBackup, RESTORE_MARKER } from '../../../../renderer/backup/restore';
import { createBackup } from '../../../../renderer/backup/export';
import { stashRestore, takePendingRestore } from '../../../../renderer/backup/pending';
import { DB_NAME, EarshotDb } from '../../../../renderer/db/db';
import { seedLibrary, snapshot } from './seed';
import {
  backupBeforeMigration,
  runPendingRestore,
  codeSchemaVersion,
  pendingMigration,
  storedSchemaVersion,
  wipeBrokenRestore,
} from '../../../../renderer/backup/startup';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Version 1 of a schema, and a version 2 that splits `name` into first/last (a data migration). */
function v1(name: string) {
  names.push(name);
  const db = new Dexie(name);
  db.version(1).stores({ people: 'id', settings: 'key' });
  return db;
}
function v2(name: string) {
  const db = new Dexie(name);
  db.version(1).stores({ people: 'id', settings: 'key' });
  db.version(2)
    .stores({ people: 'id, last', settings: 'key' })
    .upgrade((tx) =>
      tx
        .table('people')
        .toCollection()
        .modify((p: { name?: string; first?: string; last?: string }) => {
          [p.first, p.last] = (p.name ?? '').split(' ');
          delete p.name;
        }),
    );
  return db;
}

describe('start-up checks', () => {
  it('knows the schema version this build declares', () => {
    expect(codeSchemaVersion()).toBeGreaterThanOrEqual(1);
  });

  it('detects a pending migration without upgrading, backs up the old database and restores it migrated', async () => {
    const old = v1('mig-a');
    await old.table('people').put({ id: 1, name: 'Anna Schmidt' });
    old.close();
    expect(await pendingMigration('mig-a', 2)).toEqual({ from: 1, to: 2 });
    expect(await pendingMigration('mig-a', 1)).toBeNull();
    expect(await pendingMigration('missing-db', 2)).toBeNull();

    const backup = await backupBeforeMigration('mig-a');
    expect(await storedSchemaVersion('mig-a')).toBe(1);
    expect((await verifyBackup(backup, 2)).schemaVersion).toBe(1);

    names.push('mig-b');
    await restoreBackup(backup, { name: 'mig-b', codeSchemaVersion: 2 });
    const migrated = v2('mig-b');
    await migrated.open();
    expect(await migrated.table('people').toArray()).toEqual([{ id: 1, first: 'Anna', last: 'Schmidt' }]);
    migrated.close();
  });

  it('wipes a database a restore left half-written, and leaves a complete one alone', async () => {
    const broken = v1('broken');
    await broken.table('people').put({ id: 1, name: 'half' });
    await broken.table('settings').put({ key: RESTORE_MARKER, value: 'x' });
    broken.close();
    const fine = v1('fine');
    await fine.table('people').put({ id: 1, name: 'whole' });
    fine.close();
    expect(await wipeBrokenRestore('broken')).toBe(true);
    expect(await storedSchemaVersion('broken')).toBeNull();
    expect(await wipeBrokenRestore('fine')).toBe(false);
    expect(await storedSchemaVersion('fine')).toBe(1);
  });

  it('carries out a restore chosen in Settings at the next start, once', async () => {
    const source = new EarshotDb('pending-source');
    names.push('pending-source', DB_NAME);
    await seedLibrary(source);
    await stashRestore(await createBackup(source));
    expect(await runPendingRestore()).toEqual({ restored: 3 });
    expect(await takePendingRestore()).toBeNull();
    const restored = new EarshotDb();
    await restored.open();
    expect(await snapshot(restored)).toEqual(await snapshot(source));
    restored.close();
    source.close();
    expect(await runPendingRestore()).toBeNull();
  });
});
