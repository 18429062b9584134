// English UI text. de.ts must have exactly the same keys (checked by the type below and a unit test).

export const en = {
  app: { name: 'Earshot', tagline: 'Everything your smart speakers heard — on your computer only.' },
  nav: {
    library: 'Library',
    import: 'Import',
    timeline: 'Timeline',
    heatmaps: 'Heatmaps',
    clips: 'Clips',
    groups: 'Command groups',
    voices: 'Voices',
    quarantine: 'Not ours',
    devices: 'Devices & rooms',
    requests: 'Requests',
    reports: 'Reports',
    settings: 'Settings',
    main: 'Main navigation',
    offline: 'Offline — nothing leaves this computer',
  },
  empty: {
    title: 'Your library is empty',
    lead: 'Earshot shows you what Alexa, Google Assistant or Home Assistant recorded in your home — by room and time, with the audio. First, get a copy of your data:',
    amazonTitle: 'Amazon Alexa',
    amazonSteps:
      'On amazon.de open “Account & Lists → Your Account → Request your data”, choose “Alexa” (or all categories) and confirm the e-mail. After a few days you can download several “All Data Categories” zip files. Keep all parts together.',
    googleTitle: 'Google Assistant',
    googleSteps:
      'Open takeout.google.com, deselect all, select “My Activity” and, under its options, “Assistant” — JSON format includes the audio files. Download the zip when Google e-mails you.',
    haTitle: 'Home Assistant',
    haSteps:
      'Set “debug_recording_dir” under assist_pipeline in configuration.yaml; Earshot imports that folder of recordings (or any folder of audio files).',
    importAction: 'Import exports…',
    demoAction: 'Try Earshot with a demo household',
    privacy: 'Your files are read on this computer. Earshot never uploads, never phones home and makes no network connection.',
  },
  settings: {
    title: 'Settings',
    language: 'Language',
    languageSystem: 'Like the system ({{language}})',
    theme: 'Appearance',
    themeSystem: 'Like the system',
    themeLight: 'Light',
    themeDark: 'Dark',
    timeZone: 'Household time zone',
    timeZoneHelp: 'Times, night flags and heatmaps use this zone, with daylight saving time.',
    data: 'Your data',
    dataWhere:
      'Everything Earshot imports is stored in this app’s own database on this computer (IndexedDB in the app profile). Deleting the library removes audio, transcripts and everything derived from them.',
    deleteLibrary: 'Delete the whole library…',
    deleteConfirm: 'Delete all {{count}} captures, their audio and all requests from this computer? This cannot be undone.',
    deleted: 'The library was deleted.',
    version: 'Version',
  },
  common: {
    cancel: 'Cancel',
    delete: 'Delete',
    close: 'Close',
    save: 'Save',
    loading: 'Loading…',
    captures_one: '{{count}} capture',
    captures_other: '{{count}} captures',
  },
  languages: { de: 'Deutsch', en: 'English' },
};

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
export type Messages = DeepStrings<typeof en>;
