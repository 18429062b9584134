// Renderer entry: start-up safety checks (broken restore, pending migration, interrupted imports), then
// read preferences, start i18n and render the app.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { StartupNotices } from './backup/StartupNotices';
import i18next from 'i18next';
import { pendingMigration, runPendingRestore, wipeBrokenRestore } from './backup/startup';
import { discardInterruptedImports } from './db/repos/import-discard';
import { PreferencesProvider, systemTimeZone } from './app/preferences';
import { zoneClock } from '../shared/time/zones';
import { loadPreferences } from './db/repos/settings';
import { changeLanguage, initI18n, systemLanguage } from './i18n';
import { columnsAtStart, LibraryProvider, prefetchColumns } from './library/LibraryProvider';
import { readKeyCheck } from './db/crypto/keycheck';
import { UnlockScreen } from './app/UnlockScreen';
import { startEncryptionJob } from './app/encryption-job';
import './theme/theme.css';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  // Before anything opens the database: wipe a half-written restore, run a restore chosen in Settings, and
  // offer a backup before a migration.
  const wiped = wipeBrokenRestore();
  // While that first request waits for the database to open: the first date formatter loads ICU's calendar and
  // zone data (tens of ms of this thread), which the first render would otherwise pay after the columns' read.
  // In a task of its own: together with the evaluation of the app's modules it held the thread for over 50 ms.
  await new Promise((resolve) => setTimeout(resolve, 0));
  zoneClock(systemTimeZone(systemLanguage())).fields(Date.now());
  const restoreBroken = await wiped;
  // Start-up dialogs speak the system's language: the preferences are in the database that is not open yet.
  await initI18n(systemLanguage());
  if (window.matchMedia('(prefers-color-scheme: dark)').matches) document.documentElement.dataset.theme = 'dark';
  const restore = await runPendingRestore((done, total) => {
    root.render(
      <main className="migration-gate">
        <p className="card" role="status" data-testid="restore-progress">
          {i18next.t('backup.restoring', { done, total })}
        </p>
      </main>,
    );
  });
  const migration = restore ? null : await pendingMigration();
  if (migration) {
    // Rare (a new schema): its backup code (zip writer, manifest schema) stays out of every other start-up.
    const { MigrationGate } = await import('./backup/MigrationGate');
    await new Promise<void>((resolve) => root.render(<MigrationGate migration={migration} onContinue={resolve} />));
  }
  // An encrypted library stays closed until the passphrase is right (nothing is read before that).
  const keyCheck = await readKeyCheck();
  if (keyCheck) await new Promise<void>((resolve) => root.render(<UnlockScreen onUnlocked={resolve} />));
  // A re-encryption a crash interrupted goes on in the background.
  if (keyCheck?.job) startEncryptionJob();
  prefetchColumns(!restoreBroken && !restore && !migration && !keyCheck);
  const preferences = await loadPreferences();
  if (preferences.language !== 'system') await changeLanguage(preferences.language);
  const discarded = await discardInterruptedImports();
  // While the columns are read: the household zone's shared clock, which the views' first render and draw
  // read, is made now (ICU's data is loaded already, above).
  const language = preferences.language === 'system' ? systemLanguage() : preferences.language;
  zoneClock(preferences.timeZone ?? systemTimeZone(language)).fields(Date.now());
  // The app renders once the cached columns are here, so the views render once, with them (a stale cache is
  // rebuilt in a worker: then it renders at once, without them).
  const library = await columnsAtStart();
  root.render(
    <StrictMode>
      <PreferencesProvider initial={preferences}>
        <LibraryProvider initial={library}>
          <App />
          <StartupNotices discarded={discarded.length} restoreBroken={restoreBroken && !restore} restore={restore} />
        </LibraryProvider>
      </PreferencesProvider>
    </StrictMode>,
  );
}

void start();
