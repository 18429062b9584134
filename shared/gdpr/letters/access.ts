// Access request (Art. 15 GDPR), in German and English: confirmation, a copy of the data including the audio
// itself (EDPB Guidelines 01/2022 para. 153: the voice is personal data, a transcript is no substitute), and all
// Art. 15(1)(a)–(h) information. A selection is optional: it is listed as "in particular" items, never a limit.

import { formatLongDate, type IsoDate } from '../../i18n-format';
import type { Capture, Device, Room } from '../../model';
import { annexTable, buildAnnex } from '../annex';
import type { Controller } from '../controllers';
import { computeDeadline } from '../deadlines';
import {
  controllerRecipient,
  identificationList,
  letterFrame,
  recordingsWord,
  type Letter,
  type LetterBase,
} from '../letter';

export interface AccessLetterInput extends LetterBase {
  controller: Controller;
  /** Captures to name explicitly; may be empty (then the request covers everything without a list). */
  captures: readonly Capture[];
  devices: readonly Device[];
  rooms: readonly Room[];
  timeZone: string;
  receivedOn?: IsoDate;
}

export function accessLetter(input: AccessLetterInput): Letter {
  const { lang, controller } = input;
  const de = lang === 'de';
  const dueOn = computeDeadline(input.receivedOn ?? input.date).dueOn;
  const due = formatLongDate(dueOn, lang);
  const listed = input.captures.length > 0;
  const rows = buildAnnex(input.captures, { ...input });
  const annexTitle = de
    ? `Anlage: Liste von ${recordingsWord(rows.length, lang)}, die mir bereits bekannt sind`
    : `Annex: list of ${recordingsWord(rows.length, lang)} already known to me`;
  const blocks: Letter['blocks'] = de
    ? [
        {
          kind: 'p',
          text: `hiermit beantrage ich gemäß Art. 15 DSGVO Auskunft darüber, ob Sie personenbezogene Daten über mich verarbeiten, insbesondere im Zusammenhang mit ${controller.product}, und – falls ja – eine Kopie dieser Daten (Art. 15 Abs. 3 DSGVO).`,
        },
        { kind: 'p', text: 'Die Kopie soll insbesondere enthalten:' },
        {
          kind: 'list',
          items: [
            'sämtliche Audioaufnahmen selbst, als Audiodateien in einem gängigen Format – nicht nur deren Transkriptionen. Meine Stimme ist selbst ein personenbezogenes Datum; nach den Leitlinien 01/2022 des Europäischen Datenschutzausschusses (Rn. 153) gilt das Auskunftsrecht daher für die Aufnahmen selbst;',
            'alle Transkriptionen und Antworten des Assistenten mit Datum, Uhrzeit und Gerät;',
            'alle daraus abgeleiteten Daten, etwa erkannte Absichten, Stimmprofile, Zuordnungen zu Personen im Haushalt und Kennzeichnungen als unbeabsichtigte Aktivierung;',
            'die Angabe, welche Aufnahmen von Menschen angehört oder ausgewertet wurden.',
          ],
        },
        ...(listed
          ? [
              {
                kind: 'p' as const,
                text: `Die in der Anlage aufgeführten ${recordingsWord(rows.length, lang)} sind mir bereits bekannt; sie sind Beispiele und begrenzen den Umfang dieser Anfrage nicht.`,
              },
            ]
          : []),
        { kind: 'p', text: 'Außerdem bitte ich um die Informationen nach Art. 15 Abs. 1 lit. a bis h DSGVO:' },
        {
          kind: 'list',
          items: [
            'a) die Verarbeitungszwecke;',
            'b) die Kategorien personenbezogener Daten, die verarbeitet werden;',
            'c) die Empfänger oder Kategorien von Empfängern, insbesondere in Drittländern, samt den geeigneten Garantien nach Art. 46 DSGVO (Art. 15 Abs. 2);',
            'd) die geplante Speicherdauer oder die Kriterien für ihre Festlegung;',
            'e) das Bestehen der Rechte auf Berichtigung, Löschung, Einschränkung der Verarbeitung und Widerspruch;',
            'f) das Beschwerderecht bei einer Aufsichtsbehörde;',
            'g) alle verfügbaren Informationen über die Herkunft der Daten, soweit sie nicht bei mir erhoben wurden;',
            'h) das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling und aussagekräftige Informationen über die involvierte Logik sowie deren Tragweite und Auswirkungen.',
          ],
        },
        {
          kind: 'p',
          text: 'Da ich diesen Antrag elektronisch stelle, bitte ich um Bereitstellung in einem gängigen elektronischen Format (Art. 15 Abs. 3 Satz 3 DSGVO). Die erste Kopie ist unentgeltlich.',
        },
        {
          kind: 'p',
          text: `Nach Art. 12 Abs. 3 DSGVO haben Sie einen Monat ab Eingang dieses Schreibens Zeit; ich erwarte Ihre Antwort daher bis spätestens ${due}.`,
        },
        {
          kind: 'p',
          text: 'Sollte ich bis dahin keine oder keine vollständige Antwort erhalten, werde ich mich an die zuständige Datenschutz-Aufsichtsbehörde wenden (Art. 77 DSGVO).',
        },
        { kind: 'p', text: 'Zu meiner Identifikation (bitte nur für die Bearbeitung dieses Antrags verwenden):' },
        { kind: 'list', items: identificationList(input.identity, lang) },
      ]
    : [
        {
          kind: 'p',
          text: `Under Article 15 GDPR I request confirmation as to whether you process personal data concerning me, in particular in connection with ${controller.product}, and, if so, a copy of that data (Article 15(3) GDPR).`,
        },
        { kind: 'p', text: 'The copy should include in particular:' },
        {
          kind: 'list',
          items: [
            'all audio recordings themselves, as audio files in a common format – not only their transcripts. My voice is itself personal data; according to the European Data Protection Board Guidelines 01/2022 (para. 153) the right of access therefore covers the recordings themselves;',
            "all transcripts and the assistant's responses with date, time and device;",
            'all data derived from them, such as detected intents, voice profiles, assignments to household members and markings as accidental activations;',
            'which recordings were listened to or reviewed by humans.',
          ],
        },
        ...(listed
          ? [
              {
                kind: 'p' as const,
                text: `The ${recordingsWord(rows.length, lang)} listed in the annex are already known to me; they are examples and do not limit the scope of this request.`,
              },
            ]
          : []),
        { kind: 'p', text: 'I also request the information under Article 15(1)(a) to (h) GDPR:' },
        {
          kind: 'list',
          items: [
            '(a) the purposes of the processing;',
            '(b) the categories of personal data concerned;',
            '(c) the recipients or categories of recipients, in particular in third countries, with the appropriate safeguards under Article 46 GDPR (Article 15(2));',
            '(d) the envisaged storage period or the criteria used to determine it;',
            '(e) the existence of the rights to rectification, erasure, restriction of processing and objection;',
            '(f) the right to lodge a complaint with a supervisory authority;',
            '(g) any available information as to the source of data not collected from me;',
            '(h) the existence of automated decision-making, including profiling, and meaningful information about the logic involved, its significance and envisaged consequences.',
          ],
        },
        {
          kind: 'p',
          text: 'As I make this request electronically, please provide the information in a commonly used electronic form (Article 15(3) GDPR). The first copy is free of charge.',
        },
        {
          kind: 'p',
          text: `Under Article 12(3) GDPR you have one month from receipt of this letter; I therefore expect your reply by ${due} at the latest.`,
        },
        {
          kind: 'p',
          text: 'If I receive no reply, or an incomplete one, by then, I will lodge a complaint with the competent data protection supervisory authority (Article 77 GDPR).',
        },
        { kind: 'p', text: 'For identification (please use this only to handle this request):' },
        { kind: 'list', items: identificationList(input.identity, lang) },
      ];
  return {
    kind: 'access',
    ...letterFrame(input),
    ...controllerRecipient(controller),
    subject: de
      ? `Auskunftsersuchen nach Art. 15 DSGVO – Sprachaufnahmen (${controller.product})`
      : `Subject access request under Article 15 GDPR – voice recordings (${controller.product})`,
    blocks,
    enclosures: listed ? [annexTitle] : [],
    ...(listed
      ? { annex: { title: annexTitle, rows, table: annexTable(rows, lang, input.timeZone), timeZone: input.timeZone } }
      : {}),
    dueOn,
  };
}
