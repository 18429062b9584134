// Page model of the Voices, "Not ours" (quarantine + breach flow) and Command groups screens.
import type { Page } from 'playwright-core';

export class PeoplePage {
  constructor(readonly page: Page) {}

  async openQuarantine(): Promise<void> {
    await this.page.getByTestId('nav-quarantine').click();
    await this.page.getByTestId('quarantine-screen').waitFor();
  }

  async openVoices(): Promise<void> {
    await this.page.getByTestId('nav-voices').click();
    await this.page.getByTestId('voices-screen').waitFor();
  }

  async openGroups(): Promise<void> {
    await this.page.getByTestId('nav-groups').click();
    await this.page.getByTestId('groups-screen').waitFor();
  }

  /** The number on the navigation badge of an entry (0 when there is none). */
  async badge(route: string): Promise<number> {
    const badge = this.page.getByTestId(`nav-${route}`).locator('.nav-badge');
    return (await badge.count()) ? Number(await badge.textContent()) : 0;
  }

  async totalShown(): Promise<number> {
    await this.page.getByTestId('nav-library').click();
    const text = (await this.page.getByTestId('stat-total').locator('.stat-value').textContent()) ?? '';
    return Number(text.replace(/[^\d]/g, ''));
  }
}

/** Timestamps of committed captures carrying the `foreign` flag, straight from IndexedDB. */
export async function foreignTimestamps(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve, reject) => {
        const request = indexedDB.open('earshot');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction('clips', 'readonly').objectStore('clips').getAll();
          all.onsuccess = () => {
            const rows = all.result as { ts: number; flags: string[] }[];
            resolve(rows.filter((r) => r.flags.includes('foreign')).map((r) => r.ts));
            db.close();
          };
        };
      }),
  );
}
