// Saving and printing a report. In Electron the main process shows the save dialog (and makes the PDF with
// printToPDF); in a plain browser the file is offered as a download from a Blob URL and PDF is the print dialog.

import type { ReportFile } from './build';

export type SaveOutcome = 'saved' | 'cancelled' | 'downloaded';

export async function saveReportFile(file: ReportFile): Promise<SaveOutcome> {
  const api = window.earshot;
  if (api) {
    const result = await api.saveFile({ defaultName: file.name, filters: [file.filter], data: file.content });
    return result.saved ? 'saved' : 'cancelled';
  }
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mime }));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click starts the download synchronously; revoke on the next task so the browser has read the URL.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return 'downloaded';
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
