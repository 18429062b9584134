// Import failures added by the bounded-work and zip-integrity checks (see docs/reliability.md).
export const messages = {
  en: {
    import: {
      errors: {
        'zip-name-mismatch': 'This archive names a file in two different ways',
        'table-too-wide': 'A table in this export has far too many columns',
        'table-too-large': 'A table in this export is too large',
      },
      help: {
        'zip-name-mismatch':
          'Inside the archive, a file carries one name in its own header and another in the table of contents. Real exports never do this; the archive may have been tampered with, so Earshot did not open it.',
        'table-too-wide':
          'A table (CSV) or data file (JSON) has thousands of columns or different field names. No export looks like that; Earshot stopped before it could slow down your computer. Check that you picked the downloaded export.',
        'table-too-large':
          'A single table would need more memory than any real export. Earshot stopped to protect your computer; split the file or import the export as downloaded.',
      },
    },
  },
  de: {
    import: {
      errors: {
        'zip-name-mismatch': 'Dieses Archiv nennt eine Datei auf zwei verschiedene Arten',
        'table-too-wide': 'Eine Tabelle in diesem Export hat viel zu viele Spalten',
        'table-too-large': 'Eine Tabelle in diesem Export ist zu groß',
      },
      help: {
        'zip-name-mismatch':
          'Eine Datei im Archiv trägt in ihrem eigenen Kopf einen anderen Namen als im Inhaltsverzeichnis. Echte Exporte tun das nie; das Archiv wurde vielleicht manipuliert, daher hat Earshot es nicht geöffnet.',
        'table-too-wide':
          'Eine Tabelle (CSV) oder Datendatei (JSON) hat Tausende Spalten oder verschiedene Feldnamen. So sieht kein Export aus; Earshot hat angehalten, bevor Ihr Computer langsam wird. Prüfen Sie, ob Sie den heruntergeladenen Export gewählt haben.',
        'table-too-large':
          'Eine einzelne Tabelle bräuchte mehr Speicher als jeder echte Export. Earshot hat zum Schutz Ihres Computers angehalten; teilen Sie die Datei oder importieren Sie den Export so, wie er heruntergeladen wurde.',
      },
    },
  },
};
