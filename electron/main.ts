// Electron entry: hardening first, then the app:// protocol, IPC and the one main window.

import { app, BrowserWindow, Menu } from 'electron';
import path from 'node:path';
import { APP_ORIGIN } from '../shared/ipc';
import { registerIpcHandlers } from './ipc';
import { handleAppScheme, registerAppScheme } from './protocol';
import { hardenApp, hardenSession } from './security';
import { loadWindowState, trackWindowState } from './window-state';

hardenApp();
registerAppScheme();

// Two instances on one IndexedDB corrupt its backing store; the second one focuses the first instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;

  const createWindow = () => {
    const state = loadWindowState();
    mainWindow = new BrowserWindow({
      ...state,
      minWidth: 900,
      minHeight: 600,
      show: false,
      title: 'Earshot',
      backgroundColor: '#101418',
      webPreferences: {
        preload: path.join(__dirname, 'preload.cjs'),
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        spellcheck: false,
        // Middle-click would open links in new windows; the window-open handler denies them anyway.
        disableBlinkFeatures: 'Auxclick',
      },
    });
    if (state.maximized) mainWindow.maximize();
    trackWindowState(mainWindow);
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
  };

  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  void app.whenReady().then(() => {
    hardenSession();
    handleAppScheme(path.join(__dirname, '..', 'dist', 'renderer'));
    registerIpcHandlers();
    if (process.platform !== 'darwin') Menu.setApplicationMenu(null);
    createWindow();
  });

  app.on('window-all-closed', () => app.quit());
}
