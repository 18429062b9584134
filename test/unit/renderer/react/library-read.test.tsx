// @vitest-environment happy-dom
// useLibraryRead: a slow read is never thrown away just because the library changed meanwhile (Dexie's
// liveQuery did that, and a banner over a whole-library scan never appeared during analysis), and an
// older read's late answer never replaces a newer one.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useLibraryRead } from '../../../../renderer/library/useLibraryRead';

interface Pending {
  version: number;
  resolve: (value: string) => void;
  reject: (error: Error) => void;
}

function Probe({ version, reads }: { version: number; reads: Pending[] }) {
  const value = useLibraryRead(
    () =>
      new Promise<string>((resolve, reject) => {
        reads.push({ version, resolve, reject });
      }),
    version,
  );
  return <p data-testid="value">{value ?? 'loading'}</p>;
}

afterEach(cleanup);

describe('useLibraryRead', () => {
  it('shows a read that finishes after the version moved on, until a newer read answers', async () => {
    const reads: Pending[] = [];
    const view = render(<Probe version={1} reads={reads} />);
    view.rerender(<Probe version={2} reads={reads} />);
    view.rerender(<Probe version={3} reads={reads} />);
    expect(reads.map((r) => r.version)).toEqual([1, 2, 3]);
    expect(screen.getByTestId('value').textContent).toBe('loading');

    await act(async () => reads[0]!.resolve('library v1'));
    expect(screen.getByTestId('value').textContent).toBe('library v1');

    await act(async () => reads[2]!.resolve('library v3'));
    expect(screen.getByTestId('value').textContent).toBe('library v3');

    // The read of version 2 answers last: it must not replace the newer answer.
    await act(async () => reads[1]!.resolve('library v2'));
    expect(screen.getByTestId('value').textContent).toBe('library v3');
  });

  it('does not read again while the version stays the same', () => {
    const reads: Pending[] = [];
    const view = render(<Probe version={5} reads={reads} />);
    view.rerender(<Probe version={5} reads={reads} />);
    expect(reads).toHaveLength(1);
  });

  it('keeps the last answer when the deletion of the library cuts a read off, and reads again after it', async () => {
    const reads: Pending[] = [];
    const view = render(<Probe version={1} reads={reads} />);
    await act(async () => reads[0]!.resolve('library v1'));
    view.rerender(<Probe version={2} reads={reads} />);
    // As the library-read worker reports it: the name travels with the message.
    const cut = Object.assign(new Error('The connection was closed.'), { name: 'AbortError' });
    await act(async () => reads[1]!.reject(cut));
    expect(screen.getByTestId('value').textContent).toBe('library v1');
    view.rerender(<Probe version={3} reads={reads} />);
    await act(async () => reads[2]!.resolve('empty library'));
    expect(screen.getByTestId('value').textContent).toBe('empty library');
  });
});
