// Renderer entry: open the database, read preferences, start i18n, then render the app.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { PreferencesProvider } from './app/preferences';
import { loadPreferences } from './db/repos/settings';
import { initI18n, systemLanguage } from './i18n';
import { LibraryProvider } from './library/LibraryProvider';
import './theme/theme.css';

async function start() {
  const preferences = await loadPreferences();
  await initI18n(preferences.language === 'system' ? systemLanguage() : preferences.language);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PreferencesProvider initial={preferences}>
        <LibraryProvider>
          <App />
        </LibraryProvider>
      </PreferencesProvider>
    </StrictMode>,
  );
}

void start();
