// The print view of a letter: rendered by React from the Letter model (every string escaped) into a portal
// outside the app root; print CSS hides the app and shows only this while an editor is open, so PDF export
// (Electron printToPdf or the browser's print dialog) contains the letter and its annex, nothing else.

import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import type { Letter } from '../../../shared/gdpr/letter';
import { AnnexGrid, LetterBlocks } from '../../components/LetterParts';

export function PrintLetter({ letter }: { letter: Letter }) {
  useEffect(() => {
    document.body.classList.add('has-letter-print');
    return () => document.body.classList.remove('has-letter-print');
  }, []);
  const recipient = [...letter.recipient, ...(letter.recipientEmail ? [letter.recipientEmail] : [])];
  return createPortal(
    <article className="letter-print" lang={letter.lang} data-testid="letter-print">
      <div className="lp-sender">{letter.sender.join(' · ')}</div>
      <div className="lp-recipient">
        {recipient.map((line, i) => (
          <div key={i}>{line}</div>
        ))}
      </div>
      <p className="lp-date">{letter.dateLine}</p>
      <h1>{letter.subject}</h1>
      <p>{letter.salutation}</p>
      <LetterBlocks blocks={letter.blocks} heading="h2" />
      <p>{letter.closing}</p>
      <p className="lp-signature">{letter.signature}</p>
      {letter.enclosures.map((line, i) => (
        <p key={i} className="lp-enclosure">
          {line}
        </p>
      ))}
      {letter.annex ? (
        <section className="lp-annex">
          <h2>{letter.annex.title}</h2>
          <AnnexGrid table={letter.annex.table} />
        </section>
      ) : null}
    </article>,
    document.body,
  );
}
