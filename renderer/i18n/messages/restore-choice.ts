// Strings of restoring a backup into a library that already holds recordings.
export const messages = {
  en: {
    restoreChoice: {
      help: 'Restoring into this library: you see both sides’ counts first, then merge or replace.',
      title: 'Your library is not empty. Merge the backup into it, or replace it?',
      inBackup: 'Recordings in the backup',
      inLibrary: 'Recordings in the library now',
      same: 'The same recordings in both',
      deleted: 'In the backup, but deleted from this library since (a merge keeps them deleted)',
      merge: 'Merge',
      mergeResult:
        'adds the {{added}} recordings the library lacks (and requests, selections and voices it lacks); the same recording is never added twice. The library then holds {{total}}.',
      mergeResult_zero:
        'adds nothing: every recording of the backup is already in the library (or was deleted from it). Requests, selections and voices it lacks are added.',
      replace: 'Replace',
      replaceResult:
        'the library becomes exactly the backup: {{total}} recordings. {{lost}} recordings that are only in the library now are deleted.',
      replaceResult_zero: 'the library becomes exactly the backup: {{total}} recordings.',
      merging: 'Merging … {{done}} of {{total}} parts',
      replacing: 'Replacing … {{done}} of {{total}} parts',
      safe: 'Until the restore is complete, nothing in the library changes: cancelling or an error leaves it as it is.',
      merged: 'Merged: {{added}} recordings added. The library now holds {{total}} recordings.',
      replaced: 'Replaced: the library now holds the backup’s {{total}} recordings.',
      cancelled: 'Restore cancelled. The library is unchanged.',
    },
  },
  de: {
    restoreChoice: {
      help: 'Wiederherstellen in diese Bibliothek: Sie sehen zuerst die Zahlen beider Seiten und wählen dann Zusammenführen oder Ersetzen.',
      title: 'Ihre Bibliothek ist nicht leer. Sicherung zusammenführen oder Bibliothek ersetzen?',
      inBackup: 'Aufnahmen in der Sicherung',
      inLibrary: 'Aufnahmen in der Bibliothek jetzt',
      same: 'Dieselben Aufnahmen in beiden',
      deleted:
        'In der Sicherung, aber seither aus dieser Bibliothek gelöscht (beim Zusammenführen bleiben sie gelöscht)',
      merge: 'Zusammenführen',
      mergeResult:
        'fügt die {{added}} Aufnahmen hinzu, die der Bibliothek fehlen (und fehlende Anfragen, Auswahlen und Stimmen); dieselbe Aufnahme kommt nie doppelt. Danach enthält die Bibliothek {{total}}.',
      mergeResult_zero:
        'fügt keine Aufnahme hinzu: Jede Aufnahme der Sicherung ist schon in der Bibliothek (oder wurde daraus gelöscht). Fehlende Anfragen, Auswahlen und Stimmen kommen hinzu.',
      replace: 'Ersetzen',
      replaceResult:
        'die Bibliothek wird genau die Sicherung: {{total}} Aufnahmen. {{lost}} Aufnahmen, die nur in der Bibliothek sind, werden gelöscht.',
      replaceResult_zero: 'die Bibliothek wird genau die Sicherung: {{total}} Aufnahmen.',
      merging: 'Zusammenführen … {{done}} von {{total}} Teilen',
      replacing: 'Ersetzen … {{done}} von {{total}} Teilen',
      safe: 'Bis die Wiederherstellung vollständig ist, ändert sich an der Bibliothek nichts: Abbrechen oder ein Fehler lässt sie, wie sie ist.',
      merged: 'Zusammengeführt: {{added}} Aufnahmen hinzugefügt. Die Bibliothek enthält jetzt {{total}} Aufnahmen.',
      replaced: 'Ersetzt: Die Bibliothek enthält jetzt die {{total}} Aufnahmen der Sicherung.',
      cancelled: 'Wiederherstellung abgebrochen. Die Bibliothek ist unverändert.',
    },
  },
};
