// The plaintext key-check record (settings row `crypto.keyCheck`) and the transitions of encryption at rest:
// turn on, change passphrase, turn off, unlock. Each transition only writes this record and the in-memory
// keyring; the rows are re-sealed afterwards by the background job (rekey.ts), which a crash merely pauses:
// rows carry the generation of their key, and the record keeps every older key (wrapped with the current
// one) so the job can go on after the next unlock.

import { fromBase64, toBase64 } from '../../backup/codec';
import { getDb } from '../db';
import { openBytes, sealBytes } from './envelope';
import { deriveKey, newKdfParams, type KdfParams } from './kdf';
import { keyringSnapshot, setKeyring, type KeyringSnapshot } from './keyring';

export const KEY_CHECK = 'crypto.keyCheck';
const VERIFIER_TEXT = 'earshot key check v1';
const VERIFIER_AAD = new TextEncoder().encode('key-check');
const WRAP_AAD = new TextEncoder().encode('key-wrap');

export interface KeyCheck {
  format: 1;
  kdf: KdfParams;
  generation: number;
  /** A known text sealed with the key: a wrong passphrase is detected before any row is read. */
  verifier: string;
  /** Older keys, each sealed with the current key, for rows the job has not re-sealed yet. */
  retired: { generation: number; wrapped: string }[];
  /** Re-sealing still to do: 'seal' with the current key, or 'unseal' (encryption being turned off). */
  job?: 'seal' | 'unseal';
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('Wrong passphrase.');
    this.name = 'WrongPassphraseError';
  }
}

export async function readKeyCheck(): Promise<KeyCheck | null> {
  const row = await getDb().settings.get(KEY_CHECK);
  return (row?.value as KeyCheck | undefined) ?? null;
}

async function writeKeyCheck(check: KeyCheck | null): Promise<void> {
  if (check) await getDb().settings.put({ key: KEY_CHECK, value: check });
  else await getDb().settings.delete(KEY_CHECK);
}

function verifierFor(key: Uint8Array, generation: number): string {
  return toBase64(sealBytes(key, generation, new TextEncoder().encode(VERIFIER_TEXT), VERIFIER_AAD));
}

/** Derives the key and checks it against the record; throws WrongPassphraseError without touching anything. */
export async function checkPassphrase(check: KeyCheck, passphrase: string): Promise<Uint8Array> {
  const key = await deriveKey(passphrase, check.kdf);
  try {
    const text = new TextDecoder().decode(openBytes(key, fromBase64(check.verifier), VERIFIER_AAD));
    if (text === VERIFIER_TEXT) return key;
  } catch {
    // falls through: GCM's tag did not match
  }
  throw new WrongPassphraseError();
}

function retiredKeys(check: KeyCheck, key: Uint8Array): [number, Uint8Array][] {
  return check.retired.map((r) => [r.generation, openBytes(key, fromBase64(r.wrapped), WRAP_AAD)]);
}

function snapshotFor(check: KeyCheck, key: Uint8Array): KeyringSnapshot {
  return {
    write: check.job === 'unseal' ? 'plain' : 'sealed',
    current: check.generation,
    keys: [[check.generation, key], ...retiredKeys(check, key)],
  };
}

/** Unlocks this page: the keyring holds the current key and every older one still listed. */
export async function unlock(passphrase: string): Promise<KeyCheck> {
  const check = await readKeyCheck();
  if (!check) throw new Error('Encryption is not on.');
  const key = await checkPassphrase(check, passphrase);
  setKeyring(snapshotFor(check, key));
  return check;
}

type Cost = Pick<KdfParams, 'memoryKiB' | 'iterations' | 'parallelism'>;

/** Turns encryption on (no record yet) or changes the passphrase (the library must be unlocked). */
export async function setPassphrase(passphrase: string, cost?: Cost): Promise<KeyCheck> {
  const before = await readKeyCheck();
  const held = keyringSnapshot();
  if (before && (held === 'locked' || held.write === 'plain' || held.current !== before.generation))
    throw new Error('Unlock the library before changing its passphrase.');
  const kdf = newKdfParams(cost);
  const key = await deriveKey(passphrase, kdf);
  const generation = (before?.generation ?? 0) + 1;
  const older = held === 'locked' ? [] : held.keys;
  const check: KeyCheck = {
    format: 1,
    kdf,
    generation,
    verifier: verifierFor(key, generation),
    retired: older.map(([g, k]) => ({ generation: g, wrapped: toBase64(sealBytes(key, generation, k, WRAP_AAD)) })),
    job: 'seal',
  };
  await writeKeyCheck(check);
  setKeyring(snapshotFor(check, key));
  return check;
}

/** Starts turning encryption off: from now on rows are written in plaintext; the job opens the rest. */
export async function beginDisable(): Promise<KeyCheck> {
  const check = await readKeyCheck();
  const held = keyringSnapshot();
  if (!check || held === 'locked') throw new Error('Unlock the library before turning encryption off.');
  const next: KeyCheck = { ...check, job: 'unseal' };
  await writeKeyCheck(next);
  setKeyring({ ...held, write: 'plain' });
  return next;
}

/** Called by the job when every row is as the record wants it. */
export async function finishJob(): Promise<void> {
  const check = await readKeyCheck();
  if (!check?.job) return;
  if (check.job === 'unseal') {
    await writeKeyCheck(null);
    setKeyring({ write: 'plain', current: 0, keys: [] });
  } else {
    // Older keys stay listed (wrapped): a worker started before the change may still write a row with one.
    await writeKeyCheck({ ...check, job: undefined });
  }
}
