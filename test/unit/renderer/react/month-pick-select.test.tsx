// @vitest-environment happy-dom
// The filter bar's month choice shows the month a date range covers exactly, the placeholder for no range
// or a range that is not one whole month, and sets a whole local month when one is chosen.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MonthPick, monthRange } from '../../../../renderer/filters/MonthPick';
import { initI18n } from '../../../../renderer/i18n';

const TZ = 'Europe/Berlin';
const ts = [Date.UTC(2026, 3, 2), Date.UTC(2026, 4, 20), Date.UTC(2026, 5, 9)];

beforeAll(async () => {
  await initI18n('de');
});
afterEach(cleanup);

const select = () => screen.getByTestId<HTMLSelectElement>('filter-month');

describe('MonthPick', () => {
  it('shows the month of a whole-month range and the placeholder otherwise', () => {
    const may = monthRange('2026-05', TZ);
    const { rerender } = render(<MonthPick ts={ts} timeZone={TZ} onChange={() => undefined} />);
    expect(select().value).toBe('');
    expect([...select().options].map((o) => o.value)).toEqual(['', '2026-06', '2026-05', '2026-04']);
    rerender(<MonthPick ts={ts} timeZone={TZ} from={may.from} to={may.to} onChange={() => undefined} />);
    expect(select().value).toBe('2026-05');
    rerender(<MonthPick ts={ts} timeZone={TZ} from={may.from} to={may.to - 1} onChange={() => undefined} />);
    expect(select().value).toBe('');
    rerender(<MonthPick ts={ts} timeZone={TZ} from={may.from} onChange={() => undefined} />);
    expect(select().value).toBe('');
  });

  it('sets the chosen month as a range, and no range for the placeholder', () => {
    const onChange = vi.fn();
    render(<MonthPick ts={ts} timeZone={TZ} onChange={onChange} />);
    fireEvent.change(select(), { target: { value: '2026-04' } });
    expect(onChange).toHaveBeenLastCalledWith(monthRange('2026-04', TZ));
    fireEvent.change(select(), { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith({});
  });
});
