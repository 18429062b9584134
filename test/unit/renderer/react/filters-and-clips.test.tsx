// @vitest-environment happy-dom
// The real providers over a real (fake-indexeddb) library: FilterProvider reads the filters from the URL,
// writes changes back to it and narrows what every view shows; the clip list shows exactly the clips the
// filter lets through, grouped by local day, and opens one on click.
import { useFreshDb } from '../db/fresh-db';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PreferencesProvider } from '../../../../renderer/app/preferences';
import { beginImport, commitImport, stageBatch } from '../../../../renderer/db/repos/imports';
import { initI18n } from '../../../../renderer/i18n';
import { FilterProvider, useFilters } from '../../../../renderer/library/FilterProvider';
import { LibraryProvider } from '../../../../renderer/library/LibraryProvider';
import { OpenClipProvider, useOpenClip } from '../../../../renderer/player/OpenClipProvider';
import { ClipList } from '../../../../renderer/screens/clips/ClipList';
import { FilterBar } from '../../../../renderer/filters/FilterBar';
import { SelectionProvider } from '../../../../renderer/selection/SelectionProvider';
import type { Capture, ImportRun, Room } from '../../../../shared/model';

useFreshDb('react-filters');

const rooms: Room[] = [
  { id: 'bath', name: 'Bad', kind: 'bathroom', private: true },
  { id: 'kitchen', name: 'Küche', kind: 'kitchen', private: false },
];
const capture = (id: string, iso: string, roomId: string, transcript: string): Capture => ({
  id,
  source: 'alexa-history',
  ts: Date.parse(iso),
  roomId,
  transcript,
  transcriptStatus: 'ok',
  category: 'weather',
  categoryConfidence: 1,
  flags: [],
  importIds: [],
});
const CAPTURES = [
  capture('k1', '2026-03-01T08:00:00Z', 'kitchen', 'wie wird das wetter'),
  capture('k2', '2026-03-01T09:00:00Z', 'kitchen', 'licht an'),
  capture('b1', '2026-03-02T22:30:00Z', 'bath', 'spiel musik'),
];

async function seed() {
  const run: ImportRun = {
    id: 'run-1',
    startedAt: 0,
    status: 'staging',
    sources: ['alexa-history'],
    files: [],
    counts: { captures: 3, newCaptures: 3, withAudio: 0, withoutAudio: 3, withoutTranscript: 0 },
    warnings: [],
  };
  await beginImport(run);
  await stageBatch(
    'run-1',
    CAPTURES.map((c) => ({ capture: c })),
  );
  await commitImport({ runId: 'run-1', devices: [], rooms, finishedAt: 1, counts: run.counts, warnings: [] });
}

function Probe() {
  const { visible, setFilters, query } = useFilters();
  const { openIndex } = useOpenClip();
  return (
    <div>
      <output data-testid="visible">{visible.length}</output>
      <output data-testid="query">{query}</output>
      <output data-testid="open">{openIndex ?? 'none'}</output>
      <button type="button" onClick={() => setFilters((f) => ({ ...f, rooms: ['kitchen'] }))}>
        kitchen only
      </button>
    </div>
  );
}

function renderApp(view = <ClipList />) {
  return render(
    <PreferencesProvider initial={{ language: 'de', theme: 'light', timeZone: 'Europe/Berlin' }}>
      <LibraryProvider>
        <FilterProvider>
          <SelectionProvider>
            <OpenClipProvider>
              <Probe />
              {view}
            </OpenClipProvider>
          </SelectionProvider>
        </FilterProvider>
      </LibraryProvider>
    </PreferencesProvider>,
  );
}

beforeAll(async () => {
  await initI18n('de');
});

beforeEach(async () => {
  // The virtualised list measures its scroller; happy-dom lays nothing out, so give every element a size.
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ width: 800, height: 800 }),
  );
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
  await seed();
});

afterEach(() => {
  cleanup(); // before the database is deleted
  vi.restoreAllMocks();
  window.location.hash = '';
});

describe('FilterProvider and the clip list', () => {
  it('reads the filter from the URL and shows only those clips, under their local day', async () => {
    window.location.hash = '#/clips?room=bath';
    renderApp();
    await waitFor(() => expect(screen.getByTestId('visible').textContent).toBe('1'));
    await waitFor(() => expect(screen.getAllByTestId('clip-row')).toHaveLength(1));
    await waitFor(() => expect(screen.getByTestId('clip-row').textContent).toContain('spiel musik'));
    // 22:30 UTC on 2 March is 23:30 in Berlin: still Monday, 2 March.
    expect(document.body.textContent).toContain('Montag, 2. März 2026');
  });

  it('writes a filter change to the URL, narrows the list, and opens a clip on click', async () => {
    window.location.hash = '#/clips';
    renderApp();
    await waitFor(() => expect(screen.getAllByTestId('clip-row')).toHaveLength(3));
    act(() => screen.getByText('kitchen only').click());
    await waitFor(() => expect(screen.getByTestId('visible').textContent).toBe('2'));
    expect(window.location.hash).toContain('room=kitchen');
    expect(screen.getByTestId('query').textContent).toBe('room=kitchen');
    await waitFor(() => expect(screen.getAllByTestId('clip-row')).toHaveLength(2));
    await waitFor(() => expect(screen.getAllByTestId('clip-row')[0]!.textContent).toMatch(/licht an|wetter/));
    const texts = screen.getAllByTestId('clip-row').map((row) => row.textContent ?? '');
    expect(texts.some((t) => t.includes('licht an'))).toBe(true);
    expect(texts.some((t) => t.includes('spiel musik'))).toBe(false);
    fireEvent.click(screen.getAllByTestId('clip-row')[0]!);
    await waitFor(() => expect(screen.getByTestId('open').textContent).not.toBe('none'));
  });

  it('shows the facet counts in an opened menu, counted among the clips the other filters let through', async () => {
    window.location.hash = '#/clips';
    renderApp(<FilterBar />);
    await waitFor(() => expect(screen.getByTestId('visible').textContent).toBe('3'));
    const menu = screen.getByTestId('facet-rooms');
    // A closed menu shows no options (nor counts them).
    expect(menu.querySelectorAll('.facet-option')).toHaveLength(0);
    act(() => {
      (menu as HTMLDetailsElement).open = true;
      fireEvent(menu, new Event('toggle'));
    });
    const counts = () =>
      Object.fromEntries(
        [...menu.querySelectorAll('.facet-option')].map((o) => [
          o.querySelector('span')!.textContent,
          o.querySelector('.facet-n')?.textContent,
        ]),
      );
    await waitFor(() => expect(counts()).toMatchObject({ 'Bad (privat)': '1', Küche: '2' }));
    act(() => screen.getByText('kitchen only').click());
    await waitFor(() => expect(screen.getByTestId('visible').textContent).toBe('2'));
    await waitFor(() => expect(counts()).toMatchObject({ 'Bad (privat)': '0', Küche: '2' }));
  });
});
