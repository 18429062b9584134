// The renderer's only door to main: a handful of named, typed calls (shared/ipc.ts). No ipcRenderer,
// no generic send, no process.env. Only the channel names are imported (shared/ipc-channels.ts): the
// schemas stay in main, which validates every call. Bundled to CommonJS because sandboxed preloads cannot be ES modules.

import { contextBridge, ipcRenderer } from 'electron';
import type { EarshotApi } from '../shared/ipc';
import { ipcMethods } from '../shared/ipc-channels';

const api = {
  openFiles: (request) => ipcRenderer.invoke(ipcMethods.openFiles, request),
  saveFile: (request) => ipcRenderer.invoke(ipcMethods.saveFile, request),
  printToPdf: (request) => ipcRenderer.invoke(ipcMethods.printToPdf, request),
  releaseFiles: (request) => ipcRenderer.invoke(ipcMethods.releaseFiles, request),
  wipeStorage: () => ipcRenderer.invoke(ipcMethods.wipeStorage, {}),
  openMail: (request) => ipcRenderer.invoke(ipcMethods.openMail, request),
  version: () => ipcRenderer.invoke(ipcMethods.version, {}),
} satisfies EarshotApi;

contextBridge.exposeInMainWorld('earshot', api);
