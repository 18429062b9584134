// Every download goes through here: Electron's native save dialog when running in the app (main writes the
// file), else a browser download from a Blob URL. Nothing leaves the computer either way.

export type SaveOutcome = 'saved' | 'cancelled' | 'downloaded';

export interface SaveRequest {
  /** Suggested file name; its extension is the dialog's filter unless `extensions` is given. */
  name: string;
  data: string | Uint8Array<ArrayBuffer> | Blob;
  mime: string;
  /** Dialog filter label, e.g. "Text". */
  label: string;
  extensions?: string[];
}

/**
 * How long a Blob URL stays alive after the click. The click only starts the download; the browser reads the
 * URL afterwards, and revoking it too early (0 ms did) can cancel the download. A minute is far more than any
 * browser needs to begin reading, and the Blob is freed soon enough.
 */
export const DOWNLOAD_URL_LIFETIME_MS = 60_000;

export async function saveFile({ name, data, mime, label, extensions }: SaveRequest): Promise<SaveOutcome> {
  const api = window.earshot;
  if (api) {
    const bytes = data instanceof Blob ? new Uint8Array(await data.arrayBuffer()) : data;
    const result = await api.saveFile({
      defaultName: name,
      filters: [{ name: label, extensions: extensions ?? [name.split('.').pop() ?? ''] }],
      data: bytes,
    });
    return result.saved ? 'saved' : 'cancelled';
  }
  downloadBlob(data instanceof Blob ? data : new Blob([data], { type: mime }), name);
  return 'downloaded';
}

/** Offers a Blob as a browser download. */
export function downloadBlob(blob: Blob, name: string): void {
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
    setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
  }
}
