// Strings for work still running in the background: overview numbers that can still change, and the
// import's remaining-time estimate before it can be given.
export const messages = {
  en: {
    progress: {
      pending: 'still being computed…',
      pendingHint:
        'The analysis of this import is still running (voices, flags). This number can still change; it is final when the mark disappears.',
      estimating: 'estimating…',
      estimatingHint: 'The remaining time can be estimated once a tenth of the work is done.',
    },
  },
  de: {
    progress: {
      pending: 'wird noch berechnet…',
      pendingHint:
        'Die Analyse dieses Imports läuft noch (Stimmen, Markierungen). Diese Zahl kann sich noch ändern; sie ist endgültig, wenn der Hinweis verschwindet.',
      estimating: 'wird geschätzt…',
      estimatingHint: 'Die Restzeit lässt sich schätzen, sobald ein Zehntel der Arbeit getan ist.',
    },
  },
};
