// Main-side handlers for the IPC contract in shared/ipc.ts. Every call is checked twice before it does
// anything: the sender must be our own app:// frame, and the argument must match the channel's schema.

import { app, BrowserWindow, dialog, ipcMain, session, shell, type IpcMainInvokeEvent } from 'electron';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_ORIGIN, ipcSchemas, type IpcChannel, type IpcRequest, type IpcResponse } from '../shared/ipc';
import { listFolder } from './list-folder';
import { registerPickedFile, releasePickedFiles } from './protocol';
import { isAppUrl } from './security';
import { isMailtoUrl, safeFileName } from './url-guards';

type Handler<C extends IpcChannel> = (request: IpcRequest<C>, event: IpcMainInvokeEvent) => Promise<IpcResponse<C>>;

function handle<C extends IpcChannel>(channel: C, handler: Handler<C>): void {
  ipcMain.handle(channel, async (event, raw: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isAppUrl(frameUrl)) throw new Error(`IPC ${channel} refused: sender ${frameUrl || 'unknown'} is not the app`);
    const parsed = ipcSchemas[channel].request.safeParse(raw ?? {});
    if (!parsed.success) throw new Error(`IPC ${channel} refused: invalid argument`);
    return handler(parsed.data as IpcRequest<C>, event);
  });
}

export function registerIpcHandlers(): void {
  handle('dialog:open-files', async ({ folders }, event) => {
    const window = BrowserWindow.fromWebContents(event.sender) ?? undefined;
    const options: Electron.OpenDialogOptions = {
      properties: folders ? ['openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'],
    };
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    if (result.canceled) return { files: [] };
    const files: IpcResponse<'dialog:open-files'>['files'] = [];
    const skipped: string[] = [];
    for (const picked of result.filePaths) {
      const base = path.dirname(picked);
      const listing = folders ? await listFolder(picked) : { files: [picked], skipped: [] };
      skipped.push(...listing.skipped.map((s) => `${path.relative(base, s.path)} (${s.reason})`));
      // Only names and sizes here: the bytes are read later, one file at a time, through the token.
      for (const file of listing.files) {
        const info = await stat(file).catch(() => undefined);
        if (!info?.isFile()) {
          skipped.push(`${path.relative(base, file)} (unreadable)`);
          continue;
        }
        files.push({
          token: registerPickedFile(file),
          path: path.relative(base, file).split(path.sep).join('/'),
          size: info.size,
          lastModified: info.mtimeMs,
        });
      }
    }
    return { files, ...(skipped.length ? { skipped: skipped.slice(0, 1000) } : {}) };
  });

  handle('dialog:release-files', async ({ tokens }) => ({ released: releasePickedFiles(tokens) }));

  // Deletes the IndexedDB files of the app's origin: deleting a database only marks its records deleted in
  // the storage engine's files until a later compaction (docs/reliability.md, "Deletion").
  handle('storage:wipe', async () => {
    await session.defaultSession.clearStorageData({ origin: APP_ORIGIN, storages: ['indexdb'] });
    return { wiped: true };
  });

  // The navigation guard blocks every link, mailto: included; the renderer asks for it on a click instead.
  let lastMail = 0;
  handle('shell:open-mail', async ({ url }) => {
    const now = Date.now();
    if (!isMailtoUrl(url) || now - lastMail < 1000) return { opened: false };
    lastMail = now;
    await shell.openExternal(url);
    return { opened: true };
  });

  handle('dialog:save-file', async ({ defaultName, filters, data }, event) => {
    const window = BrowserWindow.fromWebContents(event.sender) ?? undefined;
    const options = { defaultPath: path.join(app.getPath('documents'), safeFileName(defaultName)), filters };
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return { saved: false };
    await writeFile(result.filePath, data);
    return { saved: true, path: result.filePath };
  });

  handle('report:print-to-pdf', async ({ defaultName, landscape }, event) => {
    const pdf = await event.sender.printToPDF({ printBackground: true, landscape, pageSize: 'A4' });
    const window = BrowserWindow.fromWebContents(event.sender) ?? undefined;
    const options = {
      defaultPath: path.join(app.getPath('documents'), safeFileName(defaultName)),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    };
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return { saved: false };
    await writeFile(result.filePath, pdf);
    return { saved: true, path: result.filePath };
  });

  handle('app:version', async () => ({ version: app.getVersion(), electron: process.versions.electron ?? '' }));
}
