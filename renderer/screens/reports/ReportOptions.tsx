// The choices a report is made with: scope, privacy level, language, foreign captures and examples.

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivacyLevel } from '../../../shared/report/summary';
import { hrefFor } from '../../app/router';
import type { ReportChoices, ReportScope } from '../../report/build';
import { LanguageField } from '../../components/LanguageField';

const PRIVACY: readonly PrivacyLevel[] = ['counts', 'transcripts', 'redacted'];
const SCOPES: readonly ReportScope[] = ['filter', 'all'];

export interface ReportOptionsProps {
  choices: ReportChoices;
  onChange(next: ReportChoices): void;
  counts: Record<ReportScope, number>;
  filterQuery: string;
  /** The filter view leaves foreign captures out, so the report of it cannot add them. */
  filterHidesForeign: boolean;
}

export function ReportOptions({ choices, onChange, counts, filterQuery, filterHidesForeign }: ReportOptionsProps) {
  const { t, i18n } = useTranslation();
  const foreignLocked = choices.scope === 'filter' && filterHidesForeign;
  const set = (patch: Partial<ReportChoices>) => onChange({ ...choices, ...patch });
  return (
    <div className="report-options">
      <fieldset className="report-fieldset">
        <legend>{t('reports.scope')}</legend>
        {SCOPES.map((scope) => (
          <RadioChoice
            key={scope}
            group="scope"
            value={scope}
            current={choices.scope}
            onPick={(s) => set({ scope: s })}
          >
            <span>
              {t(scope === 'filter' ? 'reports.scopeFilter' : 'reports.scopeAll', {
                count: counts[scope],
                n: counts[scope].toLocaleString(i18n.language),
              })}
            </span>
          </RadioChoice>
        ))}
        <a className="report-link" href={hrefFor('clips', new URLSearchParams(filterQuery))}>
          {t('reports.editFilter')}
        </a>
      </fieldset>

      <fieldset className="report-fieldset">
        <legend>{t('reports.privacy')}</legend>
        {PRIVACY.map((privacy) => (
          <RadioChoice
            key={privacy}
            group="privacy"
            value={privacy}
            current={choices.privacy}
            onPick={(p) => set({ privacy: p })}
            help
          >
            <span>
              {t(`reports.privacyLevels.${privacy}`)}
              <small className="muted">{t(`reports.privacyHelp.${privacy}`)}</small>
            </span>
          </RadioChoice>
        ))}
      </fieldset>

      <LanguageField
        label={t('reports.language')}
        value={choices.lang}
        onChange={(lang) => set({ lang })}
        testId="report-lang"
      />

      <label className="report-choice report-choice-help">
        <input
          type="checkbox"
          checked={choices.includeForeign && !foreignLocked}
          disabled={foreignLocked}
          onChange={(e) => set({ includeForeign: e.target.checked })}
          data-testid="report-include-foreign"
        />
        <span>
          {t('reports.includeForeign')}
          {foreignLocked ? <small className="muted">{t('reports.foreignHiddenByFilter')}</small> : null}
        </span>
      </label>
      <label className="report-choice report-choice-help">
        <input
          type="checkbox"
          checked={choices.includeExamples && choices.privacy !== 'counts'}
          disabled={choices.privacy === 'counts'}
          onChange={(e) => set({ includeExamples: e.target.checked })}
          data-testid="report-include-examples"
        />
        <span>
          {t('reports.includeExamples')}
          {choices.privacy === 'counts' ? <small className="muted">{t('reports.examplesNeedText')}</small> : null}
        </span>
      </label>
    </div>
  );
}

/** One radio button of a choice group (`report-<group>`), checked while the choice holds its value. */
function RadioChoice<T extends string>(props: {
  group: string;
  value: T;
  current: T;
  onPick(value: T): void;
  /** A second line of help under the label. */
  help?: boolean;
  children: ReactNode;
}) {
  return (
    <label className={props.help ? 'report-choice report-choice-help' : 'report-choice'}>
      <input
        type="radio"
        name={`report-${props.group}`}
        checked={props.current === props.value}
        onChange={() => props.onPick(props.value)}
        data-testid={`report-${props.group}-${props.value}`}
      />
      {props.children}
    </label>
  );
}
