// Hands the keyring to a worker that opens the database. Raw key bytes go by postMessage (structured clone,
// no persistence); the worker registers its listener before its own onmessage, so the keyring is in place
// before the first request, and it stays 'locked' (no sealed writes) until one arrives.

import { keyringSnapshot, setKeyring, type KeyringSnapshot } from './keyring';

const TYPE = 'earshot:keyring';

interface KeyringMessage {
  type: typeof TYPE;
  snapshot: KeyringSnapshot | 'locked';
}

/** Spawning side: call right after `new Worker(…)`, before any other message. */
export function sendKeyring(worker: { postMessage(message: unknown): void }): void {
  const message: KeyringMessage = { type: TYPE, snapshot: keyringSnapshot() };
  worker.postMessage(message);
}

/** Worker side: import and call at the top of the worker module. */
export function receiveKeyring(scope: {
  addEventListener(type: 'message', fn: (event: MessageEvent) => void): void;
}): void {
  setKeyring('locked');
  scope.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as Partial<KeyringMessage> | null;
    if (data?.type !== TYPE || !data.snapshot) return;
    setKeyring(data.snapshot);
    event.stopImmediatePropagation();
  });
}
