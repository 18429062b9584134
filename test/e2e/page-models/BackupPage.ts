// Page model of Settings → Backup, plus a full dump of the database (Blobs as size + SHA-256, typed arrays
// as plain arrays) to prove that a restored library equals the original.
import type { Page } from 'playwright-core';

export class BackupPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-settings').click();
    await this.page.getByTestId('backup-section').waitFor();
  }

  /** Saves a backup (a download in the browser) to `target`. */
  async save(target: string): Promise<string> {
    const download = this.page.waitForEvent('download', { timeout: 120_000 });
    await this.page.getByTestId('backup-create').click();
    await (await download).saveAs(target);
    await this.page
      .getByTestId('backup-status')
      .filter({ hasText: /downloads|Downloads/ })
      .waitFor();
    return target;
  }

  async restore(file: string): Promise<void> {
    await this.page.getByTestId('backup-restore-input').setInputFiles(file);
  }
}

/** Every table except the rebuildable cache, rows sorted by key, Blobs hashed. */
export async function dumpDatabase(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('earshot');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const plain = async (value: unknown): Promise<unknown> => {
      if (value instanceof Blob) {
        const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await value.arrayBuffer()));
        return { blob: value.type, size: value.size, sha: Array.from(digest).join('.') };
      }
      if (ArrayBuffer.isView(value))
        return { [value.constructor.name]: Array.from(value as unknown as ArrayLike<number>) };
      if (Array.isArray(value)) return Promise.all(value.map(plain));
      if (value && typeof value === 'object')
        return Object.fromEntries(await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await plain(v)])));
      return value;
    };
    const out: Record<string, string> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      if (name === 'columnsCache') continue;
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      out[name] = JSON.stringify(await plain(rows));
    }
    db.close();
    return out;
  });
}
