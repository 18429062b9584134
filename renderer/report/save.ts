// Saving and printing a report. Saving goes through the one save path (renderer/format/save-file.ts); in
// Electron main makes the PDF with printToPDF, in a plain browser PDF is the print dialog.

import { saveFile, type SaveOutcome } from '../format/save-file';
import type { ReportFile } from './build';

export type { SaveOutcome };

export function saveReportFile(file: ReportFile): Promise<SaveOutcome> {
  return saveFile({
    name: file.name,
    data: file.content,
    mime: file.mime,
    label: file.filter.name,
    extensions: file.filter.extensions,
  });
}

/** Prints what the print stylesheet leaves visible: only the report (see PrintHost). */
export async function printReport(defaultName: string): Promise<SaveOutcome> {
  const api = window.earshot;
  if (api) {
    const result = await api.printToPdf({ defaultName, landscape: false });
    return result.saved ? 'saved' : 'cancelled';
  }
  window.print();
  return 'downloaded';
}
