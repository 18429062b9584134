// German and English word lists behind the sensitive:* and child flags. Entries are in normalised form
// (lower case, ä→ae, ö→oe, ü→ue, ß→ss). A trailing `*` matches any ending ("tablette*" → Tabletten),
// which covers German inflection and compounds that start with the word. Multi-word entries match whole
// token sequences. Hints for review, not verdicts: keep entries specific, avoid everyday words.

import type { Flag } from '../../model';

export type LexiconFlag = Extract<Flag, `sensitive:${string}`> | 'child';

export const LEXICONS: Record<LexiconFlag, readonly string[]> = {
  'sensitive:health': [
    // de
    'tablette*', 'medikament*', 'arzt', 'aerztin', 'arzttermin*', 'hausarzt*', 'zahnarzt*', 'frauenarzt*', 'krankenhaus*',
    'klinik*', 'notaufnahme', 'therapie*', 'therapeut*', 'psychiater*', 'psycholog*', 'depression*', 'depressiv*',
    'angststoerung*', 'panikattacke*', 'krebs', 'chemo*', 'diabetes', 'diabetiker*', 'insulin*', 'blutdruck*',
    'blutzucker*', 'schmerzmittel*', 'ibuprofen', 'paracetamol', 'antibiotik*', 'rezept fuer tabletten', 'krank',
    'krankgeschrieben', 'krankmeldung', 'fieber', 'migraene', 'schwanger*', 'schwangerschaft*', 'fehlgeburt*',
    'operation', 'op termin', 'impfung*', 'impftermin*', 'allergie*', 'asthma', 'herzinfarkt*', 'schlaganfall*',
    'demenz', 'alzheimer', 'suchtberatung', 'alkoholiker*', 'entzug', 'antidepressiv*', 'physiotherapie*',
    'ergotherapie*', 'corona test', 'covid', 'durchfall', 'erbrechen', 'ausschlag', 'ritalin', 'cortison',
    // en
    'pill', 'pills', 'medication*', 'medicine', 'doctor*', 'hospital*', 'therapy', 'therapist*', 'psychiatrist*',
    'depressed', 'depression', 'anxiety', 'panic attack*', 'cancer', 'chemotherapy', 'diabetic', 'blood pressure',
    'blood sugar', 'painkiller*', 'prescription*', 'antibiotic*', 'sick', 'fever', 'migraine', 'pregnant',
    'pregnancy', 'miscarriage', 'surgery', 'vaccin*', 'allergy', 'allergies', 'asthma', 'heart attack', 'stroke',
    'dementia', 'rehab', 'antidepressant*', 'std', 'hiv', 'covid', 'diarrhea', 'rash', 'ibuprofen', 'tylenol',
  ],
  'sensitive:finance': [
    'kontostand*', 'konto', 'kontonummer*', 'iban', 'bankkonto*', 'ueberweisung*', 'ueberweis*', 'gehalt*', 'lohn',
    'lohnabrechnung*', 'miete', 'mietschulden', 'schulden', 'kredit', 'kreditkarte*', 'pin', 'pin nummer', 'geheimzahl*',
    'tan', 'steuererklaerung*', 'finanzamt*', 'dispo*', 'inkasso*', 'mahnung*', 'pfaendung*', 'insolvenz*', 'hartz*',
    'buergergeld*', 'sparkasse', 'volksbank', 'paypal', 'depot*', 'aktien*', 'bitcoin*', 'rente', 'rentenbescheid*',
    'bank account', 'account number', 'balance', 'salary', 'paycheck', 'wage*', 'rent', 'debt*', 'loan*', 'credit card*',
    'credit score', 'pin code', 'mortgage*', 'tax return', 'taxes', 'irs', 'bankrupt*', 'overdraft', 'transfer money',
    'routing number', 'social security number', 'savings',
  ],
  'sensitive:identity': [
    'mein name ist', 'ich heisse', 'meine adresse', 'wir wohnen in', 'ich wohne in', 'telefonnummer*', 'handynummer*',
    'geburtsdatum', 'personalausweis*', 'ausweisnummer*', 'reisepass*', 'passwort*', 'kennwort*', 'zugangscode*',
    'tuercode*', 'schluessel unter', 'ersatzschluessel*', 'alarmcode*', 'sozialversicherungsnummer*', 'steuer id',
    'steuernummer*', 'e mail adresse', 'wlan passwort',
    'my name is', 'my address', 'i live at', 'we live at', 'phone number', 'date of birth', 'passport*', 'password*',
    'passcode*', 'door code', 'alarm code', 'spare key', 'key is under', 'drivers license', 'license number',
    'email address', 'wifi password',
  ],
  'sensitive:intimacy': [
    'sex', 'sexy', 'nackt', 'kondom*', 'verhuetung*', 'pille danach', 'affaere*', 'fremdgehen', 'fremdgegangen',
    'ich liebe dich', 'schlafzimmer spiel*', 'porno*', 'erotik*', 'orgasmus', 'kuscheln', 'trennung', 'scheidung*',
    'ex freund*', 'ex freundin', 'tinder', 'verliebt', 'schatz komm ins bett',
    'naked', 'condom*', 'birth control', 'morning after pill', 'affair', 'cheating', 'cheated', 'i love you', 'porn*',
    'erotic*', 'orgasm', 'cuddle', 'breakup', 'break up', 'divorce*', 'my ex', 'boyfriend', 'girlfriend', 'dating',
    'make love', 'come to bed',
  ],
  'sensitive:conflict': [
    'halt die klappe', 'halts maul', 'ich hasse dich', 'verschwinde', 'hau ab', 'arschloch', 'idiot', 'bloede kuh',
    'scheisse', 'verdammt', 'ich bring dich um', 'ich bringe dich um', 'schlag mich nicht', 'lass mich in ruhe',
    'hoer auf zu schreien', 'schrei mich nicht an', 'polizei rufen', 'ruf die polizei', 'streit', 'wir streiten',
    'du luegst', 'luegner*', 'drohung*', 'ich zeig dich an',
    'shut up', 'i hate you', 'get out', 'asshole', 'idiot', 'stupid bitch', 'fuck*', 'damn you', 'i will kill you',
    'ill kill you', 'dont hit me', 'leave me alone', 'stop yelling', 'stop shouting', 'call the police', 'you liar',
    'you are lying', 'fight', 'threat*',
  ],
  child: [
    'paw patrol', 'peppa wutz', 'peppa pig', 'bibi blocksberg', 'benjamin bluemchen', 'feuerwehrmann sam', 'conni',
    'die maus', 'sendung mit der maus', 'kinderlieder', 'kinderlied', 'schlaflied*', 'gute nacht geschichte*',
    'gutenachtgeschichte*', 'bobo siebenschlaefer', 'sandmaennchen', 'pumuckl', 'rolf zuckowski', 'der kleine drache',
    'hausaufgaben', 'ich bin 5', 'ich bin 6', 'ich bin 7', 'ich bin 8', 'mami', 'papi', 'pipi', 'kacka',
    'nursery rhyme*', 'lullab*', 'bedtime story', 'baby shark', 'cocomelon', 'frozen song', 'my homework',
    'i am 5', 'i am 6', 'i am 7', 'im 5', 'im 6', 'im 7', 'mommy', 'poopy', 'dinosaur*', 'unicorn*',
  ],
};
