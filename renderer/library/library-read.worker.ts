// Whole-library reads for the views, off the UI thread (library-read-protocol.ts).

import { receiveKeyring } from '../db/crypto/keyring-port';
import { answerLibraryRead } from './library-read-host';
import { columnsTransfer, type LibraryReadEvent, type LibraryReadRequest } from './library-read-protocol';

// Clip rows are sealed when encryption is on: the keyring comes before any request.
receiveKeyring(self);

self.onmessage = (message: MessageEvent<LibraryReadRequest>) => {
  void answerLibraryRead(message.data).then((event: LibraryReadEvent) =>
    self.postMessage(event, { transfer: event.type === 'columns' ? columnsTransfer(event.columns) : [] }),
  );
};
