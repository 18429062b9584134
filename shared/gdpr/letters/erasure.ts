// Erasure request (Art. 17 GDPR) for a selection of captures, in German and English. Written from the legal
// facts in docs/architecture.md ("Letters and the law"): itemised scope (audio, transcripts, derived records), grounds
// under Art. 17(1), withdrawal of consent, objection, restriction meanwhile, Art. 17(2)/19 recipients,
// reasons if refused, written confirmation, the Art. 12(3) deadline as a date, and the complaint notice.

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

export interface SelectionLetterInput extends LetterBase {
  controller: Controller;
  captures: readonly Capture[];
  devices: readonly Device[];
  rooms: readonly Room[];
  timeZone: string;
  /** Day the controller receives the letter; defaults to the letter date (e-mail). */
  receivedOn?: IsoDate;
}

export function erasureLetter(input: SelectionLetterInput): Letter {
  const { lang, controller } = input;
  const facts = selectionFacts(input.captures, input.devices, input.timeZone);
  const rows = buildAnnex(input.captures, { ...input });
  const dueOn = computeDeadline(input.receivedOn ?? input.date).dueOn;
  const due = formatLongDate(dueOn, lang);
  const what = describeSelection(facts, lang);
  const hasChildren = input.captures.some((c) => c.flags.includes('child'));
  const de = lang === 'de';
  const blocks: Letter['blocks'] = de
    ? [
        {
          kind: 'p',
          text: `hiermit beantrage ich gemäß Art. 17 Abs. 1 DSGVO die unverzügliche Löschung der personenbezogenen Daten, die Sie im Zusammenhang mit ${controller.product} über mich verarbeiten, soweit sie die in der Anlage einzeln aufgeführten Aufnahmen betreffen. Es handelt sich um ${what}.`,
        },
        { kind: 'p', text: 'Die Löschung soll für jeden aufgeführten Eintrag vollständig sein und umfasst:' },
        {
          kind: 'list',
          items: [
            'die Audioaufnahme selbst,',
            'die Transkription (Text) und die Antwort des Assistenten,',
            'alle daraus abgeleiteten Datensätze, insbesondere erkannte Absichten (Intents), Metadaten, Stimmprofil-Zuordnungen, Auswertungs- und Trainingsdaten sowie Kopien, die zur manuellen Überprüfung oder Qualitätsverbesserung angelegt wurden, in allen Ihren Diensten und Systemen einschließlich Sicherungskopien.',
          ],
        },
        {
          kind: 'p',
          text: `Die Voraussetzungen des Art. 17 Abs. 1 DSGVO liegen vor: Die Daten sind für die Zwecke, zu denen sie erhoben wurden, nicht mehr notwendig (lit. a). Soweit die Verarbeitung auf meiner Einwilligung beruht, widerrufe ich diese hiermit gemäß Art. 7 Abs. 3 DSGVO (lit. b). Vorsorglich widerspreche ich der weiteren Verarbeitung gemäß Art. 21 DSGVO (lit. c). Soweit Aufnahmen ohne Aktivierungswort unbeabsichtigt ausgelöst wurden, fehlt es bereits an einer Rechtsgrundlage (lit. d).${hasChildren ? ' Einige Aufnahmen enthalten die Stimme eines Kindes, die im Rahmen eines Dienstes der Informationsgesellschaft erhoben wurde (lit. f).' : ''} Eine Ausnahme nach Art. 17 Abs. 3 DSGVO ist nicht ersichtlich.`,
        },
        {
          kind: 'p',
          text: 'Bis zur Löschung bitte ich, die Verarbeitung dieser Daten gemäß Art. 18 Abs. 1 DSGVO einzuschränken.',
        },
        {
          kind: 'p',
          text: 'Bitte teilen Sie die Löschung gemäß Art. 17 Abs. 2 und Art. 19 DSGVO allen Empfängern mit, denen Sie die Daten offengelegt haben (etwa Auftragsverarbeitern, Dienstleistern für die manuelle Auswertung oder Anbietern von Skills und Actions), und nennen Sie mir diese Empfänger.',
        },
        {
          kind: 'p',
          text: 'Sollten Sie die Löschung ganz oder teilweise ablehnen, begründen Sie dies bitte unter Angabe der Rechtsgrundlage (Art. 12 Abs. 4 DSGVO).',
        },
        {
          kind: 'p',
          text: `Bitte bestätigen Sie mir die Löschung schriftlich. Nach Art. 12 Abs. 3 DSGVO haben Sie dafür einen Monat ab Eingang dieses Schreibens Zeit; ich erwarte Ihre Antwort daher bis spätestens ${due}.`,
        },
        {
          kind: 'p',
          text: 'Sollte ich bis dahin keine oder keine ausreichende Antwort erhalten, werde ich mich an die zuständige Datenschutz-Aufsichtsbehörde wenden (Art. 77 DSGVO) und behalte mir weitere rechtliche Schritte vor.',
        },
        { kind: 'p', text: 'Zu meiner Identifikation (bitte nur für die Bearbeitung dieses Antrags verwenden):' },
        { kind: 'list', items: identificationList(input.identity, lang) },
      ]
    : [
        {
          kind: 'p',
          text: `Under Article 17(1) GDPR I request that you erase without undue delay the personal data about me that you process in connection with ${controller.product}, as far as it concerns the recordings itemised in the annex. These are ${what}.`,
        },
        { kind: 'p', text: 'For every item listed, the erasure must be complete and cover:' },
        {
          kind: 'list',
          items: [
            'the audio recording itself,',
            "the transcript (text) and the assistant's response,",
            'all records derived from it, in particular detected intents, metadata, voice-profile assignments, analytics and training data, and copies made for manual review or quality improvement, in all of your services and systems including backups.',
          ],
        },
        {
          kind: 'p',
          text: `The conditions of Article 17(1) GDPR are met: the data is no longer necessary for the purposes for which it was collected (point (a)). Where the processing is based on my consent, I hereby withdraw it under Article 7(3) GDPR (point (b)). As a precaution, I object to further processing under Article 21 GDPR (point (c)). Where recordings were triggered accidentally without the wake word, there is no legal basis at all (point (d)).${hasChildren ? " Some recordings contain a child's voice collected in relation to an information society service (point (f))." : ''} No exception under Article 17(3) GDPR applies.`,
        },
        {
          kind: 'p',
          text: 'Until the erasure is complete, please restrict the processing of this data under Article 18(1) GDPR.',
        },
        {
          kind: 'p',
          text: 'Under Articles 17(2) and 19 GDPR, please communicate the erasure to every recipient to whom you disclosed the data (such as processors, contractors for manual review, or providers of skills and actions), and tell me who these recipients are.',
        },
        {
          kind: 'p',
          text: 'If you refuse the erasure in whole or in part, please give your reasons and the legal basis (Article 12(4) GDPR).',
        },
        {
          kind: 'p',
          text: `Please confirm the erasure to me in writing. Under Article 12(3) GDPR you have one month from receipt of this letter; I therefore expect your reply by ${due} at the latest.`,
        },
        {
          kind: 'p',
          text: 'If I receive no reply, or an insufficient one, by then, I will lodge a complaint with the competent data protection supervisory authority (Article 77 GDPR) and reserve the right to take further legal action.',
        },
        { kind: 'p', text: 'For identification (please use this only to handle this request):' },
        { kind: 'list', items: identificationList(input.identity, lang) },
      ];
  const annexTitle = de
    ? `Anlage: Liste der ${facts.count} zu löschenden Aufnahmen`
    : `Annex: list of the ${facts.count} recordings to be erased`;
  return {
    kind: 'erasure',
    ...letterFrame(input),
    ...controllerRecipient(controller),
    subject: de
      ? `Antrag auf Löschung nach Art. 17 DSGVO – ${recordingsWord(facts.count, lang)} (${controller.product})`
      : `Request for erasure under Article 17 GDPR – ${recordingsWord(facts.count, lang)} (${controller.product})`,
    blocks,
    enclosures: [annexTitle],
    annex: { title: annexTitle, rows, table: annexTable(rows, lang, input.timeZone), timeZone: input.timeZone },
    dueOn,
  };
}
