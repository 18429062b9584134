// Main-side handlers for the IPC contract in shared/ipc.ts. Every call is checked twice before it does
// anything: the sender must be our own app:// frame, and the argument must match the channel's schema.

import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ipcSchemas, type IpcChannel, type IpcRequest, type IpcResponse } from '../shared/ipc';
import { registerPickedFile } from './protocol';
import { isAppUrl } from './security';

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

/** Walks a picked folder (no symlinks followed) so a folder import behaves like a drag-and-drop. */
async function listFolder(root: string, limit = 250_000): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (out.length >= limit) return;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) out.push(full);
    }
  };
  await walk(root);
  return out;
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
    for (const picked of result.filePaths) {
      const members = folders ? await listFolder(picked) : [picked];
      const base = folders ? path.dirname(picked) : path.dirname(picked);
      for (const file of members) {
        const info = await stat(file);
        files.push({
          token: registerPickedFile(file),
          path: path.relative(base, file).split(path.sep).join('/'),
          size: info.size,
          lastModified: info.mtimeMs,
        });
      }
    }
    return { files };
  });

  handle('dialog:save-file', async ({ defaultName, filters, data }, event) => {
    const window = BrowserWindow.fromWebContents(event.sender) ?? undefined;
    const options = { defaultPath: path.join(app.getPath('documents'), defaultName), filters };
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return { saved: false };
    await writeFile(result.filePath, data);
    return { saved: true, path: result.filePath };
  });

  handle('report:print-to-pdf', async ({ defaultName, landscape }, event) => {
    const pdf = await event.sender.printToPDF({ printBackground: true, landscape, pageSize: 'A4' });
    const window = BrowserWindow.fromWebContents(event.sender) ?? undefined;
    const options = {
      defaultPath: path.join(app.getPath('documents'), defaultName),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    };
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return { saved: false };
    await writeFile(result.filePath, pdf);
    return { saved: true, path: result.filePath };
  });

  handle('app:version', async () => ({ version: app.getVersion(), electron: process.versions.electron ?? '' }));
}
