// The window's frame: sidebar navigation on the left, the current screen on the right. Filters, the
// selection and the open clip are shared by every screen, so they live above the router.

import { useTranslation } from 'react-i18next';
import { LibraryJobProvider } from '../classify/LibraryJobProvider';
import { FilterProvider, useFilters } from '../library/FilterProvider';
import { OpenClipProvider } from '../player/OpenClipProvider';
import { ClipsScreen } from '../screens/clips/ClipsScreen';
import { ImportScreen } from '../screens/import/ImportScreen';
import { DevicesScreen } from '../screens/devices/DevicesScreen';
import { TimelineScreen } from '../screens/timeline/TimelineScreen';
import { HeatmapsScreen } from '../screens/heatmaps/HeatmapsScreen';
import { LibraryScreen } from '../screens/library/LibraryScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { ReportsScreen } from '../screens/reports/ReportsScreen';
import { SelectionProvider } from '../selection/SelectionProvider';
import { SelectionTray } from '../selection/SelectionTray';
import { RequestsScreen } from '../screens/requests/RequestsScreen';
import { useOverdueCount } from '../screens/requests/useOverdueCount';
import { GroupsScreen } from '../screens/groups/GroupsScreen';
import { VoicesScreen } from '../screens/voices/VoicesScreen';
import { QuarantineScreen } from '../screens/quarantine/QuarantineScreen';
import { useForeignCount } from '../screens/quarantine/useForeignCount';
import { Sidebar, type NavEntry } from './Sidebar';
import { ROUTES, useRoute, type Route } from './router';
import './app.css';

const SCREENS: Record<Route, () => React.JSX.Element | null> = {
  library: LibraryScreen,
  import: ImportScreen,
  timeline: TimelineScreen,
  heatmaps: HeatmapsScreen,
  clips: ClipsScreen,
  devices: DevicesScreen,
  groups: GroupsScreen,
  voices: VoicesScreen,
  quarantine: QuarantineScreen,
  requests: RequestsScreen,
  reports: ReportsScreen,
  settings: SettingsScreen,
};

/** The navigation follows the one route table (router.ts), in its order. */
const NAV: NavEntry[] = ROUTES.map((route) => ({ route }));

function Frame() {
  const route = useRoute();
  const { t } = useTranslation();
  const { query } = useFilters();
  const Screen = SCREENS[route];
  const overdue = useOverdueCount();
  const foreign = useForeignCount();
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
        <Screen />
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
