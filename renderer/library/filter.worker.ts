// Filters the library's columnar index and runs full-text search off the UI thread, so a filter change or
// building the search index over 100,000 transcripts never freezes the window (filter-engine.ts).

import { receiveKeyring } from '../db/crypto/keyring-port';
import { loadTranscripts } from '../db/repos/clips';
import { filterHost } from './filter-engine';
import { resultTransfer, type FilterEvent, type FilterRequest } from './filter-protocol';

// The transcripts it indexes are sealed when encryption is on: the keyring comes before any request.
receiveKeyring(self);

const handle = filterHost({
  loadTranscripts,
  post: (event: FilterEvent, transfer?: Transferable[]) => self.postMessage(event, { transfer: transfer ?? [] }),
  transfer: resultTransfer,
});

self.onmessage = (message: MessageEvent<FilterRequest>) => handle(message.data);
