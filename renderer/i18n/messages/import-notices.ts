// Import notices in the user's language: one text per notice code of shared/importers/notices.ts, with the
// values the importer gave (the file's short name as {{name}}; its full path is shown on hover).
export const messages = {
  en: {
    importNotices: {
      'time-unreadable-line': 'Line {{line, number}}: no readable time (“{{value}}”); the line was skipped.',
      'time-unreadable-entry': 'Entry {{line, number}} has no readable time and was skipped.',
      'record-without-time': 'Record {{line, number}} has no time and was skipped.',
      'sentinel-rows_one': '{{count, number}} row held only “Data Not Available” and was skipped.',
      'sentinel-rows_other': '{{count, number}} rows held only “Data Not Available” and were skipped.',
      'audio-without-time':
        '“{{name}}” has no time in its name, so Earshot cannot tell when it was recorded; it was skipped.',
      'audio-not-playable': '“{{name}}” is named like audio but is not a playable audio file; it was skipped.',
      'audio-listed-missing': 'The audio “{{audio}}” listed for “{{title}}” is not in the export.',
      'audio-ambiguous':
        'Two audio files are about equally close in time to “{{transcript}}”; the nearer one was linked, the other stays a recording of its own.',
      'duplicate-record': 'The same record appears twice; it was imported once.',
      'no-mtime': '“{{name}}” has no modification time, so Earshot cannot date it; it was skipped.',
      'no-time': '“{{name}}” has no time in its name and no modification time; it was skipped.',
      'not-audio':
        '“{{name}}” is not a playable audio file (WAV, MP3, Ogg or FLAC); it may be damaged. It was skipped.',
      'unknown-record-type_one':
        '{{count, number}} record of the type “{{type}}”, which Earshot does not know, was kept apart — it is not counted as a recording of your home.',
      'unknown-record-type_other':
        '{{count, number}} records of the type “{{type}}”, which Earshot does not know, were kept apart — they are not counted as recordings of your home.',
      'unknown-zone_one':
        'The time zone “{{zone}}” is unknown; {{count, number}} entry was read as your local time and may be off by hours.',
      'unknown-zone_other':
        'The time zone “{{zone}}” is unknown; {{count, number}} entries were read as your local time and may be off by hours.',
      'zoneless-times_one':
        '{{count, number}} entry of this older export names no time zone; it was read as UTC, as Google wrote such times before 2018.',
      'zoneless-times_other':
        '{{count, number}} entries of this older export name no time zone; they were read as UTC, as Google wrote such times before 2018.',
      'audio-unrecognised': '“{{name}}” is not audio Earshot can recognise; the recording is kept without audio.',
      'audio-decode-failed': '“{{name}}” could not be decoded; the recording keeps its audio but has no waveform.',
      'activity-description-unreadable':
        'Activity {{line, number}}: its description cannot be read; the activity was kept without its text.',
    },
  },
  de: {
    importNotices: {
      'time-unreadable-line': 'Zeile {{line, number}}: keine lesbare Zeit („{{value}}“); die Zeile wurde übersprungen.',
      'time-unreadable-entry': 'Eintrag {{line, number}} hat keine lesbare Zeit und wurde übersprungen.',
      'record-without-time': 'Datensatz {{line, number}} hat keine Zeit und wurde übersprungen.',
      'sentinel-rows_one': '{{count, number}} Zeile enthielt nur „Data Not Available“ und wurde übersprungen.',
      'sentinel-rows_other': '{{count, number}} Zeilen enthielten nur „Data Not Available“ und wurden übersprungen.',
      'audio-without-time':
        '„{{name}}“ trägt keine Zeit im Namen, Earshot kann nicht sagen, wann sie aufgenommen wurde; sie wurde übersprungen.',
      'audio-not-playable':
        '„{{name}}“ heißt wie eine Audiodatei, lässt sich aber nicht abspielen; sie wurde übersprungen.',
      'audio-listed-missing': 'Die Audiodatei „{{audio}}“ zu „{{title}}“ fehlt im Export.',
      'audio-ambiguous':
        'Zwei Audiodateien liegen zeitlich etwa gleich nah an „{{transcript}}“; die nähere wurde verknüpft, die andere bleibt eine eigene Aufnahme.',
      'duplicate-record': 'Derselbe Datensatz steht zweimal im Export; er wurde einmal übernommen.',
      'no-mtime':
        '„{{name}}“ hat kein Änderungsdatum, Earshot kann die Aufnahme nicht datieren; sie wurde übersprungen.',
      'no-time': '„{{name}}“ hat weder eine Zeit im Namen noch ein Änderungsdatum; die Datei wurde übersprungen.',
      'not-audio':
        '„{{name}}“ ist keine abspielbare Audiodatei (WAV, MP3, Ogg oder FLAC) und vielleicht beschädigt. Sie wurde übersprungen.',
      'unknown-record-type_one':
        '{{count, number}} Datensatz vom Typ „{{type}}“, den Earshot nicht kennt, wurde getrennt aufbewahrt – er zählt nicht als Aufnahme Ihres Zuhauses.',
      'unknown-record-type_other':
        '{{count, number}} Datensätze vom Typ „{{type}}“, den Earshot nicht kennt, wurden getrennt aufbewahrt – sie zählen nicht als Aufnahmen Ihres Zuhauses.',
      'unknown-zone_one':
        'Die Zeitzone „{{zone}}“ ist unbekannt; {{count, number}} Eintrag wurde als Ihre Ortszeit gelesen und kann um Stunden abweichen.',
      'unknown-zone_other':
        'Die Zeitzone „{{zone}}“ ist unbekannt; {{count, number}} Einträge wurden als Ihre Ortszeit gelesen und können um Stunden abweichen.',
      'zoneless-times_one':
        '{{count, number}} Eintrag dieses älteren Exports nennt keine Zeitzone; er wurde als UTC gelesen, wie Google solche Zeiten vor 2018 schrieb.',
      'zoneless-times_other':
        '{{count, number}} Einträge dieses älteren Exports nennen keine Zeitzone; sie wurden als UTC gelesen, wie Google solche Zeiten vor 2018 schrieb.',
      'audio-unrecognised': '„{{name}}“ ist kein Audio, das Earshot erkennt; die Aufnahme bleibt ohne Ton erhalten.',
      'audio-decode-failed':
        '„{{name}}“ ließ sich nicht dekodieren; die Aufnahme behält ihren Ton, hat aber keine Wellenform.',
      'activity-description-unreadable':
        'Aktivität {{line, number}}: Ihre Beschreibung ist nicht lesbar; die Aktivität wurde ohne Text übernommen.',
    },
  },
};
