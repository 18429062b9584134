// Strings of the filter bar's search options, day inputs and the "filters active" notice.
export const messages = {
  en: {
    filterUi: {
      similar: 'also similar spellings',
      similarHelp: 'Off: only the exact words (and words starting with them). On: also typos and similar words.',
      dayPattern: 'DD/MM/YYYY',
      dayInvalid: 'Not a date: type it as 01/06/2026',
      active: 'Filters active: {{list}}',
      activeCount_one: 'showing {{shown}} of {{total}} recordings',
      activeCount_other: 'showing {{shown}} of {{total}} recordings',
      reset: 'Reset',
      search: 'search “{{q}}”',
      dates: 'date range',
      cell: 'weekday/hour',
      month: 'Month …',
    },
  },
  de: {
    filterUi: {
      similar: 'auch ähnliche Schreibweisen',
      similarHelp:
        'Aus: nur die genauen Wörter (und Wörter, die so beginnen). An: auch Tippfehler und ähnliche Wörter.',
      dayPattern: 'TT.MM.JJJJ',
      dayInvalid: 'Kein Datum: bitte so eingeben: 01.06.2026',
      active: 'Filter aktiv: {{list}}',
      activeCount_one: '{{shown}} von {{total}} Aufnahmen gezeigt',
      activeCount_other: '{{shown}} von {{total}} Aufnahmen gezeigt',
      reset: 'Zurücksetzen',
      search: 'Suche „{{q}}“',
      dates: 'Zeitraum',
      month: 'Monat …',
      cell: 'Wochentag/Stunde',
    },
  },
};
