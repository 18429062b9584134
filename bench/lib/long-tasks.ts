// Main-thread long tasks (Long Tasks API, tasks over 50 ms) as the page saw them, for "no frozen window".

import type { BrowserContext, Page } from 'playwright-core';

export async function watchLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const tasks: number[] = [];
    window.__earshotLongTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
}

export const longTaskCount = (page: Page) => page.evaluate(() => window.__earshotLongTasks?.length ?? 0);

export async function longTasksSince(page: Page, from: number) {
  const tasks = await page.evaluate((skip) => (window.__earshotLongTasks ?? []).slice(skip), from);
  return { longestMs: Math.max(0, ...tasks), over50: tasks.filter((d) => d > 50).length };
}
