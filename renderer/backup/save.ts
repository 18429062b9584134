// Saves a backup file: Electron's save dialog through IPC, or a download from a Blob URL in a browser.

export type SaveOutcome = 'saved' | 'cancelled' | 'downloaded';

export async function saveBackupFile(blob: Blob, name: string): Promise<SaveOutcome> {
  const api = window.earshot;
  if (api) {
    const data = new Uint8Array(await blob.arrayBuffer());
    const result = await api.saveFile({
      defaultName: name,
      filters: [{ name: 'Earshot backup', extensions: ['zip'] }],
      data,
    });
    return result.saved ? 'saved' : 'cancelled';
  }
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoke on a later task: the click starts the download, which still reads the URL.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return 'downloaded';
}
