// Saves a backup file through the one save path (renderer/format/save-file.ts).

import { saveFile, type SaveOutcome } from '../format/save-file';

export type { SaveOutcome };

export function saveBackupFile(blob: Blob, name: string): Promise<SaveOutcome> {
  return saveFile({ name, data: blob, mime: 'application/zip', label: 'Earshot backup', extensions: ['zip'] });
}
