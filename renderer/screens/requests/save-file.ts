// Saving an export: Electron's native save dialog when running in the app, else a browser download through a
// Blob URL (nothing leaves the computer either way).

export interface SaveRequest {
  name: string;
  data: string;
  mime: string;
  /** Dialog filter label, e.g. "Text". */
  label: string;
}

export async function saveFile({ name, data, mime, label }: SaveRequest): Promise<void> {
  const ext = name.split('.').pop() ?? '';
  if (window.earshot) {
    await window.earshot.saveFile({ defaultName: name, filters: [{ name: label, extensions: [ext] }], data });
    return;
  }
  downloadBlob(new Blob([data], { type: mime }), name);
}

export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
