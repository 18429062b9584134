// A calendar day typed the way the UI language writes it ("01.06.2026" in German, "01/06/2026" in English),
// instead of <input type="date">, whose pattern follows the browser build ("mm/dd/yyyy" in a German app).
// ISO days ("2026-06-01") are accepted too. Commits on Enter or when leaving the field.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, parseDay } from './day';

export function DayInput(props: {
  /** ISO day or ''. */
  value: string;
  onChange(iso: string): void;
  label: string;
  testId?: string;
  disabled?: boolean;
  /** Latest day allowed (ISO), e.g. today for "sent on". */
  max?: string;
}) {
  const { t, i18n } = useTranslation();
  const shown = formatDay(props.value, i18n.language);
  // What the user is typing; null shows the committed value (which a filter reset may change).
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? shown;
  const accept = (value: string) => {
    const iso = parseDay(value);
    return iso !== null && !(props.max && iso && iso > props.max) ? iso : null;
  };
  const invalid = draft !== null && accept(draft) === null;
  const commit = (value = draft) => {
    if (value === null) return;
    const iso = accept(value);
    if (iso === null) return;
    setDraft(null);
    if (iso !== props.value) props.onChange(iso);
  };
  return (
    <input
      type="text"
      inputMode="numeric"
      lang={i18n.language}
      className={`day-input${invalid ? ' day-input-invalid' : ''}`}
      placeholder={t('filterUi.dayPattern')}
      aria-label={props.label}
      aria-invalid={invalid || undefined}
      title={invalid ? t('filterUi.dayInvalid') : undefined}
      size={10}
      value={text}
      disabled={props.disabled}
      onChange={(e) => {
        // A complete day is taken at once; anything shorter waits for Enter or leaving the field.
        if (/\d{4}/.test(e.target.value) && accept(e.target.value)) commit(e.target.value);
        else setDraft(e.target.value);
      }}
      onBlur={() => commit()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
      data-testid={props.testId}
    />
  );
}
