// Strings of the clip panel's list of the export records a capture was merged from.
export const messages = {
  en: {
    clipSources: {
      label: 'Found in',
      short: {
        'alexa-archive': 'Amazon archive',
        'alexa-history': 'Voice history',
        'google-takeout': 'Google Takeout',
        'home-assistant': 'Home Assistant',
        folder: 'Audio folder',
      },
      line: '{{file}} line {{line}}',
      merged_one: 'one export record',
      merged_other: '{{count}} export records of this recording, merged',
    },
  },
  de: {
    clipSources: {
      label: 'Gefunden in',
      short: {
        'alexa-archive': 'Amazon-Archiv',
        'alexa-history': 'Sprachverlauf',
        'google-takeout': 'Google Takeout',
        'home-assistant': 'Home Assistant',
        folder: 'Audio-Ordner',
      },
      line: '{{file}} Zeile {{line}}',
      merged_one: 'ein Exporteintrag',
      merged_other: '{{count}} Exporteinträge dieser Aufnahme, zusammengeführt',
    },
  },
};
