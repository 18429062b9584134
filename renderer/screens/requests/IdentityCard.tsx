// Who writes: name, account e-mail and postal address. They fill the letter's placeholders and are
// remembered (on this computer) for the next request.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredRequest } from '../../db/records';
import type { RequestPatch } from '../../db/repos/requests';

export function IdentityCard({ request, onSave }: { request: StoredRequest; onSave(patch: RequestPatch): void }) {
  const { t } = useTranslation();
  const [identity, setIdentity] = useState(request.identity);
  const field = (key: keyof typeof identity) => ({
    value: identity[key],
    onChange: (e: { target: { value: string } }) => setIdentity((current) => ({ ...current, [key]: e.target.value })),
    onBlur: () => {
      if (identity[key] !== request.identity[key]) onSave({ identity });
    },
    'data-testid': `identity-${key}`,
  });
  return (
    <div className="card">
      <h2>{t('requests.identity')}</h2>
      <p className="muted small">{t('requests.identityHint')}</p>
      <div className="form-grid">
        <label className="field">
          <span>{t('requests.name')}</span>
          <input autoComplete="name" {...field('name')} />
        </label>
        <label className="field">
          <span>{t('requests.email')}</span>
          <input type="email" autoComplete="email" {...field('email')} />
        </label>
        <label className="field">
          <span>{t('requests.address')}</span>
          <textarea rows={3} autoComplete="street-address" {...field('address')} />
        </label>
      </div>
    </div>
  );
}
