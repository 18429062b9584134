// A letter rendered as React elements (every string escaped by React — transcripts never appear in breach
// letters, but names and addresses are user input). Marked for printing: the print stylesheet shows only it.

import type { Letter } from '../../../shared/gdpr/letter';

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
      {letter.blocks.map((b, i) =>
        b.kind === 'list' ? (
          <ul key={i}>
            {b.items.map((item, k) => (
              <li key={k}>{item}</li>
            ))}
          </ul>
        ) : b.kind === 'heading' ? (
          <h4 key={i}>{b.text}</h4>
        ) : (
          <p key={i}>{b.text}</p>
        ),
      )}
      <p>{letter.closing}</p>
      <p className="letter-signature">{letter.signature}</p>
      {letter.enclosures.length ? <p className="muted">{letter.enclosures.join(' · ')}</p> : null}
      {letter.annex ? (
        <section className="letter-annex">
          <h4>{letter.annex.title}</h4>
          <table className="data-table">
            <thead>
              <tr>
                {letter.annex.table.header.map((h) => (
                  <th key={h}>{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {letter.annex.table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, k) => (
                    <td key={k}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </article>
  );
}
