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
  return (
    <fieldset className="field night-hours" data-testid="settings-night">
      <legend>{t('answers.nightSetting')}</legend>
      <div className="night-hours-row">
        <HourSelect
          label={t('answers.nightFrom')}
          value={nightHours.from}
          other={nightHours.to}
          onChange={(from) => set({ from })}
          testId="settings-night-from"
        />{' '}
        <HourSelect
          label={t('answers.nightTo')}
          value={nightHours.to}
          other={nightHours.from}
          onChange={(to) => set({ to })}
          testId="settings-night-to"
        />
      </div>
      <small className="muted">{t('answers.nightHelp')}</small>
    </fieldset>
  );
}

/** One end of the night; the hour the other end holds is disabled, as a night of no length means nothing. */
function HourSelect(props: {
  label: string;
  value: number;
  other: number;
  onChange: (hour: number) => void;
  testId: string;
}) {
  return (
    <label>
      {props.label}{' '}
      <select value={props.value} onChange={(e) => props.onChange(Number(e.target.value))} data-testid={props.testId}>
        {HOURS.map((h) => (
          <option key={h} value={h} disabled={h === props.other}>
            {`${String(h).padStart(2, '0')}:00`}
          </option>
        ))}
      </select>
    </label>
  );
}
