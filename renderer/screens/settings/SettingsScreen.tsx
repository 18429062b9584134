// Settings: language, theme, household time zone, where the data lives and how to delete it.

import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences';
import { BackupSection } from '../../backup/BackupSection';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { deleteLibrary } from '../../db/repos/maintenance';
import type { LanguageChoice, ThemeChoice } from '../../db/repos/settings';
import { systemLanguage } from '../../i18n';
import { useLibrary } from '../../library/LibraryProvider';
import { NightHoursField } from './NightHoursField';
import { EncryptionSection } from './encryption/EncryptionSection';
import './settings.css';

export function SettingsScreen() {
  const { t } = useTranslation();
  const { preferences, timeZone, update } = usePreferences();
  const { columns } = useLibrary();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [version, setVersion] = useState(__APP_VERSION__);
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);

  useEffect(() => {
    void window.earshot?.version().then((v) => setVersion(`${v.version} (Electron ${v.electron})`));
  }, []);

  return (
    <section className="screen settings">
      <h1>{t('settings.title')}</h1>
      <div className="card settings-card">
        <label className="field">
          <span>{t('settings.language')}</span>
          <select
            value={preferences.language}
            onChange={(e) => void update({ language: e.target.value as LanguageChoice })}
            data-testid="settings-language"
          >
            <option value="system">
              {t('settings.languageSystem', { language: t(`languages.${systemLanguage()}`) })}
            </option>
            <option value="de">{t('languages.de')}</option>
            <option value="en">{t('languages.en')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('settings.theme')}</span>
          <select
            value={preferences.theme}
            onChange={(e) => void update({ theme: e.target.value as ThemeChoice })}
            data-testid="settings-theme"
          >
            <option value="system">{t('settings.themeSystem')}</option>
            <option value="light">{t('settings.themeLight')}</option>
            <option value="dark">{t('settings.themeDark')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('settings.timeZone')}</span>
          <select
            value={timeZone}
            onChange={(e) => void update({ timeZone: e.target.value })}
            data-testid="settings-timezone"
          >
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
          <small className="muted">{t('settings.timeZoneHelp')}</small>
        </label>
        <NightHoursField />
      </div>
      <EncryptionSection />
      <BackupSection />
      <div className="card settings-card">
        <h2>{t('settings.data')}</h2>
        <p className="muted">{t('settings.dataWhere')}</p>
        <button
          type="button"
          className="btn btn-danger"
          onClick={() => setConfirming(true)}
          disabled={!columns?.count}
          data-testid="settings-delete"
        >
          {t('settings.deleteLibrary')}
        </button>
        {message ? (
          <p role="status" data-testid="settings-message">
            {message}
          </p>
        ) : null}
        <p className="muted settings-version">
          {t('settings.version')}: {version}
        </p>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('settings.deleteLibrary')}
        confirmLabel={t('common.delete')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void deleteLibrary().then(({ filesWiped }) =>
            setMessage(filesWiped ? t('settings.deleted') : `${t('settings.deleted')} ${t('wipe.browserLeftovers')}`),
          );
        }}
      >
        <p>{t('settings.deleteConfirm', { count: columns?.count ?? 0 })}</p>
      </ConfirmDialog>
    </section>
  );
}
