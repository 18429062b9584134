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
        title: 'Alexa Privacy: {{n}} recordings from {{from}} to {{to}}',
        steps: [
          'Open the address above in your browser and sign in to your Amazon account (in the Alexa app: More → Settings → Alexa Privacy → Review Voice History).',
          'Under “Date range” choose “Custom” and enter {{from}} to {{to}}.',
          'Under “All devices” pick: {{devices}}.',
          'Choose “Delete all recordings for selected date range” and confirm.',
        ],
        auto: [
          'Open the address above (Alexa Privacy → Manage Your Alexa Data).',
          'Under “Choose how long to save recordings” pick “Save recordings for 3 months” and confirm.',
        ],
      },
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
        title: 'Alexa-Datenschutz: {{n}} Aufnahmen vom {{from}} bis {{to}}',
        steps: [
          'Öffnen Sie die Adresse oben im Browser und melden Sie sich bei Amazon an (in der Alexa-App: Mehr → Einstellungen → Alexa-Datenschutz → Sprachverlauf überprüfen).',
          'Wählen Sie bei „Zeitraum“ „Benutzerdefiniert“ und geben Sie {{from}} bis {{to}} ein.',
          'Wählen Sie bei „Alle Geräte“: {{devices}}.',
          'Wählen Sie „Alle Aufnahmen für den ausgewählten Zeitraum löschen“ und bestätigen Sie.',
        ],
        auto: [
          'Öffnen Sie die Adresse oben (Alexa-Datenschutz → Alexa-Daten verwalten).',
          'Wählen Sie bei „Wie lange Aufnahmen gespeichert werden“ „3 Monate“ und bestätigen Sie.',
        ],
      },
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
