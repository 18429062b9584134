// The choice of a document's language (report, letter): German or English, whatever language the app shows.

import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/model';

export function LanguageField(props: {
  label: string;
  value: Language;
  onChange: (lang: Language) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <label className="field">
      <span>{props.label}</span>
      <select
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as Language)}
        data-testid={props.testId}
      >
        <option value="de">{t('languages.de')}</option>
        <option value="en">{t('languages.en')}</option>
      </select>
    </label>
  );
}
