// The window's frame: sidebar navigation on the left, the current screen on the right.

import { useTranslation } from 'react-i18next';
import { LibraryScreen } from '../screens/library/LibraryScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { Sidebar, type NavEntry } from './Sidebar';
import { useLocation, type Route } from './router';
import './app.css';

const SCREENS: Partial<Record<Route, () => React.JSX.Element>> = {
  library: LibraryScreen,
  settings: SettingsScreen,
};

/** Only screens that exist are in the navigation. */
const NAV: NavEntry[] = (['library', 'settings'] as const).map((route) => ({ route }));

export function App() {
  const { route } = useLocation();
  const { t } = useTranslation();
  const Screen = SCREENS[route] ?? LibraryScreen;
  return (
    <div className="app-frame">
      <Sidebar entries={NAV} current={route} />
      <main className="app-main" id="main" aria-label={t(`nav.${route}`)}>
        <Screen />
      </main>
    </div>
  );
}
