// Passphrase → 256-bit key with Argon2id (hash-wasm, WebAssembly). The parameters travel with the key-check
// record, so a future version can re-derive the same key even after the defaults change.

import { argon2id } from 'hash-wasm';
import { toBase64, fromBase64 } from '../../backup/codec';

export interface KdfParams {
  algorithm: 'argon2id';
  /** Argon2 version 1.3 (0x13), the one hash-wasm implements. */
  version: 19;
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  hashLength: 32;
  /** 16 random bytes, base64. */
  salt: string;
}

/** 64 MiB, 3 passes, 1 lane: above OWASP's minimum for Argon2id, about a second on a slow laptop. */
export const DEFAULT_KDF = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 } as const;

export function newKdfParams(
  cost: Pick<KdfParams, 'memoryKiB' | 'iterations' | 'parallelism'> = DEFAULT_KDF,
): KdfParams {
  return {
    algorithm: 'argon2id',
    version: 19,
    ...cost,
    hashLength: 32,
    salt: toBase64(crypto.getRandomValues(new Uint8Array(16))),
  };
}

export async function deriveKey(passphrase: string, params: KdfParams): Promise<Uint8Array> {
  if (params.algorithm !== 'argon2id' || params.version !== 19 || params.hashLength !== 32)
    throw new Error('This library was encrypted with a key derivation this version of Earshot does not know.');
  return argon2id({
    password: passphrase.normalize('NFC'),
    salt: fromBase64(params.salt),
    memorySize: params.memoryKiB,
    iterations: params.iterations,
    parallelism: params.parallelism,
    hashLength: params.hashLength,
    outputType: 'binary',
  });
}

/** A rough strength hint (not a guarantee): length and character variety, 0 (weak) … 3 (strong). */
export function passphraseStrength(passphrase: string): 0 | 1 | 2 | 3 {
  const classes = [/[a-zäöüß]/, /[A-ZÄÖÜ]/, /\d/, /[^\p{L}\d]/u].filter((r) => r.test(passphrase)).length;
  const words = passphrase.trim().split(/\s+/).length;
  const score =
    passphrase.length >= 20 || (words >= 4 && passphrase.length >= 16)
      ? 3
      : passphrase.length >= 14 && classes >= 2
        ? 2
        : passphrase.length >= 10
          ? 1
          : 0;
  return score as 0 | 1 | 2 | 3;
}
