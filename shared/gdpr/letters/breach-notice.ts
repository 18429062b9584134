// Breach notice for "this isn't ours" (the c't 2018 case): tells the controller that an export contained another
// household's recordings. It states counts, time span, devices and how the data arrived — and NEVER repeats
// the stranger's audio or words: the annex lists times, devices and record ids only, so the controller can
// find the records. Cites Art. 15(4), the controller's Art. 33 72-hour duty and Art. 34.

import { formatLongDate, type IsoDate } from '../../i18n-format';
import type { Capture, Device, Room } from '../../model';
import { annexTable, buildAnnex } from '../annex';
import type { Controller } from '../controllers';
import { computeDeadline } from '../deadlines';
import {
  controllerRecipient,
  describeSelection,
  identificationList,
  letterFrame,
  recordingsWord,
  selectionFacts,
  type Letter,
  type LetterBase,
} from '../letter';

export interface BreachNoticeInput extends LetterBase {
  controller: Controller;
  /** The quarantined (foreign) captures. Only counts, times, devices and ids are used. */
  foreignCaptures: readonly Capture[];
  devices: readonly Device[];
  rooms: readonly Room[];
  timeZone: string;
  /** Day the export containing the foreign data reached the user. */
  exportReceivedOn?: IsoDate;
  /** Day the user had asked for the export (their own Art. 15 request). */
  accessRequestedOn?: IsoDate;
  receivedOn?: IsoDate;
}

export function breachNotice(input: BreachNoticeInput): Letter {
  const { lang, controller } = input;
  const de = lang === 'de';
  const facts = selectionFacts(input.foreignCaptures, input.devices, input.timeZone);
  const rows = buildAnnex(input.foreignCaptures, { ...input, withholdText: true });
  const dueOn = computeDeadline(input.receivedOn ?? input.date).dueOn;
  const due = formatLongDate(dueOn, lang);
  const what = describeSelection(facts, lang);
  const withAudio = input.foreignCaptures.filter((c) => c.audioId || c.audioName).length;
  const withText = input.foreignCaptures.filter((c) => c.transcript?.trim()).length;
  const date = (d: IsoDate | undefined, fallback: string): string => (d ? formatLongDate(d, lang) : fallback);
  const how = de
    ? `Die Daten waren in dem Datenexport enthalten, den Sie mir am ${date(input.exportReceivedOn, '[Datum des Erhalts]')} als Antwort auf mein Auskunftsersuchen vom ${date(input.accessRequestedOn, '[Datum der Anfrage]')} bereitgestellt haben.`
    : `The data was part of the data export you provided to me on ${date(input.exportReceivedOn, '[date received]')} in response to my access request of ${date(input.accessRequestedOn, '[date of request]')}.`;
  const blocks: Letter['blocks'] = de
    ? [
        {
          kind: 'p',
          text: `ich möchte Sie auf eine Verletzung des Schutzes personenbezogener Daten (Art. 4 Nr. 12 DSGVO) hinweisen. ${how} Darin befinden sich Daten, die nicht mich und nicht meinen Haushalt betreffen: ${what}. Davon enthalten ${withAudio} eine Audiodatei und ${withText} eine Transkription. Die Geräte sind nicht auf mein Konto registriert.`,
        },
        {
          kind: 'p',
          text: 'Den Inhalt dieser Aufnahmen gebe ich in diesem Schreiben bewusst nicht wieder. Die Anlage nennt nur Zeitpunkte, Geräte und Ihre Datensatz-IDs, damit Sie die Daten zuordnen können.',
        },
        {
          kind: 'p',
          text: 'Ich habe die Daten an niemanden weitergegeben, sie getrennt von meinen eigenen Daten gesperrt und werde sie nicht weiter verwenden. Bitte teilen Sie mir mit, ob ich sie löschen oder Ihnen auf einem sicheren Weg zurückgeben soll.',
        },
        {
          kind: 'p',
          text: 'Nach Art. 15 Abs. 4 DSGVO darf die Herausgabe einer Kopie die Rechte und Freiheiten anderer Personen nicht beeinträchtigen. Spätestens mit Eingang dieses Schreibens haben Sie Kenntnis von der Verletzung. Nach Art. 33 DSGVO müssen Sie sie unverzüglich und möglichst binnen 72 Stunden der zuständigen Aufsichtsbehörde melden. Da Sprachaufnahmen aus Wohnräumen regelmäßig ein hohes Risiko für die Betroffenen bedeuten, sind nach Art. 34 DSGVO auch die betroffenen Personen zu benachrichtigen.',
        },
        { kind: 'p', text: 'Ich bitte Sie außerdem,' },
        {
          kind: 'list',
          items: [
            'mir den Eingang dieser Meldung zu bestätigen,',
            'zu prüfen, ob meine eigenen Daten ebenfalls an Dritte herausgegeben wurden, und mir das Ergebnis mitzuteilen,',
            `mir eine korrekte und vollständige Kopie ausschließlich meiner eigenen Daten nach Art. 15 DSGVO bereitzustellen, und zwar bis spätestens ${due} (Art. 12 Abs. 3 DSGVO).`,
          ],
        },
        {
          kind: 'p',
          text: 'Ich behalte mir vor, die zuständige Datenschutz-Aufsichtsbehörde selbst zu informieren (Art. 77 DSGVO).',
        },
        { kind: 'p', text: 'Zu meiner Identifikation:' },
        { kind: 'list', items: identificationList(input.identity, lang) },
      ]
    : [
        {
          kind: 'p',
          text: `I am writing to notify you of a personal data breach (Article 4(12) GDPR). ${how} It contains data that concerns neither me nor my household: ${what}. Of these, ${withAudio} include an audio file and ${withText} a transcript. The devices are not registered to my account.`,
        },
        {
          kind: 'p',
          text: 'I deliberately do not reproduce the content of these recordings in this letter. The annex gives only times, devices and your record ids so that you can identify the data.',
        },
        {
          kind: 'p',
          text: 'I have not passed the data on to anyone, have kept it locked away from my own data, and will not use it further. Please tell me whether I should delete it or return it to you by a secure channel.',
        },
        {
          kind: 'p',
          text: "Under Article 15(4) GDPR, providing a copy must not adversely affect the rights and freedoms of others. You are aware of the breach at the latest on receipt of this letter. Under Article 33 GDPR you must notify the competent supervisory authority without undue delay and, where feasible, within 72 hours. As voice recordings from people's homes usually mean a high risk to those concerned, Article 34 GDPR also requires you to inform the affected persons.",
        },
        { kind: 'p', text: 'I also ask you to' },
        {
          kind: 'list',
          items: [
            'confirm receipt of this notice,',
            'check whether my own data was also disclosed to others, and tell me the result,',
            `provide me with a correct and complete copy of my own data only, under Article 15 GDPR, by ${due} at the latest (Article 12(3) GDPR).`,
          ],
        },
        {
          kind: 'p',
          text: 'I reserve the right to inform the competent data protection supervisory authority myself (Article 77 GDPR).',
        },
        { kind: 'p', text: 'For identification:' },
        { kind: 'list', items: identificationList(input.identity, lang) },
      ];
  const annexTitle = de
    ? `Anlage: ${recordingsWord(facts.count, lang)} fremder Personen (ohne Inhalt)`
    : `Annex: ${recordingsWord(facts.count, lang)} of other persons (without content)`;
  return {
    kind: 'breach-notice',
    ...letterFrame(input),
    ...controllerRecipient(controller),
    subject: de
      ? `Meldung: Datenexport enthält Sprachaufnahmen fremder Personen (${controller.product})`
      : `Notice: data export contains other people's voice recordings (${controller.product})`,
    blocks,
    enclosures: [annexTitle],
    annex: { title: annexTitle, rows, table: annexTable(rows, lang, input.timeZone), timeZone: input.timeZone },
    dueOn,
  };
}
