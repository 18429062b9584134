// Starts the filter worker; where there is no Worker (the unit tests' DOM) the same host runs on this thread
// behind the same message interface, answering asynchronously as the worker would.

import { sendKeyring } from '../db/crypto/keyring-port';
import { loadTranscripts } from '../db/repos/clips';
import { filterHost } from './filter-engine';
import type { FilterEvent, FilterPort, FilterRequest } from './filter-protocol';

export function startFilterPort(): FilterPort {
  if (typeof Worker !== 'undefined') {
    const worker = new Worker(new URL('./filter.worker.ts', import.meta.url), {
      type: 'module',
      name: 'earshot-filters',
    });
    // The worker reads sealed transcripts for the search index (docs/architecture.md, encryption at rest).
    sendKeyring(worker);
    return worker as unknown as FilterPort;
  }
  let closed = false;
  const port: FilterPort = {
    onmessage: null,
    postMessage: (request: FilterRequest) =>
      setTimeout(() => {
        if (!closed) handle(request);
      }, 0),
    terminate: () => {
      closed = true;
    },
  };
  const handle = filterHost({
    loadTranscripts,
    post: (event: FilterEvent) => {
      if (!closed) port.onmessage?.({ data: event } as MessageEvent<FilterEvent>);
    },
    transfer: () => [],
  });
  return port;
}
