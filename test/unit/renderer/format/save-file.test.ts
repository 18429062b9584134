// @vitest-environment happy-dom
// The one download path in a browser: the file is offered under its name with its bytes, and the Blob URL
// lives long enough for the browser to read it (revoking it at once can cancel the download).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DOWNLOAD_URL_LIFETIME_MS, saveFile } from '../../../../renderer/format/save-file';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('saveFile in a browser', () => {
  it('downloads the data under its name and releases the URL only after a safe delay', async () => {
    vi.useFakeTimers();
    const created: { url: string; blob: Blob }[] = [];
    const revoked: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      const url = `blob:test/${created.length}`;
      created.push({ url, blob: blob as Blob });
      return url;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void revoked.push(url));
    const clicks: { href: string; download: string }[] = [];
    document.addEventListener('click', (event) => {
      const link = event.target as HTMLAnchorElement;
      clicks.push({ href: link.getAttribute('href')!, download: link.download });
      event.preventDefault();
    });

    const outcome = await saveFile({
      name: 'Brief.txt',
      data: 'Sehr geehrte Damen',
      mime: 'text/plain',
      label: 'Text',
    });

    expect(outcome).toBe('downloaded');
    expect(clicks).toEqual([{ href: 'blob:test/0', download: 'Brief.txt' }]);
    expect(await created[0]!.blob.text()).toBe('Sehr geehrte Damen');
    expect(document.querySelectorAll('a')).toHaveLength(0);
    vi.advanceTimersByTime(1_000);
    expect(revoked).toEqual([]);
    vi.advanceTimersByTime(DOWNLOAD_URL_LIFETIME_MS);
    expect(revoked).toEqual(['blob:test/0']);
  });
});
