// A new passphrase typed twice, with a strength hint; reports the passphrase once both agree and it is long enough.

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { passphraseStrength } from '../../../db/crypto/kdf';

export const MIN_PASSPHRASE = 10;

export function PassphraseFields({ label, onValid }: { label: string; onValid(passphrase: string | null): void }) {
  const { t } = useTranslation();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const valid = first.length >= MIN_PASSPHRASE && first === second;
  useEffect(() => onValid(valid ? first : null), [valid, first, onValid]);
  const problem =
    first && first.length < MIN_PASSPHRASE
      ? t('encryption.tooShort')
      : second && first !== second
        ? t('encryption.mismatch')
        : null;
  return (
    <>
      <label className="field">
        <span>{label}</span>
        <input
          type="password"
          autoComplete="new-password"
          value={first}
          onChange={(e) => setFirst(e.target.value)}
          data-testid="encryption-new"
        />
        {first ? (
          <small className="muted" data-testid="encryption-strength">
            {t(`encryption.strength.${passphraseStrength(first)}`)}
          </small>
        ) : null}
      </label>
      <label className="field">
        <span>{t('encryption.repeat')}</span>
        <input
          type="password"
          autoComplete="new-password"
          value={second}
          onChange={(e) => setSecond(e.target.value)}
          data-testid="encryption-repeat"
        />
      </label>
      {problem ? (
        <p className="muted small" role="status" data-testid="encryption-problem">
          {problem}
        </p>
      ) : null}
    </>
  );
}
