// Exports of a letter — Earshot never sends anything itself: PDF (Electron's printToPdf of the print view, or
// the browser's print dialog), printable HTML, plain text (download and clipboard), a mailto: handoff and
// the annex as CSV.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { annexToCsv } from '../../../shared/gdpr/annex';
import type { Letter } from '../../../shared/gdpr/letter';
import { mailtoHref, renderLetterHtml } from '../../../shared/gdpr/render';
import type { StoredRequest } from '../../db/records';
import { exportName } from '../../../shared/gdpr/request-letter';
import { saveFile } from '../../format/save-file';

export function ExportBar({ request, letter, text }: { request: StoredRequest; letter: Letter; text: string }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const mail = mailtoHref(letter);
  const pdf = async () => {
    if (window.earshot)
      await window.earshot.printToPdf({ defaultName: exportName(request, 'letter', 'pdf'), landscape: false });
    else window.print();
  };
  return (
    <div className="export-bar" data-testid="export-bar">
      <button type="button" className="btn btn-primary" onClick={() => void pdf()} data-testid="export-pdf">
        {t('requests.pdf')}
      </button>
      <button
        type="button"
        className="btn"
        onClick={() =>
          void saveFile({
            name: exportName(request, 'letter', 'html'),
            data: renderLetterHtml(letter),
            mime: 'text/html',
            label: 'HTML',
          })
        }
        data-testid="export-html"
      >
        {t('requests.html')}
      </button>
      <button
        type="button"
        className="btn"
        onClick={() =>
          void saveFile({ name: exportName(request, 'letter', 'txt'), data: text, mime: 'text/plain', label: 'Text' })
        }
        data-testid="export-text"
      >
        {t('requests.text')}
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => void navigator.clipboard.writeText(text).then(() => setNotice(t('requests.copied')))}
        data-testid="export-copy"
      >
        {t('requests.copy')}
      </button>
      <a
        className="btn"
        href={mail.href}
        data-testid="export-mailto"
        onClick={(event) => {
          if (!mail.annexIncluded && letter.annex) setNotice(t('requests.mailtoNoAnnex'));
          // The desktop shell blocks every navigation; on this click it hands the link to the e-mail program.
          if (window.earshot) {
            event.preventDefault();
            void window.earshot.openMail({ url: mail.href });
          }
        }}
      >
        {t('requests.mailto')}
      </a>
      {letter.annex ? (
        <button
          type="button"
          className="btn"
          onClick={() =>
            void saveFile({
              name: exportName(request, 'annex', 'csv'),
              data: annexToCsv(letter.annex!.rows, letter.lang, letter.annex!.timeZone),
              mime: 'text/csv',
              label: 'CSV',
            })
          }
          data-testid="export-annex"
        >
          {t('requests.annexCsv')}
        </button>
      ) : null}
      {notice ? (
        <p className="muted small export-notice" role="status">
          {notice}
        </p>
      ) : null}
    </div>
  );
}
