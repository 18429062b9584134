// Strings of the timeline and heatmap screens (the canvas views bring their own in views/).
export const messages = {
  en: {
    timeline: { filterToPeriod: 'Show only this period' },
    heatmaps: { calendar: 'Captures per day' },
  },
  de: {
    timeline: { filterToPeriod: 'Nur diesen Zeitraum zeigen' },
    heatmaps: { calendar: 'Aufnahmen pro Tag' },
  },
};
