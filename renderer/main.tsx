// Renderer entry: start-up safety checks (broken restore, pending migration, interrupted imports), then
// read preferences, start i18n and render the app.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { MigrationGate } from './backup/MigrationGate';
import { StartupNotices } from './backup/StartupNotices';
import { pendingMigration, wipeBrokenRestore } from './backup/startup';
import { discardInterruptedImports } from './db/repos/imports';
import { PreferencesProvider } from './app/preferences';
import { loadPreferences } from './db/repos/settings';
import { initI18n, systemLanguage } from './i18n';
import { LibraryProvider } from './library/LibraryProvider';
import './theme/theme.css';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  // Before anything opens the database: wipe a half-written restore, and offer a backup before a migration.
  const restoreBroken = await wipeBrokenRestore();
  const migration = await pendingMigration();
  if (migration) {
    // Preferences live in the database that is not open yet: follow the system's language and theme.
    await initI18n(systemLanguage());
    if (window.matchMedia('(prefers-color-scheme: dark)').matches) document.documentElement.dataset.theme = 'dark';
    await new Promise<void>((resolve) => root.render(<MigrationGate migration={migration} onContinue={resolve} />));
  }
  const preferences = await loadPreferences();
  await initI18n(preferences.language === 'system' ? systemLanguage() : preferences.language);
  const discarded = await discardInterruptedImports();
  root.render(
    <StrictMode>
      <PreferencesProvider initial={preferences}>
        <LibraryProvider>
          <App />
          <StartupNotices discarded={discarded.length} restoreBroken={restoreBroken} />
        </LibraryProvider>
      </PreferencesProvider>
    </StrictMode>,
  );
}

void start();
