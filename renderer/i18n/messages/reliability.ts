// Strings of backup and restore (Settings), the migration backup offer and the start-up notices.
export const messages = {
  en: {
    import: {
      space: {
        warning:
          'These files need about {{needed}}, but only {{available}} of storage is free. The import may stop when the disk is full — your library stays as it is, but nothing is added. Free some space first, or try anyway.',
        anyway: 'Import anyway',
      },
    },
    backup: {
      title: 'Backup',
      lead: 'Save the whole library — captures, audio, waveforms, requests with their attachments, corrections, voice names and settings — as one zip file. Each file inside carries a SHA-256 checksum, so a damaged backup is noticed before it is restored.',
      create: 'Save backup',
      creating: 'Writing the backup… {{table}} {{rows}} of {{total}}',
      saved: 'Backup saved.',
      downloaded: 'The backup is in your downloads: {{name}}',
      cancelled: 'The backup was not saved.',
      failed: 'The backup could not be written: {{message}}',
      restore: 'Restore a backup…',
      restoreHelp: 'A backup can only be restored into an empty library, so nothing is overwritten by accident.',
      restoreNeedsEmpty: 'To restore, delete the library first (below).',
      restoring: 'Restoring the backup… {{done}} of {{total}}',
      verifying: 'Checking the backup…',
      restarting_one: 'The backup is intact ({{count}} capture). Earshot restarts to restore it.',
      restarting_other: 'The backup is intact ({{count}} captures). Earshot restarts to restore it.',
      errors: {
        'not-a-backup': 'This is not an Earshot backup.',
        newer: 'This backup comes from a newer Earshot.',
        checksum: 'The backup is damaged or was changed.',
        'not-empty': 'The library is not empty.',
        damaged: 'The backup is incomplete.',
        internal: 'The backup could not be restored.',
      },
      nothingChanged: 'Nothing in your library was changed.',
    },
    migration: {
      title: 'Earshot needs to update its database',
      body: 'This version of Earshot stores the library in a newer format (version {{from}} → {{to}}). The update runs once and cannot be undone. Save a backup of the library as it is now before it starts.',
      backupFirst: 'Save backup, then update',
      skip: 'Update without a backup',
      working: 'Writing the backup…',
      cancelled: 'The backup was not saved. Save it, or update without one.',
      failed: 'The backup could not be written: {{message}}',
    },
    startup: {
      discarded_one:
        'An import was interrupted (the window closed or Earshot stopped) and has been discarded. Your library is exactly as it was before it. Import the files again to finish it — nothing is added twice.',
      discarded_other:
        '{{count}} imports were interrupted and have been discarded. Your library is exactly as it was before them. Import the files again to finish them — nothing is added twice.',
      restoreBroken: 'A restore was interrupted. The half-restored library was removed; restore the backup again.',
      restored_one: 'The backup was restored: {{count}} capture.',
      restored_other: 'The backup was restored: {{count}} captures.',
      restoreFailed: 'The backup could not be restored: {{message}} The library is empty; nothing else was changed.',
      toImport: 'Go to Import',
      dismiss: 'Dismiss',
    },
  },
  de: {
    import: {
      space: {
        warning:
          'Diese Dateien brauchen etwa {{needed}}, frei sind aber nur {{available}}. Der Import bricht womöglich ab, wenn der Speicher voll ist – Ihre Bibliothek bleibt dann unverändert, es kommt aber nichts hinzu. Schaffen Sie zuerst Platz oder versuchen Sie es trotzdem.',
        anyway: 'Trotzdem importieren',
      },
    },
    backup: {
      title: 'Sicherung',
      lead: 'Sichert die ganze Bibliothek – Aufnahmen, Audio, Wellenformen, Anfragen mit Anhängen, Korrekturen, Stimmennamen und Einstellungen – in eine einzige ZIP-Datei. Jede Datei darin hat eine SHA-256-Prüfsumme; eine beschädigte Sicherung fällt also vor dem Wiederherstellen auf.',
      create: 'Sicherung speichern',
      creating: 'Sicherung wird geschrieben … {{table}} {{rows}} von {{total}}',
      saved: 'Sicherung gespeichert.',
      downloaded: 'Die Sicherung liegt in Ihren Downloads: {{name}}',
      cancelled: 'Die Sicherung wurde nicht gespeichert.',
      failed: 'Die Sicherung konnte nicht geschrieben werden: {{message}}',
      restore: 'Sicherung wiederherstellen …',
      restoreHelp:
        'Eine Sicherung lässt sich nur in eine leere Bibliothek zurückspielen – so wird nichts versehentlich überschrieben.',
      restoreNeedsEmpty: 'Löschen Sie zum Wiederherstellen zuerst die Bibliothek (unten).',
      restoring: 'Sicherung wird zurückgespielt … {{done}} von {{total}}',
      verifying: 'Sicherung wird geprüft …',
      restarting_one: 'Die Sicherung ist unversehrt ({{count}} Aufnahme). Earshot startet neu und spielt sie zurück.',
      restarting_other:
        'Die Sicherung ist unversehrt ({{count}} Aufnahmen). Earshot startet neu und spielt sie zurück.',
      errors: {
        'not-a-backup': 'Das ist keine Earshot-Sicherung.',
        newer: 'Diese Sicherung stammt aus einer neueren Earshot-Version.',
        checksum: 'Die Sicherung ist beschädigt oder wurde verändert.',
        'not-empty': 'Die Bibliothek ist nicht leer.',
        damaged: 'Die Sicherung ist unvollständig.',
        internal: 'Die Sicherung konnte nicht wiederhergestellt werden.',
      },
      nothingChanged: 'An Ihrer Bibliothek wurde nichts verändert.',
    },
    migration: {
      title: 'Earshot muss seine Datenbank aktualisieren',
      body: 'Diese Earshot-Version speichert die Bibliothek in einem neueren Format (Version {{from}} → {{to}}). Die Umstellung läuft einmal und lässt sich nicht rückgängig machen. Speichern Sie vorher eine Sicherung der Bibliothek, wie sie jetzt ist.',
      backupFirst: 'Erst sichern, dann aktualisieren',
      skip: 'Ohne Sicherung aktualisieren',
      working: 'Sicherung wird geschrieben …',
      cancelled: 'Die Sicherung wurde nicht gespeichert. Speichern Sie sie oder aktualisieren Sie ohne Sicherung.',
      failed: 'Die Sicherung konnte nicht geschrieben werden: {{message}}',
    },
    startup: {
      discarded_one:
        'Ein Import wurde unterbrochen (Fenster geschlossen oder Earshot beendet) und verworfen. Ihre Bibliothek ist genau so wie vor diesem Import. Importieren Sie die Dateien einfach noch einmal – doppelt wird nichts übernommen.',
      discarded_other:
        '{{count}} Importe wurden unterbrochen und verworfen. Ihre Bibliothek ist genau so wie vor diesen Importen. Importieren Sie die Dateien einfach noch einmal – doppelt wird nichts übernommen.',
      restoreBroken:
        'Eine Wiederherstellung wurde unterbrochen. Die halb zurückgespielte Bibliothek wurde entfernt; spielen Sie die Sicherung erneut ein.',
      restored_one: 'Die Sicherung wurde zurückgespielt: {{count}} Aufnahme.',
      restored_other: 'Die Sicherung wurde zurückgespielt: {{count}} Aufnahmen.',
      restoreFailed:
        'Die Sicherung ließ sich nicht zurückspielen: {{message}} Die Bibliothek ist leer; sonst wurde nichts verändert.',
      toImport: 'Zum Import',
      dismiss: 'Schließen',
    },
  },
};
