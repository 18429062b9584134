// The keys this page or worker holds, in memory only: never persisted, never logged. The main thread fills
// it after the unlock screen and hands a copy to every worker that opens the database (keyring-port.ts); a
// worker that has not received one is 'locked' and cannot write a sealed table.

import { LockedError } from './envelope';

export interface KeyringSnapshot {
  /** 'sealed': writes are sealed with `current`; 'plain': writes are stored as they are (encryption off or being turned off). */
  write: 'sealed' | 'plain';
  current: number;
  /** Raw 256-bit keys by generation: the current one and, while re-encryption runs, the previous one. */
  keys: [number, Uint8Array][];
}

const PLAIN: KeyringSnapshot = { write: 'plain', current: 0, keys: [] };

let state: KeyringSnapshot | 'locked' = PLAIN;

export function setKeyring(snapshot: KeyringSnapshot | 'locked'): void {
  state = snapshot === 'locked' ? 'locked' : { ...snapshot, keys: snapshot.keys.map(([g, k]) => [g, k.slice()]) };
}

/** Forgets every key (Lock now, tests). */
export function lockKeyring(): void {
  if (state !== 'locked') for (const [, key] of state.keys) key.fill(0);
  state = 'locked';
}

export function resetKeyringForTesting(): void {
  state = PLAIN;
}

export function keyringSnapshot(): KeyringSnapshot | 'locked' {
  return state === 'locked' ? 'locked' : { ...state, keys: state.keys.map(([g, k]) => [g, k.slice()]) };
}

export function isLocked(): boolean {
  return state === 'locked';
}

/** Key and generation for a write, or null when writes stay plaintext. */
export function writeKey(): { key: Uint8Array; generation: number } | null {
  if (state === 'locked') throw new LockedError();
  if (state.write === 'plain') return null;
  const held = state;
  const key = held.keys.find(([g]) => g === held.current)?.[1];
  if (!key) throw new LockedError();
  return { key, generation: (state as KeyringSnapshot).current };
}

export function readKey(generation: number): Uint8Array {
  if (state === 'locked') throw new LockedError();
  const key = state.keys.find(([g]) => g === generation)?.[1];
  if (!key) throw new LockedError(`This row is sealed with key generation ${generation}, which is not unlocked.`);
  return key;
}

export function currentGeneration(): number | null {
  return state === 'locked' || state.write === 'plain' ? null : state.current;
}
