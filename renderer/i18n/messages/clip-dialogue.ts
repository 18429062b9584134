// Strings of the clip panel's provider intent ("Amazon: Music / PlayMusicIntent"), where its category came
// from, and the turns of its dialogue.
export const messages = {
  en: {
    clipIntent: {
      label: 'Provider’s intent',
      amazon: 'Amazon: {{name}}',
      google: 'Google: {{name}}',
      source: {
        provider: 'Category from Amazon’s own intent',
        dialogue: 'Category from the dialogue this turn answers',
        noText: 'No text for the classifier to read',
      },
    },
    clipDialogue: {
      label: 'Dialogue',
      list: 'The turns of this dialogue',
      current: 'this turn',
      followUp: 'answers the turn before',
      open: 'Open the turn of {{time}}',
      noText: 'no text',
    },
  },
  de: {
    clipIntent: {
      label: 'Absicht laut Anbieter',
      amazon: 'Amazon: {{name}}',
      google: 'Google: {{name}}',
      source: {
        provider: 'Kategorie aus Amazons eigener Absicht',
        dialogue: 'Kategorie aus dem Dialog, auf den diese Äußerung antwortet',
        noText: 'Kein Text, den der Klassifikator lesen könnte',
      },
    },
    clipDialogue: {
      label: 'Dialog',
      list: 'Die Äußerungen dieses Dialogs',
      current: 'diese Äußerung',
      followUp: 'antwortet auf die vorige',
      open: 'Äußerung von {{time}} öffnen',
      noText: 'kein Text',
    },
  },
};
