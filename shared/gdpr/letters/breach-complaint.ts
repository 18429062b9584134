// Complaint to a supervisory authority (Art. 77 GDPR) about a breach, not a missed deadline: the controller's
// answer to an access request contained other people's recordings. complaintLetter() argues from an
// unanswered or refused request; here the facts are the disclosure itself, so the wording differs. Like the
// breach notice it states counts, time span and devices only — never the strangers' audio or words.

import { formatLongDate, type IsoDate } from '../../i18n-format';
import type { Capture, Device } from '../../model';
import type { Controller, SupervisoryAuthority } from '../controllers';
import {
  describeSelection,
  identificationList,
  letterFrame,
  selectionFacts,
  type Letter,
  type LetterBase,
} from '../letter';

export interface BreachComplaintInput extends LetterBase {
  controller: Controller;
  /** Defaults to the controller's lead authority; the user may pick the authority where they live. */
  authority?: SupervisoryAuthority;
  foreignCaptures: readonly Capture[];
  devices: readonly Device[];
  timeZone: string;
  exportReceivedOn?: IsoDate;
  /** Day the user told the controller (breach notice); unset when not (yet) sent. */
  noticeSentOn?: IsoDate;
}

export function breachComplaint(input: BreachComplaintInput): Letter {
  const { lang, controller } = input;
  const de = lang === 'de';
  const authority = input.authority ?? controller.leadAuthority;
  const facts = selectionFacts(input.foreignCaptures, input.devices, input.timeZone);
  const what = describeSelection(facts, lang);
  const received = input.exportReceivedOn
    ? formatLongDate(input.exportReceivedOn, lang)
    : de
      ? '[Datum des Erhalts]'
      : '[date received]';
  const notice = input.noticeSentOn
    ? de
      ? `Ich habe den Verantwortlichen am ${formatLongDate(input.noticeSentOn, lang)} darauf hingewiesen und ihn aufgefordert, die Verletzung nach Art. 33 DSGVO zu melden.`
      : `I notified the controller on ${formatLongDate(input.noticeSentOn, lang)} and asked it to report the breach under Article 33 GDPR.`
    : de
      ? 'Ich weise den Verantwortlichen gleichzeitig mit einem eigenen Schreiben darauf hin.'
      : 'I am notifying the controller in a separate letter at the same time.';
  const blocks: Letter['blocks'] = de
    ? [
        { kind: 'p', text: `hiermit erhebe ich nach Art. 77 DSGVO Beschwerde gegen ${controller.name}.` },
        {
          kind: 'p',
          text: `Der Datenexport, den ich am ${received} auf mein Auskunftsersuchen nach Art. 15 DSGVO erhalten habe (${controller.product}), enthält Daten anderer Personen: ${what}. Die Geräte sind nicht auf mein Konto registriert. ${notice}`,
        },
        {
          kind: 'p',
          text: 'Damit wurden Sprachaufnahmen aus einer fremden Wohnung an mich herausgegeben. Das verletzt Art. 15 Abs. 4 DSGVO und deutet auf unzureichende technische und organisatorische Maßnahmen hin (Art. 5 Abs. 1 lit. f, Art. 32 DSGVO).',
        },
        {
          kind: 'p',
          text: 'Den Inhalt der Aufnahmen gebe ich nicht wieder und leite sie niemandem weiter. Ich habe sie getrennt von meinen Daten gesperrt und lösche sie, sobald der Verantwortliche oder Sie mir das bestätigen.',
        },
        {
          kind: 'p',
          text: 'Ich bitte Sie, den Vorgang zu untersuchen, darauf hinzuwirken, dass die betroffenen Personen nach Art. 34 DSGVO benachrichtigt werden, und mich über den Stand und das Ergebnis zu unterrichten (Art. 77 Abs. 2, Art. 78 Abs. 2 DSGVO).',
        },
        { kind: 'p', text: 'Meine Angaben:' },
        { kind: 'list', items: identificationList(input.identity, lang) },
      ]
    : [
        { kind: 'p', text: `Under Article 77 GDPR I hereby lodge a complaint against ${controller.name}.` },
        {
          kind: 'p',
          text: `The data export I received on ${received} in response to my access request under Article 15 GDPR (${controller.product}) contains other people's data: ${what}. The devices are not registered to my account. ${notice}`,
        },
        {
          kind: 'p',
          text: "Voice recordings from someone else's home were thus disclosed to me. This infringes Article 15(4) GDPR and points to inadequate technical and organisational measures (Articles 5(1)(f) and 32 GDPR).",
        },
        {
          kind: 'p',
          text: 'I do not reproduce the content of the recordings and pass them on to no one. I have locked them away from my own data and will delete them as soon as the controller or you confirm that I should.',
        },
        {
          kind: 'p',
          text: 'I ask you to investigate, to see to it that the affected persons are informed under Article 34 GDPR, and to inform me of the progress and outcome (Articles 77(2) and 78(2) GDPR).',
        },
        { kind: 'p', text: 'My details:' },
        { kind: 'list', items: identificationList(input.identity, lang) },
      ];
  return {
    kind: 'complaint',
    ...letterFrame(input),
    recipient: [authority.name, ...authority.address],
    subject: de
      ? `Beschwerde nach Art. 77 DSGVO: ${controller.name} hat mir Sprachaufnahmen fremder Personen herausgegeben`
      : `Complaint under Article 77 GDPR: ${controller.name} disclosed other people's voice recordings to me`,
    blocks,
    enclosures: de ? ['Kopie meiner Meldung an den Verantwortlichen'] : ['Copy of my notice to the controller'],
  };
}
