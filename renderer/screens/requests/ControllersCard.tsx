// The small, editable table of recipients (shared/gdpr/controllers.ts): the household corrects name, postal
// address and e-mail when a company moves; the edits apply to every letter, Reset restores the built-in data.

import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Controller } from '../../../shared/gdpr/controllers';
import { loadControllers, resetController, saveController } from '../../db/repos/controllers';

export function ControllersCard() {
  const { t } = useTranslation();
  const [revision, setRevision] = useState(0);
  const controllers = useLiveQuery(loadControllers, [revision], []);
  return (
    <div className="card controllers-card" data-testid="controllers-card">
      <h2>{t('requests.controllers')}</h2>
      <p className="muted">{t('requests.controllersLead')}</p>
      <div className="controllers-grid">
        {controllers.map((c) => (
          <ControllerForm key={`${c.id}-${revision}`} controller={c} onChange={() => setRevision((r) => r + 1)} />
        ))}
      </div>
    </div>
  );
}

function ControllerForm({ controller, onChange }: { controller: Controller; onChange(): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(controller.name);
  const [address, setAddress] = useState(controller.address.join('\n'));
  const [email, setEmail] = useState(controller.email ?? '');
  const [saved, setSaved] = useState(false);
  return (
    <form
      className="controller-form"
      data-testid={`controller-${controller.id}`}
      onSubmit={(e) => {
        e.preventDefault();
        void saveController(controller.id, { name, address: address.split('\n'), email }).then(() => {
          setSaved(true);
          onChange();
        });
      }}
    >
      <h3>{controller.product}</h3>
      <label className="field">
        <span>{t('requests.controllerName')}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('requests.controllerAddress')}</span>
        <textarea
          rows={5}
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          data-testid="controller-address"
        />
      </label>
      <label className="field">
        <span>{t('requests.controllerEmail')}</span>
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <div className="row-actions">
        <button type="submit" className="btn btn-primary" data-testid="controller-save">
          {t('common.save')}
        </button>
        <button type="button" className="btn" onClick={() => void resetController(controller.id).then(onChange)}>
          {t('requests.reset')}
        </button>
        {saved ? (
          <span className="muted" role="status">
            {t('requests.saved')}
          </span>
        ) : null}
      </div>
    </form>
  );
}
