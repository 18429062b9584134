// A calendar day typed the way the UI language writes it ("01.06.2026" in German, "01/06/2026" in English),
// instead of <input type="date">, whose pattern follows the browser build ("mm/dd/yyyy" in a German app).
// ISO days ("2026-06-01") are accepted too. Commits on Enter or when leaving the field.

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** "1.6.2026", "01/06/2026" (day first) or "2026-06-01" → "2026-06-01"; '' for empty; null when unreadable. */
export function parseDay(text: string): string | null {
  const value = text.trim();
  if (!value) return '';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const local = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : local ? [local[3], local[2], local[1]] : [];
  if (!y) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d))
    return null;
  return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

export function formatDay(iso: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return '';
  return language === 'de' ? `${match[3]}.${match[2]}.${match[1]}` : `${match[3]}/${match[2]}/${match[1]}`;
}

export function DayInput(props: {
  /** ISO day or ''. */
  value: string;
  onChange(iso: string): void;
  label: string;
  testId?: string;
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const shown = formatDay(props.value, i18n.language);
  const [text, setText] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(shown);
    setInvalid(false);
  }, [shown]);
  const commit = () => {
    const iso = parseDay(text);
    setInvalid(iso === null);
    if (iso !== null && iso !== props.value) props.onChange(iso);
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
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
      data-testid={props.testId}
    />
  );
}
