// Encryption at rest on fake-indexeddb: a marker sentence, device name, account id, user's name and audio
// bytes imported through the real pipeline must not appear in any raw row; a wrong passphrase changes no
// byte; a re-encryption cut off half-way goes on after the next unlock with the new passphrase.
// First: installs the fake IndexedDB before Dexie is loaded.
import { useFreshDb } from './fresh-db';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';

import { ingest } from '../../../../shared/pipeline/ingest';
import { dexieSink } from '../../../../renderer/import/dexie-sink';
import { beginImport, commitImport, stageBatch } from '../../../../renderer/db/repos/imports';
import { discardInterruptedImports } from '../../../../renderer/db/repos/import-discard';
import { getAudio } from '../../../../renderer/db/repos/clips';
import { prepareCommitPass } from '../../../../renderer/import/commit-pass';
import { DEFAULT_NIGHT_HOURS } from '../../../../shared/night';
import { saveSelection } from '../../../../renderer/db/repos/selections';
import { loadPreferences, savePreferences, saveSetting } from '../../../../renderer/db/repos/settings';
import { deleteLibrary } from '../../../../renderer/db/repos/maintenance';
import { addAttachments, createRequest } from '../../../../renderer/db/repos/requests';
import { EarshotDb, setDbForTesting } from '../../../../renderer/db/db';
import {
  beginDisable,
  readKeyCheck,
  setPassphrase,
  unlock,
  WrongPassphraseError,
} from '../../../../renderer/db/crypto/keycheck';
import { lockKeyring, resetKeyringForTesting } from '../../../../renderer/db/crypto/keyring';
import { runRekeyJob } from '../../../../renderer/db/crypto/rekey';
import { rowGeneration, sealMiddleware } from '../../../../renderer/db/crypto/middleware';
import { policyFor } from '../../../../renderer/db/crypto/sealed-fields';
import { LockedError } from '../../../../renderer/db/crypto/envelope';
import { createBackup } from '../../../../renderer/backup/export';
import { restoreBackup } from '../../../../renderer/backup/restore';
import { restoreIntoLibrary } from '../../../../renderer/backup/restore-merge';
import {
  isSealedBackup,
  libraryBackupKey,
  openSealedBackup,
  passphraseBackupKey,
  sealBackup,
} from '../../../../renderer/backup/sealed-backup';
import { BackupError } from '../../../../renderer/backup/format';

const database = useFreshDb('encryption');
afterEach(() => resetKeyringForTesting());

/** Cheap Argon2id cost for tests; the app uses DEFAULT_KDF. */
const CHEAP = { memoryKiB: 256, iterations: 1, parallelism: 1 };
const MARKER = 'alexa meine geheime pin ist 4711';
const DEVICE = 'Schlafzimmer Echo Geheim';
const ACCOUNT = 'A7SECRETACCOUNT';
const AUDIO = 'RIFF-AUDIO-MARKER-BYTES-0815';
const NAME = 'Erika Mustermann';
const ZONE = 'Europe/Berlin';
const T0 = 1792308137534;

const record = (ts: number, text: string) => ({
  recordKey: `${ACCOUNT}#${ts}#A3S5BH2HU6VAYF#G0911W0793362TD`,
  recordType: 'VOICE_HISTORY',
  timestamp: ts,
  customerId: ACCOUNT,
  device: { deviceName: DEVICE, deviceEntityId: null },
  utteranceType: 'GENERAL',
  domain: 'Unknown',
  intent: 'Unknown',
  voiceHistoryRecordItems: [
    {
      recordItemKey: `${ts}#A3S5BH2HU6VAYF#G0911W0793362TD#${ts}-0`,
      recordItemType: 'CUSTOMER_TRANSCRIPT',
      utteranceId: `A3S5BH2HU6VAYF:1.0/2026/10/18/07/G0911W0793362TD/22:17::TNIH_2V.${ts}LPM/0`,
      timestamp: ts,
      transcriptText: text,
      agentVisualName: 'Alexa',
    },
  ],
});

async function importMarker(id: string): Promise<void> {
  const text = JSON.stringify([{ customerHistoryRecords: [record(T0, MARKER), record(T0 + 60_000, 'licht an')] }]);
  const blob = new Blob([text], { type: 'application/json' });
  await beginImport({
    id,
    startedAt: Date.now(),
    status: 'staging',
    sources: [],
    files: [{ name: 'voice-history.json', size: blob.size }],
    counts: { captures: 0, newCaptures: 0, withAudio: 0, withoutAudio: 0, withoutTranscript: 0 },
    warnings: [],
  });
  const files = [{ path: 'alexa-voice-history/voice-history.json', blob, lastModified: 0 }];
  const outcome = await ingest(files, dexieSink(id), { importId: id, timeZone: ZONE, deferVoiceAnalysis: true });
  if (outcome.kind !== 'done') throw new Error('import needs a mapping');
  const commit = { runId: id, devices: outcome.devices, rooms: outcome.rooms, accountId: outcome.merged.accountId };
  await commitImport({
    ...commit,
    finishedAt: Date.now(),
    counts: outcome.counts,
    warnings: outcome.warnings,
    sources: outcome.sources,
    // As the app commits: with the library pass (groups with their labels, voices, the columns), sealed too.
    pass: await prepareCommitPass(commit, ZONE, DEFAULT_NIGHT_HOURS),
  });
}

/** A clip with audio, staged and committed like an import of an audio file (`commit: false`: staged only). */
async function importAudio(id: string, commit = true): Promise<void> {
  await beginImport({
    id,
    startedAt: Date.now(),
    status: 'staging',
    sources: [],
    files: [],
    counts: { captures: 0, newCaptures: 0, withAudio: 0, withoutAudio: 0, withoutTranscript: 0 },
    warnings: [],
  });
  const capture = {
    id: 'clip-audio',
    ts: T0 + 120_000,
    source: 'home-assistant',
    transcript: `${MARKER} (audio)`,
    category: 'unknown',
    flags: [],
    sources: ['home-assistant'],
  } as never;
  const audio = { blob: new Blob([AUDIO], { type: 'audio/wav' }), mime: 'audio/wav', name: 'geheim.wav' };
  await stageBatch(id, [{ capture, audio }]);
  if (!commit) return;
  await commitImport({
    runId: id,
    devices: [],
    rooms: [],
    finishedAt: Date.now(),
    counts: { captures: 1, newCaptures: 1, withAudio: 1, withoutAudio: 0, withoutTranscript: 0 },
    warnings: [],
    sources: [],
  } as never);
}

async function fillLibrary(db: EarshotDb): Promise<void> {
  await importMarker('run-1');
  await importAudio('run-2');
  const ids = (await db.clips.toArray()).map((c) => c.id);
  await saveSelection(`Auswahl ${MARKER}`, ids);
  await saveSetting('filters', `q=${MARKER}`);
  const request = await createRequest({
    kind: 'erasure',
    clipIds: ids,
    language: 'de',
    timeZone: ZONE,
    identity: { name: NAME, email: 'erika@example.org', address: 'Geheimweg 1' },
  });
  await addAttachments(request.id, [
    { name: 'antwort.txt', type: 'text/plain', blob: new Blob([`Antwort ${MARKER}`]) },
  ]);
}

/** Every raw row of every store (no middleware), as text: Blobs and typed arrays as Latin-1 bytes. */
async function rawDump(name: string): Promise<string> {
  const raw = new Dexie(name);
  await raw.open();
  const parts: string[] = [];
  const walk = async (value: unknown): Promise<void> => {
    if (value instanceof Blob)
      parts.push(`blob:${value.type}:${Buffer.from(await value.arrayBuffer()).toString('latin1')}`);
    else if (ArrayBuffer.isView(value))
      parts.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('latin1'));
    else if (Array.isArray(value)) for (const v of value) await walk(v);
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        parts.push(k);
        await walk(v);
      }
    else parts.push(String(value));
  };
  try {
    for (const table of raw.tables) {
      parts.push(`#${table.name}`);
      await walk(await table.toArray());
    }
  } finally {
    raw.close();
  }
  return parts.join('\n');
}

/** One raw row (no middleware) by primary key. */
async function rowOf(name: string, table: string, key: string): Promise<Record<string, unknown>> {
  const raw = new Dexie(name);
  await raw.open();
  try {
    return (await raw.table(table).get(key)) as Record<string, unknown>;
  } finally {
    raw.close();
  }
}

async function rawGenerations(name: string): Promise<Map<string, (number | null)[]>> {
  const raw = new Dexie(name);
  await raw.open();
  const out = new Map<string, (number | null)[]>();
  for (const table of raw.tables) out.set(table.name, (await table.toArray()).map(rowGeneration));
  raw.close();
  return out;
}

function expectNoSecrets(dump: string): void {
  for (const secret of [
    MARKER,
    'geheime pin',
    '4711',
    DEVICE,
    ACCOUNT,
    AUDIO,
    NAME,
    'Geheimweg',
    'geheim.wav',
    'Antwort',
  ])
    expect(dump, secret).not.toContain(secret);
}

describe('encryption at rest', () => {
  it('lists every table of the schema as sealed or plaintext by design, staged tables included', () => {
    const db = database();
    for (const table of db.tables) expect(policyFor(table.name), table.name).toBeDefined();
    expect(policyFor('stagedClips')).toMatchObject({ plaintext: expect.arrayContaining(['importId', 'batch']) });
    expect(policyFor('somethingNew')).toBeUndefined();
  });

  it('stores no transcript, device name, account id, name or audio byte in plaintext', async () => {
    const db = database();
    // Plaintext first, so turning encryption on must seal what is already there.
    await importMarker('run-0');
    expect(await rawDump(db.name)).toContain(MARKER);
    await setPassphrase('correct horse battery staple', CHEAP);
    expect(await runRekeyJob()).toBe(true);
    await fillLibrary(db);
    expectNoSecrets(await rawDump(db.name));
    // …while the app reads everything as before.
    expect((await db.clips.toArray()).filter((c) => c.transcript === MARKER)).toHaveLength(1);
    expect((await db.devices.toArray()).map((d) => d.name)).toContain(DEVICE);
    const audio = await getAudio('clip-audio');
    expect(await audio!.blob.text()).toBe(AUDIO);
    expect(audio!.blob.type).toBe('audio/wav');
    const check = await readKeyCheck();
    expect(check).toMatchObject({
      kdf: { algorithm: 'argon2id', version: 19, memoryKiB: 256, iterations: 1, parallelism: 1 },
    });
    expect(check!.job).toBeUndefined();
  });

  it('seals the audio a running import writes before its commit, and its discard leaves none', async () => {
    const db = database();
    await setPassphrase('correct horse battery staple', CHEAP);
    await importAudio('run-1', false);
    expect(await db.audio.count()).toBe(1);
    expectNoSecrets(await rawDump(db.name));
    expect(await (await getAudio('clip-audio'))!.blob.text()).toBe(AUDIO);
    expect((await discardInterruptedImports()).map((r) => r.id)).toEqual(['run-1']);
    expect(await db.audio.count()).toBe(0);
  });

  it('an import’s recordings are sealed from the bytes read, stored as they were sealed, and open as the file', async () => {
    const db = database();
    await setPassphrase('correct horse battery staple', CHEAP);
    await beginImport({
      id: 'run-bytes',
      startedAt: Date.now(),
      status: 'staging',
      sources: [],
      files: [],
      counts: { captures: 0, newCaptures: 0, withAudio: 0, withoutAudio: 0, withoutTranscript: 0 },
      warnings: [],
    });
    const capture = {
      id: 'clip-bytes',
      ts: T0 + 180_000,
      source: 'home-assistant',
      transcript: `${MARKER} (bytes)`,
      category: 'unknown',
      flags: [],
      sources: ['home-assistant'],
    } as never;
    // The bytes of a recording inside a larger read (an import reads a batch's recordings at once).
    const read = new TextEncoder().encode(`xx${AUDIO}yy`);
    const bytes = read.subarray(2, 2 + AUDIO.length);
    const audio = { bytes, mime: 'audio/wav', name: 'geheim.wav', original: vi.fn(() => new Blob([bytes])) };
    expect(await dexieSink('run-bytes').stage([{ capture, audio }])).toBe(1);
    // No slice of the chosen file is made: the stored Blob is the one sealed from the bytes.
    expect(audio.original).not.toHaveBeenCalled();
    expectNoSecrets(await rawDump(db.name));
    const stored = await rowOf(db.name, 'audio', 'clip-bytes');
    // The row's Blobs sit beside its envelope (middleware.ts), each sealed on its own.
    expect((stored.__blobs as Blob[]).map((b) => b.type)).toEqual([
      expect.stringMatching(/^application\/x-earshot-sealed;g=\d+$/),
    ]);
    expect(await (await getAudio('clip-bytes'))!.blob.text()).toBe(AUDIO);
    expect((await getAudio('clip-bytes'))!.blob.type).toBe('audio/wav');
    expect((await discardInterruptedImports()).map((r) => r.id)).toEqual(['run-bytes']);
    expect(await db.audio.count()).toBe(0);
  });

  it('a wrong passphrase is refused and leaves the database byte-identical; locked reads fail', async () => {
    const db = database();
    await setPassphrase('correct horse battery staple', CHEAP);
    await fillLibrary(db);
    const before = await rawDump(db.name);
    lockKeyring();
    await expect(db.clips.toArray()).rejects.toBeInstanceOf(LockedError);
    await expect(unlock('correct horse battery stapler')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(await rawDump(db.name)).toBe(before);
    await unlock('correct horse battery staple');
    expect((await db.clips.toArray()).some((c) => c.transcript === MARKER)).toBe(true);
  });

  it('a passphrase change cut off half-way continues after the next unlock with the new passphrase', async () => {
    const db = database();
    await setPassphrase('first passphrase here', CHEAP);
    await fillLibrary(db);
    await setPassphrase('second passphrase here', CHEAP);
    // The "crash": the job stops after the first table (clips) and the page is gone.
    await expect(
      runRekeyJob(() => {
        throw new Error('power cut');
      }),
    ).rejects.toThrow('power cut');
    const mixed = await rawGenerations(db.name);
    expect(mixed.get('clips')!.every((g) => g === 2)).toBe(true);
    expect(mixed.get('requests')!.every((g) => g === 1)).toBe(true);
    lockKeyring();
    db.close();
    const reopened = new EarshotDb(db.name);
    setDbForTesting(reopened);
    await expect(unlock('first passphrase here')).rejects.toBeInstanceOf(WrongPassphraseError);
    const check = await unlock('second passphrase here');
    expect(check.job).toBe('seal');
    // Readable before the job resumes (older key unwrapped from the record) …
    expect((await reopened.requests.toArray())[0]!.identity.name).toBe(NAME);
    expect(await runRekeyJob()).toBe(true);
    // … and every row carries the new generation afterwards.
    for (const [table, generations] of await rawGenerations(db.name))
      if (table !== 'settings')
        expect(
          generations.every((g) => g === 2),
          table,
        ).toBe(true);
    expect(await (await getAudio('clip-audio'))!.blob.text()).toBe(AUDIO);
    expect((await reopened.clips.toArray()).some((c) => c.transcript === MARKER)).toBe(true);
    expectNoSecrets(await rawDump(db.name));
    reopened.close();
  });

  it('turning encryption off opens every row again and removes the key check', async () => {
    const db = database();
    await setPassphrase('correct horse battery staple', CHEAP);
    await fillLibrary(db);
    await beginDisable();
    await runRekeyJob();
    expect(await readKeyCheck()).toBeNull();
    const dump = await rawDump(db.name);
    expect(dump).toContain(MARKER);
    expect(dump).toContain(AUDIO);
    lockKeyring();
    resetKeyringForTesting();
    expect((await db.clips.toArray()).some((c) => c.transcript === MARKER)).toBe(true);
  });

  it('backups are sealed with the library key or their own passphrase; a wrong one is refused', async () => {
    const db = database();
    await setPassphrase('correct horse battery staple', CHEAP);
    await fillLibrary(db);
    const zip = await createBackup(db, { openSealed: true });
    const own = await sealBackup(zip, await passphraseBackupKey('backup passphrase 1', CHEAP));
    const withLibrary = await sealBackup(zip, await libraryBackupKey());
    for (const file of [own, withLibrary]) {
      expect(await isSealedBackup(file)).toBe(true);
      expectNoSecrets(Buffer.from(await file.arrayBuffer()).toString('latin1'));
    }
    const wrong = await openSealedBackup(own, 'correct horse battery staple').catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(BackupError);
    expect((wrong as BackupError).code).toBe('passphrase');
    // The library's passphrase opens the backup made with the library's key.
    const opened = await openSealedBackup(withLibrary, 'correct horse battery staple');
    expect(new Uint8Array(await opened.arrayBuffer())).toEqual(new Uint8Array(await zip.arrayBuffer()));
    // Restored elsewhere, it is the plaintext library (the key check is not in the backup).
    const target = `${db.name}-restored`;
    await restoreBackup(await openSealedBackup(own, 'backup passphrase 1'), {
      name: target,
      codeSchemaVersion: db.verno,
    });
    lockKeyring();
    resetKeyringForTesting();
    const restored = new EarshotDb(target);
    expect((await restored.clips.toArray()).some((c) => c.transcript === MARKER)).toBe(true);
    expect(await (await restored.audio.get('clip-audio'))!.blob.text()).toBe(AUDIO);
    // The opened Blobs carry their own type again, not the sealed one.
    expect((await restored.audio.get('clip-audio'))!.blob.type).toBe('audio/wav');
    expect(await restored.settings.get('crypto.keyCheck')).toBeUndefined();
    restored.close();
    await Dexie.delete(target);
  });

  it('a plain backup restored into an encrypted library (replace, then merge) is stored sealed and stays readable', async () => {
    const db = database();
    await setPassphrase('correct horse battery staple', CHEAP);
    await fillLibrary(db);
    const zip = await createBackup(db, { openSealed: true });
    await db.clips.delete('clip-audio');
    await db.audio.delete('clip-audio');
    expect((await restoreIntoLibrary(zip, db, 'replace')).mode).toBe('replace');
    await db.clips.delete('clip-audio');
    await db.audio.delete('clip-audio');
    const merged = await restoreIntoLibrary(zip, db, 'merge');
    expect(merged.added).toBe(1);
    expectNoSecrets(await rawDump(db.name));
    lockKeyring();
    await unlock('correct horse battery staple');
    expect(await (await getAudio('clip-audio'))!.blob.text()).toBe(AUDIO);
    expect((await db.clips.toArray()).some((c) => c.transcript === MARKER)).toBe(true);
  });

  it('deleting the whole library keeps it encrypted: the kept preferences open after the next unlock', async () => {
    const db = database();
    await setPassphrase('correct horse battery staple', CHEAP);
    await fillLibrary(db);
    await savePreferences({ language: 'de', theme: 'dark' });
    await deleteLibrary();
    expect(await db.clips.count()).toBe(0);
    expectNoSecrets(await rawDump(db.name));
    lockKeyring();
    await expect(unlock('wrong passphrase here')).rejects.toBeInstanceOf(WrongPassphraseError);
    await unlock('correct horse battery staple');
    expect((await loadPreferences()).language).toBe('de');
  });

  it('refuses an unlisted table and an unsealed Blob while encryption is on (fail safe)', async () => {
    await setPassphrase('correct horse battery staple', CHEAP);
    const other = new Dexie('encryption-unlisted');
    other.version(1).stores({ somethingNew: 'id', audio: 'clipId' });
    other.use(sealMiddleware);
    await expect(other.table('somethingNew').put({ id: 1, text: MARKER })).rejects.toThrow(/sealed-fields/);
    await expect(other.table('audio').put({ clipId: 'a', blob: new Blob([AUDIO]) })).rejects.toThrow(/must be sealed/);
    expect(await other.table('somethingNew').count()).toBe(0);
    other.close();
    await Dexie.delete('encryption-unlisted');
  });
});
