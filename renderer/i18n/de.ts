// Deutsche Oberflächentexte; dieselben Schlüssel wie en.ts.

import type { Messages } from './en';

export const de: Messages = {
  app: { name: 'Earshot', tagline: 'Alles, was Ihre smarten Lautsprecher gehört haben — nur auf Ihrem Computer.' },
  nav: {
    library: 'Bibliothek',
    import: 'Importieren',
    timeline: 'Zeitleiste',
    heatmaps: 'Heatmaps',
    clips: 'Aufnahmen',
    groups: 'Befehlsgruppen',
    voices: 'Stimmen',
    quarantine: 'Nicht unsere',
    devices: 'Geräte & Räume',
    requests: 'Anfragen',
    reports: 'Berichte',
    settings: 'Einstellungen',
    main: 'Hauptnavigation',
    offline: 'Offline — nichts verlässt diesen Computer',
  },
  empty: {
    title: 'Ihre Bibliothek ist leer',
    lead: 'Earshot zeigt Ihnen, was Alexa, Google Assistant oder Home Assistant bei Ihnen zu Hause aufgenommen haben — nach Raum und Zeit, mit dem Ton. Holen Sie sich zuerst eine Kopie Ihrer Daten:',
    amazonTitle: 'Amazon Alexa',
    amazonSteps:
      'Auf amazon.de unter „Konto und Listen → Mein Konto → Meine Daten anfordern“ „Alexa“ (oder alle Kategorien) wählen und die E-Mail bestätigen. Nach einigen Tagen können Sie mehrere ZIP-Dateien „All Data Categories“ herunterladen. Bewahren Sie alle Teile zusammen auf.',
    googleTitle: 'Google Assistant',
    googleSteps:
      'takeout.google.com öffnen, alles abwählen, „Meine Aktivitäten“ und in dessen Optionen „Assistant“ wählen — im JSON-Format sind die Audiodateien enthalten. Die ZIP-Datei herunterladen, sobald Google Ihnen schreibt.',
    haTitle: 'Home Assistant',
    haSteps:
      '„debug_recording_dir“ unter assist_pipeline in der configuration.yaml setzen; Earshot importiert diesen Ordner mit Aufnahmen (oder jeden Ordner mit Audiodateien).',
    importAction: 'Exporte importieren …',
    demoAction: 'Earshot mit einem Demo-Haushalt ausprobieren',
    privacy:
      'Ihre Dateien werden auf diesem Computer gelesen. Earshot lädt nichts hoch, meldet sich nirgends und baut keine Netzwerkverbindung auf.',
  },
  settings: {
    title: 'Einstellungen',
    language: 'Sprache',
    languageSystem: 'Wie das System ({{language}})',
    theme: 'Darstellung',
    themeSystem: 'Wie das System',
    themeLight: 'Hell',
    themeDark: 'Dunkel',
    timeZone: 'Zeitzone des Haushalts',
    timeZoneHelp: 'Uhrzeiten, Nacht-Markierungen und Heatmaps verwenden diese Zone, mit Sommerzeit.',
    data: 'Ihre Daten',
    dataWhere:
      'Alles, was Earshot importiert, liegt in der eigenen Datenbank dieser App auf diesem Computer (IndexedDB im App-Profil). Wenn Sie die Bibliothek löschen, werden Ton, Transkripte und alles daraus Abgeleitete entfernt.',
    deleteLibrary: 'Gesamte Bibliothek löschen …',
    deleteConfirm:
      'Alle {{count}} Aufnahmen, ihren Ton und alle Anfragen von diesem Computer löschen? Das kann nicht rückgängig gemacht werden.',
    deleted: 'Die Bibliothek wurde gelöscht.',
    version: 'Version',
  },
  common: {
    cancel: 'Abbrechen',
    delete: 'Löschen',
    close: 'Schließen',
    save: 'Speichern',
    loading: 'Wird geladen …',
    captures_one: '{{count}} Aufnahme',
    captures_other: '{{count}} Aufnahmen',
  },
  languages: { de: 'Deutsch', en: 'English' },
};
