// Follow-up after verification: a newer export still holds recordings whose erasure was requested. Names the
// original request, what is gone and what remains (annex with transcripts, which the controller still holds
// anyway), asks for complete erasure, reasons for the omission, written confirmation and a new dated deadline.

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

export interface FollowUpInput extends LetterBase {
  controller: Controller;
  original: { sentOn: IsoDate; count: number; answeredOn?: IsoDate };
  /** Day of the newer export the verification used. */
  exportOn: IsoDate;
  goneCount: number;
  remaining: readonly Capture[];
  devices: readonly Device[];
  rooms: readonly Room[];
  timeZone: string;
  receivedOn?: IsoDate;
}

export function followUpLetter(input: FollowUpInput): Letter {
  const { lang, controller, original } = input;
  const de = lang === 'de';
  const rows = buildAnnex(input.remaining, { ...input });
  const firstDue = formatLongDate(computeDeadline(original.sentOn).dueOn, lang);
  const dueOn = computeDeadline(input.receivedOn ?? input.date).dueOn;
  const due = formatLongDate(dueOn, lang);
  const sent = formatLongDate(original.sentOn, lang);
  const exportOn = formatLongDate(input.exportOn, lang);
  const withText = input.remaining.filter((c) => c.transcript?.trim()).length;
  const remainingWord = recordingsWord(input.remaining.length, lang);
  const answered = original.answeredOn
    ? de
      ? ` Mit Schreiben vom ${formatLongDate(original.answeredOn, lang)} haben Sie geantwortet.`
      : ` You replied on ${formatLongDate(original.answeredOn, lang)}.`
    : '';
  const blocks: Letter['blocks'] = de
    ? [
        {
          kind: 'p',
          text: `am ${sent} habe ich nach Art. 17 DSGVO die Löschung von ${recordingsWord(original.count, lang)} beantragt; die Frist nach Art. 12 Abs. 3 DSGVO endete am ${firstDue}.${answered}`,
        },
        {
          kind: 'p',
          text: `Ein neuerer Datenexport vom ${exportOn} zeigt: ${input.goneCount} der Aufnahmen sind gelöscht, ${remainingWord} sind weiterhin gespeichert, ${withText} davon mit Transkription. Die verbliebenen Einträge sind in der Anlage mit Zeitpunkt, Gerät, Transkription und Ihrer Datensatz-ID aufgeführt.`,
        },
        {
          kind: 'p',
          text: 'Ich fordere Sie erneut auf, diese Einträge unverzüglich und vollständig zu löschen – die Audioaufnahmen, die Transkriptionen und alle daraus abgeleiteten Datensätze – und die Löschung allen Empfängern mitzuteilen (Art. 17 Abs. 2, Art. 19 DSGVO).',
        },
        {
          kind: 'p',
          text: 'Bitte erläutern Sie, warum diese Einträge nicht gelöscht wurden, und nennen Sie gegebenenfalls die Rechtsgrundlage, auf die Sie eine weitere Speicherung stützen (Art. 12 Abs. 4 DSGVO).',
        },
        { kind: 'p', text: `Bitte bestätigen Sie mir die Löschung schriftlich bis spätestens ${due}.` },
        {
          kind: 'p',
          text: 'Andernfalls werde ich mich an die zuständige Datenschutz-Aufsichtsbehörde wenden (Art. 77 DSGVO).',
        },
        { kind: 'p', text: 'Zu meiner Identifikation:' },
        { kind: 'list', items: identificationList(input.identity, lang) },
      ]
    : [
        {
          kind: 'p',
          text: `On ${sent} I requested the erasure of ${recordingsWord(original.count, lang)} under Article 17 GDPR; the deadline under Article 12(3) GDPR ended on ${firstDue}.${answered}`,
        },
        {
          kind: 'p',
          text: `A newer data export of ${exportOn} shows that ${input.goneCount} of the recordings have been erased, but ${remainingWord} are still stored, ${withText} of them with a transcript. The remaining items are listed in the annex with time, device, transcript and your record id.`,
        },
        {
          kind: 'p',
          text: 'I again ask you to erase these items without undue delay and completely – the audio recordings, the transcripts and all records derived from them – and to communicate the erasure to all recipients (Articles 17(2) and 19 GDPR).',
        },
        {
          kind: 'p',
          text: 'Please explain why these items were not erased and, where applicable, state the legal basis on which you rely for keeping them (Article 12(4) GDPR).',
        },
        { kind: 'p', text: `Please confirm the erasure to me in writing by ${due} at the latest.` },
        {
          kind: 'p',
          text: 'Otherwise I will lodge a complaint with the competent data protection supervisory authority (Article 77 GDPR).',
        },
        { kind: 'p', text: 'For identification:' },
        { kind: 'list', items: identificationList(input.identity, lang) },
      ];
  const annexTitle = de
    ? `Anlage: ${remainingWord}, die trotz Löschantrag noch gespeichert sind`
    : `Annex: ${remainingWord} still stored despite the erasure request`;
  return {
    kind: 'follow-up',
    ...letterFrame(input),
    ...controllerRecipient(controller),
    subject: de
      ? `Erinnerung: unvollständige Löschung nach Art. 17 DSGVO – Antrag vom ${sent}`
      : `Reminder: incomplete erasure under Article 17 GDPR – request of ${sent}`,
    blocks,
    enclosures: [annexTitle],
    annex: { title: annexTitle, rows, table: annexTable(rows, lang, input.timeZone), timeZone: input.timeZone },
    dueOn,
  };
}
