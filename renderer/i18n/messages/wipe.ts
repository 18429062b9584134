// Strings for the record cap of one import and for what a browser keeps after "Delete the whole library"
// (see docs/reliability.md, "Bounded work" and "Deletion").
export const messages = {
  en: {
    import: {
      errors: { 'too-many-records': 'This export holds more records than one import can take' },
      help: {
        'too-many-records':
          'Earshot imports at most 200,000 voice records at once, so that your computer does not run out of memory. Download the voice history in parts (for example one year at a time) and import them one after the other; records already imported are recognised and not doubled.',
      },
    },
    wipe: {
      browserLeftovers:
        'Your browser may still keep the deleted entries in its own files until it tidies them up. Earshot removed everything a web page can remove (its databases and caches). To erase the files now, delete this site’s data in your browser: in Chrome or Edge click the icon left of the address → “Site settings” → “Delete data”; in Firefox click the padlock → “Clear cookies and site data”. The desktop app does this by itself.',
    },
  },
  de: {
    import: {
      errors: { 'too-many-records': 'Dieser Export enthält mehr Einträge, als ein Import aufnehmen kann' },
      help: {
        'too-many-records':
          'Earshot importiert höchstens 200.000 Sprachaufnahmen-Einträge auf einmal, damit Ihrem Computer nicht der Speicher ausgeht. Laden Sie den Sprachverlauf in Teilen herunter (zum Beispiel jahresweise) und importieren Sie die Teile nacheinander; bereits importierte Einträge werden erkannt und nicht verdoppelt.',
      },
    },
    wipe: {
      browserLeftovers:
        'Ihr Browser kann die gelöschten Einträge noch in seinen eigenen Dateien aufbewahren, bis er sie aufräumt. Earshot hat alles entfernt, was eine Webseite entfernen kann (ihre Datenbanken und Zwischenspeicher). Um die Dateien sofort zu löschen, löschen Sie die Daten dieser Website im Browser: in Chrome oder Edge auf das Symbol links neben der Adresse → „Website-Einstellungen“ → „Daten löschen“; in Firefox auf das Schloss → „Cookies und Website-Daten löschen“. Die Desktop-App erledigt das selbst.',
    },
  },
};
