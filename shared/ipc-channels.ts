// The IPC channel names and the app's origin, without the schemas: the preload imports only this, so it
// stays a few KB instead of bundling zod (it is parsed at every window start). shared/ipc.ts holds the
// schemas and checks that every name here has one.

/** Method name on `window.earshot` → channel; preload and main are both built from this table. */
export const ipcMethods = {
  openFiles: 'dialog:open-files',
  saveFile: 'dialog:save-file',
  printToPdf: 'report:print-to-pdf',
  releaseFiles: 'dialog:release-files',
  wipeStorage: 'storage:wipe',
  openMail: 'shell:open-mail',
  version: 'app:version',
} as const;

export type IpcChannelName = (typeof ipcMethods)[keyof typeof ipcMethods];

/** The scheme and host the UI is served from in Electron; also the only origin IPC accepts. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'earshot';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
