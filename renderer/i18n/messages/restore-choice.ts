// Strings of restoring a backup into a library that already holds recordings.
export const messages = {
  en: {
    restoreChoice: {
      help: 'Restoring into this library replaces it; you see both sides’ counts before anything changes.',
      title: 'Your library is not empty. Replace it with the backup?',
      current: 'Library now',
      backup: 'Backup',
      recordings: 'Recordings',
      requests: 'Requests',
      mergeHint:
        'To combine both instead, keep this library and import the original exports of the backup again: the same recordings are recognised and not added twice.',
      replace: 'Replace the library with the backup',
    },
  },
  de: {
    restoreChoice: {
      help: 'Eine Wiederherstellung ersetzt diese Bibliothek; Sie sehen vorher die Zahlen beider Seiten.',
      title: 'Ihre Bibliothek ist nicht leer. Durch die Sicherung ersetzen?',
      current: 'Bibliothek jetzt',
      backup: 'Sicherung',
      recordings: 'Aufnahmen',
      requests: 'Anfragen',
      mergeHint:
        'Um beides zusammenzuführen, behalten Sie diese Bibliothek und importieren Sie die Original-Exporte der Sicherung erneut: dieselben Aufnahmen werden erkannt und nicht doppelt angelegt.',
      replace: 'Bibliothek durch die Sicherung ersetzen',
    },
  },
};
