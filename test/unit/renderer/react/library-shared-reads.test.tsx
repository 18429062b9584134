// @vitest-environment happy-dom
// What several components show from one library read: the overview and its stranger banner share one
// stranger-summary read per library version (and read again after a change), and every `usePopulation`
// consumer gets the population LibraryProvider counted once.
import { useFreshDb } from '../db/fresh-db';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as quarantine from '../../../../renderer/db/repos/quarantine';
import { bumpLibraryVersion } from '../../../../renderer/db/repos/library';
import {
  columnsAtStart,
  LibraryProvider,
  prefetchColumns,
  useLibrary,
} from '../../../../renderer/library/LibraryProvider';
import { loadLibraryColumns } from '../../../../renderer/library/library-reads';
import { FilterProvider } from '../../../../renderer/library/FilterProvider';
import { resetLibraryReads } from '../../../../renderer/library/library-reads';
import { usePopulation } from '../../../../renderer/library/usePopulation';
import { useStrangerSummary } from '../../../../renderer/library/useStrangerSummary';
import { PreferencesProvider } from '../../../../renderer/app/preferences';
import { initI18n } from '../../../../renderer/i18n';
import type { Capture } from '../../../../shared/model';

const database = useFreshDb('react-shared-reads');

const capture = (id: string, ts: number, extra: Partial<Capture> = {}): Capture => ({
  id,
  source: 'alexa-history',
  ts,
  transcript: 'licht an',
  transcriptStatus: 'ok',
  category: 'smarthome',
  categoryConfidence: 1,
  flags: [],
  importIds: [],
  ...extra,
});

function Strangers({ name }: { name: string }) {
  const summary = useStrangerSummary();
  return <output data-testid={name}>{summary === undefined ? 'reading' : String(summary?.count ?? 0)}</output>;
}

function Counted({ name }: { name: string }) {
  const counted = usePopulation();
  const { population } = useLibrary();
  return (
    <output data-testid={name}>
      {counted ? `${counted.population.home}/${counted.population.foreign}/${counted.population === population}` : '…'}
    </output>
  );
}

beforeAll(async () => {
  await initI18n('de');
});

afterEach(() => {
  cleanup();
  resetLibraryReads();
  vi.restoreAllMocks();
});

describe('shared library reads', () => {
  it('reads the stranger summary once per version for every component, again after a change', async () => {
    await database().settings.put({ key: 'accountId', value: 'A-OURS' });
    await database().clips.bulkPut([
      capture('own', 1, { accountId: 'A-OURS' }),
      capture('x', 2, { accountId: 'A-ELSE' }),
    ]);
    const read = vi.spyOn(quarantine, 'loadStrangerSummary');
    render(
      <LibraryProvider>
        <Strangers name="banner" />
        <Strangers name="overview" />
      </LibraryProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('banner').textContent).toBe('1'));
    expect(screen.getByTestId('overview').textContent).toBe('1');
    expect(read).toHaveBeenCalledTimes(1);

    await database().transaction('rw', database().clips, database().settings, async (tx) => {
      await database().clips.put(capture('y', 3, { accountId: 'A-ELSE' }));
      await bumpLibraryVersion(tx);
    });
    await waitFor(() => expect(screen.getByTestId('banner').textContent).toBe('2'));
    expect(screen.getByTestId('overview').textContent).toBe('2');
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('hands every usePopulation the population LibraryProvider counted', async () => {
    await database().clips.bulkPut([capture('a', 1), capture('b', 2), capture('f', 3, { flags: ['foreign'] })]);
    await bumpLibraryVersion();
    render(
      <PreferencesProvider initial={{ language: 'de', theme: 'light', timeZone: 'Europe/Berlin' }}>
        <LibraryProvider>
          <FilterProvider>
            <Counted name="one" />
            <Counted name="two" />
          </FilterProvider>
        </LibraryProvider>
      </PreferencesProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('one').textContent).toBe('2/1/true'));
    expect(screen.getByTestId('two').textContent).toBe('2/1/true');
  });

  it('renders the columns read before the first render in that render, and reads again after a change', async () => {
    await database().clips.bulkPut([capture('a', 1), capture('b', 2)]);
    await bumpLibraryVersion();
    await loadLibraryColumns(); // builds and caches the index, as the first start after an import does
    prefetchColumns();
    const initial = await columnsAtStart();
    expect(initial?.columns?.count).toBe(2);
    expect(initial?.population?.home).toBe(2);
    const seen: (number | null)[] = [];
    function Count() {
      const { columns } = useLibrary();
      seen.push(columns?.count ?? null);
      return <output data-testid="count">{columns?.count ?? '…'}</output>;
    }
    render(
      <LibraryProvider initial={initial}>
        <Count />
      </LibraryProvider>,
    );
    expect(seen[0]).toBe(2);
    await database().transaction('rw', database().clips, database().settings, async (tx) => {
      await database().clips.put(capture('c', 3));
      await bumpLibraryVersion(tx);
    });
    await waitFor(() => expect(screen.getByTestId('count').textContent).toBe('3'));
    expect(seen).not.toContain(null);
  });

  it('renders without columns at once when the cache is stale, and with them once rebuilt', async () => {
    await database().clips.bulkPut([capture('a', 1)]);
    await bumpLibraryVersion();
    prefetchColumns();
    expect(await columnsAtStart()).toBeNull();
    function Count() {
      const { columns } = useLibrary();
      return <output data-testid="count">{columns?.count ?? '…'}</output>;
    }
    render(
      <LibraryProvider initial={null}>
        <Count />
      </LibraryProvider>,
    );
    expect(screen.getByTestId('count').textContent).toBe('…');
    await waitFor(() => expect(screen.getByTestId('count').textContent).toBe('1'));
  });
});
