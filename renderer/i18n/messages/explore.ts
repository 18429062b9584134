// Strings of the timeline and heatmap screens (the canvas views bring their own in views/).
export const messages = {
  en: {
    timeline: { filterToPeriod: 'Show only this period', legend: 'Colours of the marks' },
    heatmaps: { calendar: 'Recordings per day' },
  },
  de: {
    timeline: { filterToPeriod: 'Nur diesen Zeitraum zeigen', legend: 'Farben der Markierungen' },
    heatmaps: { calendar: 'Aufnahmen pro Tag' },
  },
};
