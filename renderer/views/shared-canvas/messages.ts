// The strings the canvas views need, as i18next-style resources (keys under views.*), so the lead can merge
// them into the app's resources; the views themselves only ever call the `t` they are given.

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export const viewMessages = {
  en: {
    'views.timeline.label': 'Recordings by room and time',
    'views.timeline.noRoom': 'No room',
    'views.timeline.private': 'private room',
    'views.timeline.lane_one': '{{lane}}: {{n}} recording',
    'views.timeline.lane_other': '{{lane}}: {{n}} recordings',
    'views.timeline.range': 'Showing {{from}} to {{to}}',
    'views.timeline.keys':
      'Keys: + and − zoom, ← and → pan, Home shows everything, ↑ and ↓ choose a room, [ and ] step through its recordings, Enter opens, B switches period selection, Esc clears it.',
    'views.timeline.brushMode': 'Select period',
    'views.timeline.fitAll': 'Show all',
    'views.timeline.zoomIn': 'Zoom in',
    'views.timeline.zoomOut': 'Zoom out',
    'views.timeline.brushed': 'Selected period {{from}} to {{to}}',
    'views.timeline.accidental': 'accidental',
    'views.timeline.foreign': 'foreign voice',
    'views.timeline.sensitive': 'sensitive',
    'views.heatmap.label': 'Recordings by weekday and hour',
    'views.heatmap.allRooms': 'All rooms',
    'views.heatmap.noRoom': 'No room',
    'views.heatmap.modeCount': 'Count',
    'views.heatmap.modeShare': 'Accidental share',
    'views.heatmap.cell': '{{weekday}}, {{from}}–{{to}}: {{count}} recordings, {{share}} accidental',
    'views.heatmap.summary': '{{room}}: {{count}} recordings, busiest {{weekday}} {{from}}',
    'views.heatmap.legendCount': 'Recordings per hour (0 to {{max}})',
    'views.heatmap.legendShare': 'Share of accidental recordings (0 % to 100 %)',
    'views.heatmap.keys': 'Arrow keys move between cells, Enter shows the recordings of a cell.',
    'views.calendar.label': 'Recordings per day',
    'views.calendar.day_one': '{{date}}: {{n}} recording',
    'views.calendar.day_other': '{{date}}: {{n}} recordings',
    'views.calendar.less': 'Less',
    'views.calendar.more': 'More',
    'views.calendar.empty': 'No recordings in this period',
    'views.calendar.keys': 'Arrow keys move by day and week, Enter shows the recordings of a day.',
  },
  de: {
    'views.timeline.label': 'Aufnahmen nach Raum und Zeit',
    'views.timeline.noRoom': 'Kein Raum',
    'views.timeline.private': 'privater Raum',
    'views.timeline.lane_one': '{{lane}}: {{n}} Aufnahme',
    'views.timeline.lane_other': '{{lane}}: {{n}} Aufnahmen',
    'views.timeline.range': 'Zeitraum {{from}} bis {{to}}',
    'views.timeline.keys':
      'Tasten: + und − zoomen, ← und → verschieben, Pos1 zeigt alles, ↑ und ↓ wählen einen Raum, [ und ] springen durch seine Aufnahmen, Enter öffnet, B schaltet die Zeitraumauswahl um, Esc hebt sie auf.',
    'views.timeline.brushMode': 'Zeitraum wählen',
    'views.timeline.fitAll': 'Alles zeigen',
    'views.timeline.zoomIn': 'Vergrößern',
    'views.timeline.zoomOut': 'Verkleinern',
    'views.timeline.brushed': 'Gewählter Zeitraum {{from}} bis {{to}}',
    'views.timeline.accidental': 'versehentlich',
    'views.timeline.foreign': 'fremde Stimme',
    'views.timeline.sensitive': 'sensibel',
    'views.heatmap.label': 'Aufnahmen nach Wochentag und Uhrzeit',
    'views.heatmap.allRooms': 'Alle Räume',
    'views.heatmap.noRoom': 'Kein Raum',
    'views.heatmap.modeCount': 'Anzahl',
    'views.heatmap.modeShare': 'Anteil versehentlich',
    'views.heatmap.cell': '{{weekday}}, {{from}}–{{to}}: {{count}} Aufnahmen, {{share}} versehentlich',
    'views.heatmap.summary': '{{room}}: {{count}} Aufnahmen, am meisten {{weekday}} {{from}}',
    'views.heatmap.legendCount': 'Aufnahmen pro Stunde (0 bis {{max}})',
    'views.heatmap.legendShare': 'Anteil versehentlicher Aufnahmen (0 % bis 100 %)',
    'views.heatmap.keys': 'Pfeiltasten wechseln die Zelle, Enter zeigt ihre Aufnahmen.',
    'views.calendar.label': 'Aufnahmen pro Tag',
    'views.calendar.day_one': '{{date}}: {{n}} Aufnahme',
    'views.calendar.day_other': '{{date}}: {{n}} Aufnahmen',
    'views.calendar.less': 'Weniger',
    'views.calendar.more': 'Mehr',
    'views.calendar.empty': 'Keine Aufnahmen in diesem Zeitraum',
    'views.calendar.keys': 'Pfeiltasten wechseln Tag und Woche, Enter zeigt die Aufnahmen des Tages.',
  },
} as const;

/** Minimal stand-in for i18next's t (plural suffixes _one/_other and {{x}} interpolation), for the dev harness. */
export function simpleTranslate(language: 'de' | 'en'): Translate {
  const table: Record<string, string> = viewMessages[language];
  return (key, options = {}) => {
    const count = options.count;
    const text =
      (typeof count === 'number' ? table[`${key}_${count === 1 ? 'one' : 'other'}`] : undefined) ?? table[key] ?? key;
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name] ?? ''));
  };
}
