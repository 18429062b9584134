// Night hours: when the household sleeps. Changing them re-flags every capture (the library pass reads them)
// and renames the night figures of the overview and reports.

import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences';

const HOURS = Array.from({ length: 24 }, (_, h) => h);

export function NightHoursField() {
  const { t } = useTranslation();
  const { nightHours, update } = usePreferences();
  const set = (patch: Partial<typeof nightHours>) => {
    const next = { ...nightHours, ...patch };
    if (next.from !== next.to) void update({ nightHours: next });
  };
  const label = (h: number) => `${String(h).padStart(2, '0')}:00`;
  return (
    <fieldset className="field night-hours" data-testid="settings-night">
      <legend>{t('answers.nightSetting')}</legend>
      <div className="night-hours-row">
        <label>
          {t('answers.nightFrom')}{' '}
          <select
            value={nightHours.from}
            onChange={(e) => set({ from: Number(e.target.value) })}
            data-testid="settings-night-from"
          >
            {HOURS.map((h) => (
              <option key={h} value={h} disabled={h === nightHours.to}>
                {label(h)}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('answers.nightTo')}{' '}
          <select
            value={nightHours.to}
            onChange={(e) => set({ to: Number(e.target.value) })}
            data-testid="settings-night-to"
          >
            {HOURS.map((h) => (
              <option key={h} value={h} disabled={h === nightHours.from}>
                {label(h)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <small className="muted">{t('answers.nightHelp')}</small>
    </fieldset>
  );
}
