// Small coloured chips for a capture's flags (accidental, sensitive, night, foreign…).

import { useTranslation } from 'react-i18next';
import type { Flag } from '../../shared/model';

export function FlagChips({ flags }: { flags: readonly Flag[] }) {
  const { t } = useTranslation();
  return (
    <span className="flag-chips">
      {flags.map((flag) => (
        <span key={flag} className={`chip flag flag-${flag.replace(':', '-')}`}>
          {t(`flags.${flag}`)}
        </span>
      ))}
    </span>
  );
}
