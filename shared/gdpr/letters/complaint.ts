// Complaint to a supervisory authority (Art. 77 GDPR) when a controller missed the Art. 12(3) deadline,
// refused, or left requested recordings in place. German and English. States the facts with dates and counts,
// asks the authority to use its Art. 58(2) powers and to report back (Art. 78(2): three months).

import { formatLongDate, type IsoDate } from '../../i18n-format';
import type { RequestKind } from '../../model';
import type { Controller, SupervisoryAuthority } from '../controllers';
import { identificationList, letterFrame, recordingsWord, type Letter, type LetterBase } from '../letter';

export type ComplaintGround = 'no-answer' | 'incomplete' | 'refused';

export interface ComplaintInput extends LetterBase {
  controller: Controller;
  /** Defaults to the controller's lead authority; the user may pick the authority where they live. */
  authority?: SupervisoryAuthority;
  request: { kind: RequestKind; sentOn: IsoDate; dueOn: IsoDate; count: number };
  ground: ComplaintGround;
  /** From verification: how many requested recordings a newer export still contained, and its date. */
  stillPresent?: { count: number; exportOn: IsoDate };
}

const articleOf = (kind: RequestKind, de: boolean): string =>
  kind === 'access'
    ? de
      ? 'Art. 15 DSGVO (Auskunft)'
      : 'Article 15 GDPR (access)'
    : kind === 'breach-notice'
      ? de
        ? 'Art. 15 Abs. 4 und Art. 33 DSGVO (Datenpanne)'
        : 'Articles 15(4) and 33 GDPR (data breach)'
      : de
        ? 'Art. 17 DSGVO (Löschung)'
        : 'Article 17 GDPR (erasure)';

export function complaintLetter(input: ComplaintInput): Letter {
  const { lang, controller, request } = input;
  const de = lang === 'de';
  const authority = input.authority ?? controller.leadAuthority;
  const sent = formatLongDate(request.sentOn, lang);
  const due = formatLongDate(request.dueOn, lang);
  const groundText = de
    ? {
        'no-answer': `Bis heute habe ich keine Antwort erhalten; die Frist nach Art. 12 Abs. 3 DSGVO ist am ${due} abgelaufen.`,
        incomplete: `Die Antwort war unvollständig; die Frist nach Art. 12 Abs. 3 DSGVO ist am ${due} abgelaufen.`,
        refused: 'Der Verantwortliche hat den Antrag abgelehnt, ohne dass ein Ausnahmegrund vorliegt.',
      }
    : {
        'no-answer': `To date I have received no reply; the deadline under Article 12(3) GDPR expired on ${due}.`,
        incomplete: `The reply was incomplete; the deadline under Article 12(3) GDPR expired on ${due}.`,
        refused: 'The controller refused the request although no exception applies.',
      };
  const present = input.stillPresent;
  const presentText = present
    ? de
      ? ` Ein neuerer Datenexport vom ${formatLongDate(present.exportOn, lang)} enthält noch ${recordingsWord(present.count, lang)}, deren Löschung ich verlangt hatte.`
      : ` A newer data export of ${formatLongDate(present.exportOn, lang)} still contains ${recordingsWord(present.count, lang)} whose erasure I had requested.`
    : '';
  const blocks: Letter['blocks'] = de
    ? [
        { kind: 'p', text: `hiermit erhebe ich nach Art. 77 DSGVO Beschwerde gegen ${controller.name}.` },
        {
          kind: 'p',
          text: `Am ${sent} habe ich dort einen Antrag nach ${articleOf(request.kind, true)} gestellt, der ${recordingsWord(request.count, lang)} aus meinem Sprachassistenten (${controller.product}) betrifft. ${groundText[input.ground]}${presentText}`,
        },
        {
          kind: 'p',
          text: 'Ich bitte Sie, den Sachverhalt zu untersuchen und den Verantwortlichen gegebenenfalls nach Art. 58 Abs. 2 DSGVO anzuweisen, meinem Antrag zu entsprechen. Bitte unterrichten Sie mich über den Stand und das Ergebnis der Beschwerde (Art. 77 Abs. 2, Art. 78 Abs. 2 DSGVO).',
        },
        {
          kind: 'p',
          text: 'Mit der Weitergabe meiner Angaben an den Verantwortlichen zur Bearbeitung der Beschwerde bin ich einverstanden.',
        },
        { kind: 'p', text: 'Meine Angaben:' },
        { kind: 'list', items: identificationList(input.identity, lang) },
      ]
    : [
        { kind: 'p', text: `Under Article 77 GDPR I hereby lodge a complaint against ${controller.name}.` },
        {
          kind: 'p',
          text: `On ${sent} I sent them a request under ${articleOf(request.kind, false)} concerning ${recordingsWord(request.count, lang)} from my voice assistant (${controller.product}). ${groundText[input.ground]}${presentText}`,
        },
        {
          kind: 'p',
          text: 'I ask you to investigate and, where appropriate, to order the controller under Article 58(2) GDPR to comply with my request. Please inform me of the progress and outcome of the complaint (Articles 77(2) and 78(2) GDPR).',
        },
        { kind: 'p', text: 'I agree to my details being passed to the controller to handle this complaint.' },
        { kind: 'p', text: 'My details:' },
        { kind: 'list', items: identificationList(input.identity, lang) },
      ];
  return {
    kind: 'complaint',
    ...letterFrame(input),
    recipient: [authority.name, ...authority.address],
    subject: de
      ? `Beschwerde nach Art. 77 DSGVO gegen ${controller.name}`
      : `Complaint under Article 77 GDPR against ${controller.name}`,
    blocks,
    enclosures: de
      ? ['Kopie meines Antrags mit Anlage', 'Nachweis des Versands', 'Antwort des Verantwortlichen (falls vorhanden)']
      : ['Copy of my request with annex', 'Proof of sending', "The controller's reply (if any)"],
  };
}
