// Strings that say what the exports leave unknown (the overview's accidental card when no export can tell).
export const messages = {
  en: {
    answers: {
      withoutReason_one: '{{n}} recording has no text, and no export says why',
      withoutReason_other: '{{n}} recordings have no text, and no export says why',
    },
  },
  de: {
    answers: {
      withoutReason_one: '{{n}} Aufnahme ohne Text, und kein Export sagt, warum',
      withoutReason_other: '{{n}} Aufnahmen ohne Text, und kein Export sagt, warum',
    },
  },
};
