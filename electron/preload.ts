// The renderer's only door to main: a handful of named, typed calls (shared/ipc.ts). No ipcRenderer,
// no generic send, no process.env. Bundled to CommonJS because sandboxed preloads cannot be ES modules.

import { contextBridge, ipcRenderer } from 'electron';
import { ipcMethods, type EarshotApi } from '../shared/ipc';

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
