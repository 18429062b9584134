// Step 2 of "This isn't ours": the notice to the controller (and, if wanted, a complaint to the authority),
// in German or English, with the sender's details, exported as text or HTML, printed, or kept in Requests.
// The letters carry counts, span, devices and record ids only — never the stranger's audio or words.

import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTROLLERS, controllerForSource, type ControllerId } from '../../../shared/gdpr/controllers';
import { unfilledPlaceholders, type Letter } from '../../../shared/gdpr/letter';
import { breachComplaint } from '../../../shared/gdpr/letters/breach-complaint';
import { breachNotice } from '../../../shared/gdpr/letters/breach-notice';
import { renderLetterHtml, renderLetterText } from '../../../shared/gdpr/render';
import { localDate } from '../../../shared/i18n-format';
import type { Capture, Device, Language, Room } from '../../../shared/model';
import { usePreferences } from '../../app/preferences';
import { createRequest, loadIdentity, type RequestIdentity } from '../../db/repos/requests';
import { saveFile } from '../../format/save-file';
import { LetterView } from './LetterView';

export interface BreachLettersProps {
  clips: readonly Capture[];
  devices: readonly Device[];
  rooms: readonly Room[];
}

export function BreachLetters({ clips, devices, rooms }: BreachLettersProps) {
  const { t, i18n } = useTranslation();
  const { timeZone } = usePreferences();
  const stored = useLiveQuery(loadIdentity, []);
  const [edited, setEdited] = useState<RequestIdentity | null>(null);
  const identity = edited ?? stored ?? { name: '', email: '', address: '' };
  const [lang, setLang] = useState<Language>(i18n.language.startsWith('de') ? 'de' : 'en');
  const defaultController = clips.map((c) => controllerForSource(c.source)?.id).find(Boolean) ?? CONTROLLERS[0]!.id;
  const [controllerId, setControllerId] = useState<ControllerId>(defaultController);
  const [received, setReceived] = useState('');
  const [requested, setRequested] = useState('');
  const [withComplaint, setWithComplaint] = useState(false);
  // The letters are dated the day the flow was opened (stable across re-renders).
  const [openedAt] = useState(() => Date.now());
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const controller = CONTROLLERS.find((c) => c.id === controllerId)!;
  const date = localDate(openedAt, timeZone);
  const base = { lang, identity, date, controller, devices, timeZone };
  const notice = breachNotice({
    ...base,
    rooms,
    foreignCaptures: clips,
    ...(received ? { exportReceivedOn: received } : {}),
    ...(requested ? { accessRequestedOn: requested } : {}),
  });
  const complaint = withComplaint
    ? breachComplaint({ ...base, foreignCaptures: clips, ...(received ? { exportReceivedOn: received } : {}) })
    : null;
  const missing = unfilledPlaceholders(renderLetterText(notice));

  const exportLetter = (letter: Letter, name: string, kind: 'txt' | 'html') =>
    void saveFile(
      kind === 'txt'
        ? { name: `${name}.txt`, data: renderLetterText(letter), mime: 'text/plain', label: 'Text' }
        : { name: `${name}.html`, data: renderLetterHtml(letter), mime: 'text/html', label: 'HTML' },
    ).catch((e: unknown) => setError((e as Error).message));

  const print = () => {
    if (window.earshot) void window.earshot.printToPdf({ defaultName: `breach-notice-${date}.pdf`, landscape: false });
    else window.print();
  };

  const keep = () =>
    void createRequest({
      kind: 'breach-notice',
      clipIds: clips.map((c) => c.id),
      controllerId,
      language: lang,
      identity,
      timeZone,
      context: {
        ...(received ? { exportReceivedOn: received } : {}),
        ...(requested ? { accessRequestedOn: requested } : {}),
      },
    }).then(
      () => setSaved(t('breach.letters.savedRequest')),
      (e: unknown) => setError((e as Error).message),
    );

  const field = (key: keyof RequestIdentity, multiline = false) => (
    <label className="field">
      <span>{t(`breach.letters.${key}`)}</span>
      {multiline ? (
        <textarea rows={3} value={identity[key]} onChange={(e) => setEdited({ ...identity, [key]: e.target.value })} />
      ) : (
        <input value={identity[key]} onChange={(e) => setEdited({ ...identity, [key]: e.target.value })} />
      )}
    </label>
  );

  const actions = (letter: Letter, name: string, testId: string) => (
    <div className="breach-actions">
      <button
        type="button"
        className="btn"
        onClick={() => exportLetter(letter, name, 'txt')}
        data-testid={`${testId}-txt`}
      >
        {t('breach.letters.exportText')}
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => exportLetter(letter, name, 'html')}
        data-testid={`${testId}-html`}
      >
        {t('breach.letters.exportHtml')}
      </button>
      <button type="button" className="btn" onClick={print}>
        {t('breach.letters.print')}
      </button>
    </div>
  );

  return (
    <div className="breach-letters">
      <h2>{t('breach.letters.heading')}</h2>
      {error ? (
        <p className="error-box" role="alert">
          {error}
        </p>
      ) : null}
      <div className="breach-form">
        <label className="field">
          <span>{t('breach.letters.language')}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as Language)} data-testid="breach-language">
            <option value="de">{t('languages.de')}</option>
            <option value="en">{t('languages.en')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('breach.letters.controller')}</span>
          <select value={controllerId} onChange={(e) => setControllerId(e.target.value as ControllerId)}>
            {CONTROLLERS.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        {field('name')}
        {field('email')}
        {field('address', true)}
        <label className="field">
          <span>{t('breach.letters.received')}</span>
          <input type="date" value={received} onChange={(e) => setReceived(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('breach.letters.requested')}</span>
          <input type="date" value={requested} onChange={(e) => setRequested(e.target.value)} />
        </label>
      </div>
      {missing.length ? (
        <p className="notice">{t('breach.letters.placeholders', { list: missing.join(', ') })}</p>
      ) : null}
      {actions(notice, `breach-notice-${controller.id}-${date}`, 'breach-notice')}
      <button type="button" className="btn btn-primary" onClick={keep} data-testid="breach-keep">
        {t('breach.letters.saveRequest')}
      </button>
      {saved ? (
        <p className="notice" role="status" data-testid="breach-kept">
          {saved}
        </p>
      ) : null}
      <div className="breach-print">
        <LetterView letter={notice} testId="breach-notice" />
      </div>
      <label className="breach-check">
        <input
          type="checkbox"
          checked={withComplaint}
          onChange={(e) => setWithComplaint(e.target.checked)}
          data-testid="breach-with-complaint"
        />
        {t('breach.letters.withComplaint')}
      </label>
      {complaint ? (
        <>
          <h2>{t('breach.letters.complaintHeading')}</h2>
          {actions(complaint, `breach-complaint-${controller.id}-${date}`, 'breach-complaint')}
          <div className="breach-print">
            <LetterView letter={complaint} testId="breach-complaint" />
          </div>
        </>
      ) : null}
    </div>
  );
}
