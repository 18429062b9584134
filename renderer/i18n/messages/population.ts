// Strings of the note saying what the views' totals leave out (renderer/components/NotCounted.tsx).
export const messages = {
  en: {
    population: {
      lead_one: '{{n}} recording of your home',
      lead_other: '{{n}} recordings of your home',
      tail: 'not counted',
      inLibrary: 'Your library now:',
      short_one: '+{{n}} not counted',
      short_other: '+{{n}} not counted',
      foreign_one: '{{n}} from someone else’s home',
      foreign_other: '{{n}} from someone else’s home',
      why: 'Every view counts the recordings of your home. Alexa’s own prompts, training clips, a second device’s copy of the same words and recordings from someone else’s home are counted apart.',
    },
    answers: {
      kinds: {
        'other-device_one': '{{n}} heard again by a second device',
        'other-device_other': '{{n}} heard again by a second device',
      },
    },
  },
  de: {
    population: {
      lead_one: '{{n}} Aufnahme Ihres Zuhauses',
      lead_other: '{{n}} Aufnahmen Ihres Zuhauses',
      tail: 'nicht mitgezählt',
      inLibrary: 'In Ihrer Bibliothek jetzt:',
      short_one: '+{{n}} nicht mitgezählt',
      short_other: '+{{n}} nicht mitgezählt',
      foreign_one: '{{n}} aus einem fremden Zuhause',
      foreign_other: '{{n}} aus einem fremden Zuhause',
      why: 'Alle Ansichten zählen die Aufnahmen Ihres Zuhauses. Alexas eigene Ansagen, Trainings-Clips, die Kopie derselben Worte auf einem zweiten Gerät und Aufnahmen aus einem fremden Zuhause werden getrennt gezählt.',
    },
    answers: {
      kinds: {
        'other-device_one': '{{n}} von einem zweiten Gerät mitgehört',
        'other-device_other': '{{n}} von einem zweiten Gerät mitgehört',
      },
    },
  },
};
