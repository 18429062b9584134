// An encrypted backup: the backup zip, sealed with AES-256-GCM (WebCrypto) in 1 MiB chunks, behind a small
// plaintext header with the Argon2id parameters and a verifier, so a wrong passphrase is reported before any
// byte is decrypted. The key is the library's own (its parameters are copied: the library's passphrase opens
// the backup) or one derived from the backup's own passphrase. Each chunk's associated data is its index and
// whether it is the last, so chunks cannot be reordered, dropped or cut off unnoticed.
//
// File: "EARSHOT-SEALED-BACKUP\n" · header length (u32 LE) · header JSON · per chunk: length (u32 LE) ·
// nonce (12) ‖ ciphertext ‖ tag (16).

import { fromBase64, toBase64 } from './codec';
import { BackupError } from './format';
import { openBytes, sealBytes } from '../db/crypto/envelope';
import { deriveKey, newKdfParams, type KdfParams } from '../db/crypto/kdf';
import { readKeyCheck } from '../db/crypto/keycheck';
import { currentGeneration, readKey } from '../db/crypto/keyring';

/** File name ending of an encrypted backup (a plain one ends in .zip). */
export const SEALED_BACKUP_EXTENSION = '.earshot-backup';
const MAGIC = new TextEncoder().encode('EARSHOT-SEALED-BACKUP\n');
const CHUNK = 1 << 20;
const NONCE = 12;
const VERIFIER_AAD = new TextEncoder().encode('backup-check');
const VERIFIER_TEXT = 'earshot backup check v1';

interface SealedBackupHeader {
  format: 'earshot-sealed-backup';
  version: 1;
  kdf: KdfParams;
  verifier: string;
  chunkSize: number;
}

export interface BackupKey {
  key: Uint8Array;
  kdf: KdfParams;
}

/** The library's key with its Argon2id parameters: the library's passphrase will open the backup. */
export async function libraryBackupKey(): Promise<BackupKey> {
  const check = await readKeyCheck();
  const generation = currentGeneration();
  if (!check || generation !== check.generation) throw new Error('Encryption is not on.');
  return { key: readKey(generation), kdf: check.kdf };
}

export async function passphraseBackupKey(
  passphrase: string,
  cost?: Parameters<typeof newKdfParams>[0],
): Promise<BackupKey> {
  const kdf = newKdfParams(cost);
  return { key: await deriveKey(passphrase, kdf), kdf };
}

function aad(index: number, last: boolean): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${index}:${last ? 1 : 0}`);
}

async function importKey(raw: Uint8Array): Promise<Awaited<ReturnType<typeof crypto.subtle.importKey>>> {
  return crypto.subtle.importKey('raw', raw.slice() as Uint8Array<ArrayBuffer>, 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
}

function u32(n: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n, true);
  return out;
}

export async function sealBackup(zip: Blob, { key, kdf }: BackupKey): Promise<Blob> {
  const header: SealedBackupHeader = {
    format: 'earshot-sealed-backup',
    version: 1,
    kdf,
    verifier: toBase64(sealBytes(key, 0, new TextEncoder().encode(VERIFIER_TEXT), VERIFIER_AAD)),
    chunkSize: CHUNK,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const parts: BlobPart[] = [MAGIC, u32(headerBytes.length), headerBytes];
  const cryptoKey = await importKey(key);
  const count = Math.max(1, Math.ceil(zip.size / CHUNK));
  for (let i = 0; i < count; i++) {
    const plain = new Uint8Array(await zip.slice(i * CHUNK, (i + 1) * CHUNK).arrayBuffer());
    const nonce = crypto.getRandomValues(new Uint8Array(NONCE));
    const sealed = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: nonce, additionalData: aad(i, i === count - 1) },
      cryptoKey,
      plain,
    );
    parts.push(u32(NONCE + sealed.byteLength), nonce, sealed);
  }
  return new Blob(parts, { type: 'application/octet-stream' });
}

export async function isSealedBackup(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, MAGIC.length).arrayBuffer());
  return head.length === MAGIC.length && head.every((b, i) => b === MAGIC[i]);
}

async function readHeader(file: Blob): Promise<{ header: SealedBackupHeader; offset: number }> {
  const lengthBytes = new Uint8Array(await file.slice(MAGIC.length, MAGIC.length + 4).arrayBuffer());
  const length = lengthBytes.length === 4 ? new DataView(lengthBytes.buffer).getUint32(0, true) : 0;
  if (length === 0 || length > 64_000)
    throw new BackupError('not-a-backup', 'This encrypted backup has no readable header.');
  try {
    const text = await file.slice(MAGIC.length + 4, MAGIC.length + 4 + length).text();
    const header = JSON.parse(text) as SealedBackupHeader;
    if (header.format !== 'earshot-sealed-backup' || header.version !== 1) throw new Error('format');
    return { header, offset: MAGIC.length + 4 + length };
  } catch {
    throw new BackupError('not-a-backup', 'This encrypted backup has no readable header.');
  }
}

/** Decrypts an encrypted backup into its zip. A wrong passphrase throws BackupError('passphrase') before decrypting. */
export async function openSealedBackup(file: Blob, passphrase: string): Promise<Blob> {
  const { header, offset } = await readHeader(file);
  const key = await deriveKey(passphrase, header.kdf);
  try {
    openBytes(key, fromBase64(header.verifier), VERIFIER_AAD);
  } catch {
    throw new BackupError('passphrase', 'Wrong passphrase for this backup.');
  }
  const cryptoKey = await importKey(key);
  const parts: ArrayBuffer[] = [];
  for (let at = offset, index = 0; at < file.size; index++) {
    const lengthBytes = new Uint8Array(await file.slice(at, at + 4).arrayBuffer());
    const length = lengthBytes.length === 4 ? new DataView(lengthBytes.buffer).getUint32(0, true) : 0;
    const sealed = new Uint8Array(await file.slice(at + 4, at + 4 + length).arrayBuffer());
    if (length <= NONCE || sealed.length !== length)
      throw new BackupError('damaged', 'The encrypted backup is cut off.');
    at += 4 + length;
    try {
      parts.push(
        await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: sealed.subarray(0, NONCE), additionalData: aad(index, at >= file.size) },
          cryptoKey,
          sealed.subarray(NONCE),
        ),
      );
    } catch {
      throw new BackupError('checksum', 'The encrypted backup was changed or damaged.');
    }
  }
  return new Blob(parts, { type: 'application/zip' });
}
