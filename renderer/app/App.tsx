// The window's frame: sidebar navigation on the left, the current screen on the right. Filters, the
// selection and the open clip are shared by every screen, so they live above the router.

import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LibraryJobProvider } from '../classify/LibraryJobProvider';
import { FilterProvider, useFilters } from '../library/FilterProvider';
import { OpenClipProvider } from '../player/OpenClipProvider';
import { TimelineScreen } from '../screens/timeline/TimelineScreen';
import { LibraryScreen } from '../screens/library/LibraryScreen';
import { SelectionProvider } from '../selection/SelectionProvider';
import { SelectionTray } from '../selection/SelectionTray';
import { useOverdueCount } from '../screens/requests/useOverdueCount';
import { useForeignCount } from '../screens/quarantine/useForeignCount';
import { Sidebar, type NavEntry } from './Sidebar';
import { ROUTES, useRoute, type Route } from './router';
import './app.css';

// The overview and the timeline, where the app opens, are in the first bundle; every other screen (and what
// only it needs: the waveform player, zip export, report and letter templates, schemas) is its own chunk,
// fetched once the first screen has painted, so a cold start compiles only what it shows. They are fetched in
// the order the screens were once imported, so their style sheets cascade as they did in one bundle.
const LAZY = {
  clips: () => import('../screens/clips/ClipsScreen').then((m) => ({ default: m.ClipsScreen })),
  import: () => import('../screens/import/ImportScreen').then((m) => ({ default: m.ImportScreen })),
  devices: () => import('../screens/devices/DevicesScreen').then((m) => ({ default: m.DevicesScreen })),
  heatmaps: () => import('../screens/heatmaps/HeatmapsScreen').then((m) => ({ default: m.HeatmapsScreen })),
  settings: () => import('../screens/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
  reports: () => import('../screens/reports/ReportsScreen').then((m) => ({ default: m.ReportsScreen })),
  requests: () => import('../screens/requests/RequestsScreen').then((m) => ({ default: m.RequestsScreen })),
  groups: () => import('../screens/groups/GroupsScreen').then((m) => ({ default: m.GroupsScreen })),
  voices: () => import('../screens/voices/VoicesScreen').then((m) => ({ default: m.VoicesScreen })),
  quarantine: () => import('../screens/quarantine/QuarantineScreen').then((m) => ({ default: m.QuarantineScreen })),
} satisfies Partial<Record<Route, () => Promise<{ default: () => React.JSX.Element | null }>>>;

const SCREENS: Record<Route, React.ComponentType> = {
  library: LibraryScreen,
  import: lazy(LAZY.import),
  timeline: TimelineScreen,
  heatmaps: lazy(LAZY.heatmaps),
  clips: lazy(LAZY.clips),
  devices: lazy(LAZY.devices),
  groups: lazy(LAZY.groups),
  voices: lazy(LAZY.voices),
  quarantine: lazy(LAZY.quarantine),
  requests: lazy(LAZY.requests),
  reports: lazy(LAZY.reports),
  settings: lazy(LAZY.settings),
};

/** Fetches the other screens' chunks when the window is idle after the first paint (a click then finds them). */
function usePreloadScreens(): void {
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1000));
    const cancel = window.cancelIdleCallback ?? clearTimeout;
    const handle = idle(() => {
      for (const load of Object.values(LAZY)) void load();
    });
    return () => cancel(handle);
  }, []);
}

/** The navigation follows the one route table (router.ts), in its order. */
const NAV: NavEntry[] = ROUTES.map((route) => ({ route }));

function Frame() {
  const route = useRoute();
  const { t } = useTranslation();
  const { query } = useFilters();
  const Screen = SCREENS[route];
  const overdue = useOverdueCount();
  const foreign = useForeignCount();
  usePreloadScreens();
  return (
    <div className="app-frame">
      <Sidebar
        entries={NAV.map((e) =>
          e.route === 'requests' ? { ...e, badge: overdue } : e.route === 'quarantine' ? { ...e, badge: foreign } : e,
        )}
        current={route}
        query={query}
      />
      <main className="app-main" id="main" aria-label={t(`nav.${route}`)}>
        <Suspense fallback={null}>
          <Screen />
        </Suspense>
        <SelectionTray />
      </main>
    </div>
  );
}

export function App() {
  return (
    <LibraryJobProvider>
      <FilterProvider>
        <SelectionProvider>
          <OpenClipProvider>
            <Frame />
          </OpenClipProvider>
        </SelectionProvider>
      </FilterProvider>
    </LibraryJobProvider>
  );
}
