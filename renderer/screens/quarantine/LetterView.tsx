// A letter rendered as React elements (every string escaped by React — transcripts never appear in breach
// letters, but names and addresses are user input). Marked for printing: the print stylesheet shows only it.

import type { Letter } from '../../../shared/gdpr/letter';
import { AnnexGrid, LetterBlocks } from '../../components/LetterParts';

export function LetterView({ letter, testId }: { letter: Letter; testId: string }) {
  return (
    <article className="letter-view" data-testid={testId} lang={letter.lang}>
      <p className="letter-sender">{letter.sender.join(' · ')}</p>
      <p className="letter-recipient">
        {[...letter.recipient, ...(letter.recipientEmail ? [letter.recipientEmail] : [])].map((line, i) => (
          <span key={i}>
            {line}
            <br />
          </span>
        ))}
      </p>
      <p className="letter-date">{letter.dateLine}</p>
      <h3>{letter.subject}</h3>
      <p>{letter.salutation}</p>
      <LetterBlocks blocks={letter.blocks} heading="h4" />
      <p>{letter.closing}</p>
      <p className="letter-signature">{letter.signature}</p>
      {letter.enclosures.length ? <p className="muted">{letter.enclosures.join(' · ')}</p> : null}
      {letter.annex ? (
        <section className="letter-annex">
          <h4>{letter.annex.title}</h4>
          <AnnexGrid table={letter.annex.table} className="data-table" />
        </section>
      ) : null}
    </article>
  );
}
