// Strings of the "Not ours" banner and the quarantine's groups by device: the evidence and the score in words.
export const messages = {
  en: {
    strangers: {
      banner_one: '{{n}} recording from {{devices}}, {{span}}, is not from your household.',
      banner_other: '{{n}} recordings from {{devices}}, {{span}}, are not from your household.',
      devices_one: '{{n}} unknown device',
      devices_other: '{{n}} unknown devices',
      hidden: 'They are hidden from every other view and counted apart.',
      provisional:
        'Your export itself says so (another account or a device not registered to you); the voice analysis may still refine it.',
      provisionalLong:
        'Found by the export’s own evidence: another account or an unregistered device. The voice analysis is still running and may return some of them to your library.',
      whatNow: 'What now?',
      cleared_one:
        'The voice analysis has matched the recording from {{devices}} to your household’s voices. It stays in your library.',
      cleared_other:
        'The voice analysis has matched the {{n}} recordings from {{devices}} to your household’s voices. They stay in your library.',
      clearedDevices_one: 'a device not registered to you',
      clearedDevices_other: '{{n}} devices not registered to you',
      clearedAccount: 'another account',
      groupTitle_one: '{{device}}: {{n}} recording, {{span}}',
      groupTitle_other: '{{device}}: {{n}} recordings, {{span}}',
      selectGroup: 'Select all recordings of {{device}}',
      showRecordings_one: 'Show the recording',
      showRecordings_other: 'Show the {{n}} recordings',
      reasonTitle: {
        'account-mismatch': 'Another account.',
        'device-unregistered': 'A device you do not have.',
        'voice-unknown': 'Unknown voices.',
        'room-unknown': 'A room you do not have.',
        'content-unfamiliar': 'Unfamiliar names.',
      },
      reasonExplain: {
        'account-mismatch':
          'The provider’s record names a customer account that is not the one your export was made for. This is the strongest sign.',
        'device-unregistered':
          'The device is missing from the list of devices registered to your account, which is part of the same export.',
        'voice-unknown': 'The voices in these recordings match none of the voices heard on your own devices.',
        'room-unknown': 'The recordings name a room that none of your devices is in.',
        'content-unfamiliar': 'They mention people or places never mentioned in your other recordings.',
      },
      band: {
        certain_one: '{{n}} almost certainly not yours (two independent signs)',
        certain_other: '{{n}} almost certainly not yours (two independent signs)',
        likely_one: '{{n}} probably not yours',
        likely_other: '{{n}} probably not yours',
        possible_one: '{{n}} possibly not yours — please check',
        possible_other: '{{n}} possibly not yours — please check',
      },
      bandOne: {
        certain: 'almost certainly not yours',
        likely: 'probably not yours',
        possible: 'possibly not yours — please check',
      },
      listen: 'Listen to check',
      listenNote:
        'This is probably someone else’s home. Listen only as much as you need to decide; nothing plays until you press play.',
      noAudio: 'No audio in the export — only the evidence above.',
    },
  },
  de: {
    strangers: {
      banner_one: '{{n}} Aufnahme von {{devices}}, {{span}}, stammt nicht aus Ihrem Haushalt.',
      banner_other: '{{n}} Aufnahmen von {{devices}}, {{span}}, stammen nicht aus Ihrem Haushalt.',
      devices_one: '{{n}} fremden Gerät',
      devices_other: '{{n}} fremden Geräten',
      hidden: 'Sie sind in allen anderen Ansichten ausgeblendet und werden getrennt gezählt.',
      provisional:
        'Das sagt Ihr Export selbst (anderes Konto oder ein nicht auf Sie registriertes Gerät); die Stimmanalyse kann es noch verfeinern.',
      provisionalLong:
        'Gefunden anhand der Angaben im Export: anderes Konto oder nicht registriertes Gerät. Die Stimmanalyse läuft noch und kann einzelne Aufnahmen in Ihre Bibliothek zurückgeben.',
      whatNow: 'Was jetzt?',
      cleared_one:
        'Die Stimmanalyse hat die Aufnahme von {{devices}} den Stimmen Ihres Haushalts zugeordnet. Sie bleibt in Ihrer Bibliothek.',
      cleared_other:
        'Die Stimmanalyse hat die {{n}} Aufnahmen von {{devices}} den Stimmen Ihres Haushalts zugeordnet. Sie bleiben in Ihrer Bibliothek.',
      clearedDevices_one: 'einem nicht auf Sie registrierten Gerät',
      clearedDevices_other: '{{n}} nicht auf Sie registrierten Geräten',
      clearedAccount: 'einem anderen Konto',
      groupTitle_one: '{{device}}: {{n}} Aufnahme, {{span}}',
      groupTitle_other: '{{device}}: {{n}} Aufnahmen, {{span}}',
      selectGroup: 'Alle Aufnahmen von {{device}} auswählen',
      showRecordings_one: 'Die Aufnahme zeigen',
      showRecordings_other: 'Die {{n}} Aufnahmen zeigen',
      reasonTitle: {
        'account-mismatch': 'Anderes Konto.',
        'device-unregistered': 'Ein Gerät, das Sie nicht haben.',
        'voice-unknown': 'Unbekannte Stimmen.',
        'room-unknown': 'Ein Raum, den Sie nicht haben.',
        'content-unfamiliar': 'Fremde Namen.',
      },
      reasonExplain: {
        'account-mismatch':
          'Der Datensatz des Anbieters nennt ein Kundenkonto, für das Ihr Export nicht erstellt wurde. Das ist das stärkste Zeichen.',
        'device-unregistered':
          'Das Gerät fehlt in der Liste der auf Ihr Konto registrierten Geräte, die im selben Export steht.',
        'voice-unknown': 'Die Stimmen in diesen Aufnahmen passen zu keiner Stimme von Ihren eigenen Geräten.',
        'room-unknown': 'Die Aufnahmen nennen einen Raum, in dem keines Ihrer Geräte steht.',
        'content-unfamiliar': 'Sie erwähnen Personen oder Orte, die in Ihren anderen Aufnahmen nie vorkommen.',
      },
      band: {
        certain_one: '{{n}} fast sicher nicht Ihre (zwei unabhängige Hinweise)',
        certain_other: '{{n}} fast sicher nicht Ihre (zwei unabhängige Hinweise)',
        likely_one: '{{n}} wahrscheinlich nicht Ihre',
        likely_other: '{{n}} wahrscheinlich nicht Ihre',
        possible_one: '{{n}} möglicherweise nicht Ihre — bitte prüfen',
        possible_other: '{{n}} möglicherweise nicht Ihre — bitte prüfen',
      },
      bandOne: {
        certain: 'fast sicher nicht Ihre',
        likely: 'wahrscheinlich nicht Ihre',
        possible: 'möglicherweise nicht Ihre — bitte prüfen',
      },
      listen: 'Anhören, um zu prüfen',
      listenNote:
        'Das ist vermutlich das Zuhause anderer Menschen. Hören Sie nur so viel, wie Sie für die Entscheidung brauchen; nichts spielt, bevor Sie auf Wiedergabe drücken.',
      noAudio: 'Im Export ist kein Ton dazu — nur die Hinweise oben.',
    },
  },
};
