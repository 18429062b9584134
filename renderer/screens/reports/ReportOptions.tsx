// The choices a report is made with: scope, privacy level, language, foreign captures and examples.

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
          <label key={scope} className="report-choice">
            <input
              type="radio"
              name="report-scope"
              checked={choices.scope === scope}
              onChange={() => set({ scope })}
              data-testid={`report-scope-${scope}`}
            />
            <span>
              {t(scope === 'filter' ? 'reports.scopeFilter' : 'reports.scopeAll', {
                count: counts[scope],
                n: counts[scope].toLocaleString(i18n.language),
              })}
            </span>
          </label>
        ))}
        <a className="report-link" href={hrefFor('clips', new URLSearchParams(filterQuery))}>
          {t('reports.editFilter')}
        </a>
      </fieldset>

      <fieldset className="report-fieldset">
        <legend>{t('reports.privacy')}</legend>
        {PRIVACY.map((privacy) => (
          <label key={privacy} className="report-choice report-choice-help">
            <input
              type="radio"
              name="report-privacy"
              checked={choices.privacy === privacy}
              onChange={() => set({ privacy })}
              data-testid={`report-privacy-${privacy}`}
            />
            <span>
              {t(`reports.privacyLevels.${privacy}`)}
              <small className="muted">{t(`reports.privacyHelp.${privacy}`)}</small>
            </span>
          </label>
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
