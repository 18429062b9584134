// What to do about each import failure, in the user's language (the technical detail stays available
// below it, in English, as the shared importers word it).
export const messages = {
  en: {
    import: {
      details: 'Technical details',
      help: {
        'zip-corrupt': 'The archive is damaged. Download it again from Amazon or Google and import the new copy.',
        'zip-truncated': 'The archive ends too early — the download was probably interrupted. Download it again.',
        'zip-crc': 'A file inside the archive does not match its checksum. Download the archive again.',
        'zip-unsafe-path':
          'The archive contains a file name that points outside the archive. Real exports never do this; it may have been tampered with.',
        'zip-symlink': 'The archive contains a link to another place on your disk. Real exports never do this.',
        'zip-nested':
          'The archive contains another archive. Unpack the inner archive first and import its files (Earshot never opens archives inside archives).',
        'zip-bomb': 'The archive would unpack to an implausible size. Earshot stopped to protect your computer.',
        'zip-too-many-entries':
          'The archive contains more files than any export does. Earshot stopped to protect your computer.',
        'zip-encrypted': 'The archive is password-protected. Unpack it with its password first, then import the files.',
        'zip-overlap':
          'The archive is built so that files overlap — a known trick of malicious archives. Earshot did not open it.',
        'csv-malformed':
          'A table in the export cannot be read (broken quotes or an extremely long line). Download the export again.',
        'json-malformed': 'A data file in the export is damaged or unusually built. Download the export again.',
        'html-malformed': 'A page in the export is not a Google “My Activity” page Earshot can read.',
        'audio-undecodable':
          'An audio file cannot be decoded. The other recordings were not imported either; remove that file and try again.',
        'too-large': 'A single file is larger than any recording or table in a real export.',
        'unknown-format':
          'Earshot did not find an Amazon, Google or Home Assistant export in these files. Check that you picked the downloaded export (all zip parts) or its folder.',
        quota: 'There is not enough free disk space. Free some space and import again; your library is unchanged.',
      },
    },
  },
  de: {
    import: {
      details: 'Technische Details',
      help: {
        'zip-corrupt':
          'Das Archiv ist beschädigt. Laden Sie es bei Amazon oder Google erneut herunter und importieren Sie die neue Kopie.',
        'zip-truncated':
          'Das Archiv endet zu früh – der Download wurde wahrscheinlich unterbrochen. Laden Sie es erneut herunter.',
        'zip-crc': 'Eine Datei im Archiv passt nicht zu ihrer Prüfsumme. Laden Sie das Archiv erneut herunter.',
        'zip-unsafe-path':
          'Das Archiv enthält einen Dateinamen, der aus dem Archiv hinaus zeigt. Echte Exporte tun das nie; es wurde vielleicht manipuliert.',
        'zip-symlink':
          'Das Archiv enthält einen Verweis auf eine andere Stelle Ihrer Festplatte. Echte Exporte tun das nie.',
        'zip-nested':
          'Das Archiv enthält ein weiteres Archiv. Entpacken Sie das innere Archiv zuerst und importieren Sie dessen Dateien (Earshot öffnet keine Archive in Archiven).',
        'zip-bomb':
          'Das Archiv würde sich auf eine unplausible Größe entpacken. Earshot hat zum Schutz Ihres Computers angehalten.',
        'zip-too-many-entries':
          'Das Archiv enthält mehr Dateien als jeder echte Export. Earshot hat zum Schutz Ihres Computers angehalten.',
        'zip-encrypted':
          'Das Archiv ist mit einem Passwort geschützt. Entpacken Sie es zuerst mit dem Passwort und importieren Sie dann die Dateien.',
        'zip-overlap':
          'Die Dateien im Archiv überlappen sich – ein bekannter Trick schädlicher Archive. Earshot hat es nicht geöffnet.',
        'csv-malformed':
          'Eine Tabelle im Export ist nicht lesbar (kaputte Anführungszeichen oder eine extrem lange Zeile). Laden Sie den Export erneut herunter.',
        'json-malformed':
          'Eine Datendatei im Export ist beschädigt oder ungewöhnlich aufgebaut. Laden Sie den Export erneut herunter.',
        'html-malformed': 'Eine Seite im Export ist keine Google-Seite „Meine Aktivitäten“, die Earshot lesen kann.',
        'audio-undecodable':
          'Eine Audiodatei lässt sich nicht dekodieren. Die übrigen Aufnahmen wurden ebenfalls nicht importiert; entfernen Sie diese Datei und versuchen Sie es erneut.',
        'too-large': 'Eine einzelne Datei ist größer als jede Aufnahme oder Tabelle eines echten Exports.',
        'unknown-format':
          'Earshot hat in diesen Dateien keinen Export von Amazon, Google oder Home Assistant gefunden. Prüfen Sie, ob Sie den heruntergeladenen Export (alle ZIP-Teile) oder seinen Ordner gewählt haben.',
        quota:
          'Es ist nicht genug Speicherplatz frei. Geben Sie Platz frei und importieren Sie erneut; Ihre Bibliothek ist unverändert.',
      },
    },
  },
};
