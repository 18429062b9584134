// What library-read.worker.ts answers (and, where there is no Worker, the UI thread itself): each request
// becomes one event, a failure an `error` event with the message.

import { loadColumns } from '../db/repos/library';
import { loadStrangerSummary } from '../db/repos/quarantine';
import type { LibraryReadEvent, LibraryReadRequest } from './library-read-protocol';

export async function answerLibraryRead(request: LibraryReadRequest): Promise<LibraryReadEvent> {
  try {
    if (request.type === 'columns') {
      const { version, columns } = await loadColumns();
      return { id: request.id, type: 'columns', version, columns };
    }
    return { id: request.id, type: 'strangers', summary: await loadStrangerSummary() };
  } catch (error) {
    const { name = 'Error', message = String(error) } = error instanceof Error ? error : {};
    return { id: request.id, type: 'error', name, message };
  }
}
