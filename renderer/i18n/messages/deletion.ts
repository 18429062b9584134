// Strings of the direct route to deletion (provider privacy pages) and of a deadline's calendar file.
export const messages = {
  en: {
    deletion: {
      title: 'Delete it yourself, now',
      lead: 'The letter obliges the company and can be checked later, but it takes up to a month. You can also delete the same recordings at once in the provider’s own privacy pages. Earshot opens nothing: copy the address into your browser.',
      address: 'Address to copy',
      copy: 'Copy address',
      copied: 'Copied',
      allDevices: 'all devices',
      autoTitle: 'Then turn on auto-delete',
      amazon: {
        title: 'Alexa Privacy ({{site}}): {{n}} recordings from {{from}} to {{to}}',
        steps: [
          'Open the address above in your browser and sign in to your Amazon account. In the Alexa app the same page is: More → Settings → “{{privacy}}” → “{{history}}”.',
          'Filter by date: choose a custom range from {{from}} to {{to}} — typed there as {{fromInput}} to {{toInput}}.',
          'Filter by device: {{devices}}.',
          'Choose to delete all recordings of the selected range and confirm.',
        ],
        auto: [
          'Open the address above (“{{privacy}}” → “{{manage}}”).',
          'Where it asks how long to keep recordings, choose 3 months and confirm.',
        ],
      },
      marketplace: 'Your Alexa account is on:',
      basis: {
        chosen: 'your choice',
        export: 'as your export says',
        'time-zone': 'guessed from the household time zone ({{zone}}) — change it if your account is elsewhere',
        none: 'choose the Amazon site your Alexa account belongs to',
      },
      country: {
        DE: 'Germany',
        AT: 'Austria',
        CH: 'Switzerland',
        UK: 'United Kingdom',
        IE: 'Ireland',
        US: 'United States',
        CA: 'Canada',
        FR: 'France',
        IT: 'Italy',
        ES: 'Spain',
      },
      language: { de: 'German', en: 'English', fr: 'French', it: 'Italian', es: 'Spanish' },
      pageLanguage:
        'The pages of {{site}} are in {{language}}: the names in quotes are written as they appear there; the other steps describe what to look for.',
      google: {
        title: 'Google My Activity: {{n}} recordings from {{from}} to {{to}}',
        steps: [
          'Open the address above in your browser and sign in to your Google account (Assistant activity).',
          'Choose “Delete” → “Custom range” and enter {{from}} to {{to}}.',
          'Google deletes by date, not by device; the recordings came from: {{devices}}.',
          'Check the list and confirm “Delete”.',
        ],
        auto: [
          'Open the address above (Activity controls → Web & App Activity).',
          'Choose “Auto-delete”, pick “Older than 3 months” and confirm.',
        ],
      },
      calendarButton: 'Add to calendar (.ics, reminder {{days}} days before)',
      calendarLabel: 'Calendar',
      calendarSummary: 'Deadline: {{kind}} to {{controller}}',
      calendarDescription_one:
        'Last day for {{controller}} to answer your request ({{kind}}, {{count}} recording) — Art. 12(3) GDPR. If no answer has come, write a follow-up in Earshot.',
      calendarDescription_other:
        'Last day for {{controller}} to answer your request ({{kind}}, {{count}} recordings) — Art. 12(3) GDPR. If no answer has come, write a follow-up in Earshot.',
    },
  },
  de: {
    deletion: {
      title: 'Selbst löschen, sofort',
      lead: 'Der Brief verpflichtet das Unternehmen und lässt sich später prüfen, dauert aber bis zu einem Monat. Dieselben Aufnahmen können Sie auch sofort in den Datenschutzseiten des Anbieters löschen. Earshot öffnet nichts: Kopieren Sie die Adresse in Ihren Browser.',
      address: 'Adresse zum Kopieren',
      copy: 'Adresse kopieren',
      copied: 'Kopiert',
      allDevices: 'alle Geräte',
      autoTitle: 'Danach automatisches Löschen einschalten',
      amazon: {
        title: 'Alexa-Datenschutz ({{site}}): {{n}} Aufnahmen vom {{from}} bis {{to}}',
        steps: [
          'Öffnen Sie die Adresse oben im Browser und melden Sie sich bei Amazon an. In der Alexa-App ist es dieselbe Seite: Mehr → Einstellungen → „{{privacy}}“ → „{{history}}“.',
          'Nach Datum filtern: einen benutzerdefinierten Zeitraum vom {{from}} bis {{to}} wählen — dort eingegeben als {{fromInput}} bis {{toInput}}.',
          'Nach Gerät filtern: {{devices}}.',
          'Alle Aufnahmen des gewählten Zeitraums löschen und bestätigen.',
        ],
        auto: [
          'Öffnen Sie die Adresse oben („{{privacy}}“ → „{{manage}}“).',
          'Wo gefragt wird, wie lange Aufnahmen gespeichert werden, 3 Monate wählen und bestätigen.',
        ],
      },
      marketplace: 'Ihr Alexa-Konto ist bei:',
      basis: {
        chosen: 'Ihre Wahl',
        export: 'laut Ihrem Export',
        'time-zone': 'geschätzt aus der Zeitzone des Haushalts ({{zone}}) — ändern Sie es, wenn Ihr Konto woanders ist',
        none: 'wählen Sie die Amazon-Seite, zu der Ihr Alexa-Konto gehört',
      },
      country: {
        DE: 'Deutschland',
        AT: 'Österreich',
        CH: 'Schweiz',
        UK: 'Vereinigtes Königreich',
        IE: 'Irland',
        US: 'USA',
        CA: 'Kanada',
        FR: 'Frankreich',
        IT: 'Italien',
        ES: 'Spanien',
      },
      language: { de: 'Deutsch', en: 'Englisch', fr: 'Französisch', it: 'Italienisch', es: 'Spanisch' },
      pageLanguage:
        'Die Seiten von {{site}} sind auf {{language}}: Die Namen in Anführungszeichen stehen so wie dort; die übrigen Schritte beschreiben, wonach Sie suchen.',
      google: {
        title: 'Google „Meine Aktivitäten“: {{n}} Aufnahmen vom {{from}} bis {{to}}',
        steps: [
          'Öffnen Sie die Adresse oben im Browser und melden Sie sich bei Google an (Assistant-Aktivitäten).',
          'Wählen Sie „Löschen“ → „Benutzerdefinierter Zeitraum“ und geben Sie {{from}} bis {{to}} ein.',
          'Google löscht nach Datum, nicht nach Gerät; die Aufnahmen stammen von: {{devices}}.',
          'Prüfen Sie die Liste und bestätigen Sie „Löschen“.',
        ],
        auto: [
          'Öffnen Sie die Adresse oben (Aktivitätseinstellungen → Web- & App-Aktivitäten).',
          'Wählen Sie „Automatisch löschen“, dann „Älter als 3 Monate“, und bestätigen Sie.',
        ],
      },
      calendarButton: 'In den Kalender (.ics, Erinnerung {{days}} Tage vorher)',
      calendarLabel: 'Kalender',
      calendarSummary: 'Frist: {{kind}} an {{controller}}',
      calendarDescription_one:
        'Letzter Tag, an dem {{controller}} Ihre Anfrage beantworten muss ({{kind}}, {{count}} Aufnahme) — Art. 12 Abs. 3 DSGVO. Ist keine Antwort gekommen, schreiben Sie in Earshot eine Erinnerung.',
      calendarDescription_other:
        'Letzter Tag, an dem {{controller}} Ihre Anfrage beantworten muss ({{kind}}, {{count}} Aufnahmen) — Art. 12 Abs. 3 DSGVO. Ist keine Antwort gekommen, schreiben Sie in Earshot eine Erinnerung.',
    },
  },
};
