// Time-zone abbreviations as Google's legacy My Activity HTML prints them ("Aug 25, 2020, 5:06:44 PM PDT",
// "10.12.2020, 07:44:15 MSK", "… GMT+3"): the zone at export time, anywhere in the world (docs/formats.md). A
// fixed table, because Intl only formats abbreviations and cannot parse them. Offsets in minutes east of UTC.
// Some abbreviations name several zones (CST, IST, BST, AST …): the table holds the reading Google's English
// and German pages use, and the household's own zone wins when it goes by that abbreviation at that instant.

const OFFSETS: Record<string, number> = {
  // Universal
  UTC: 0,
  UT: 0,
  GMT: 0,
  Z: 0,
  AOE: -720,
  // Europe (English and German names)
  WET: 0,
  WEST: 60,
  WEZ: 0,
  WESZ: 60,
  BST: 60,
  IST: 330,
  CET: 60,
  CEST: 120,
  MEZ: 60,
  MESZ: 120,
  EET: 120,
  EEST: 180,
  OEZ: 120,
  OESZ: 180,
  MSK: 180,
  MSD: 240,
  TRT: 180,
  FET: 180,
  SAMT: 240,
  KALT: 120,
  AZOT: -60,
  AZOST: 0,
  WGT: -120,
  WGST: -60,
  EGT: -60,
  EGST: 0,
  CVT: -60,
  // Russia and Central Asia
  YEKT: 300,
  OMST: 360,
  NOVT: 420,
  KRAT: 420,
  IRKT: 480,
  YAKT: 540,
  VLAT: 600,
  MAGT: 660,
  SAKT: 660,
  SRET: 660,
  PETT: 720,
  ANAT: 720,
  UZT: 300,
  TJT: 300,
  TMT: 300,
  KGT: 360,
  ALMT: 300,
  QYZT: 300,
  AQTT: 300,
  ORAT: 300,
  AZT: 240,
  GET: 240,
  AMT: 240,
  // Middle East and Africa
  GST: 240,
  AST: -240,
  ADT: -180,
  IRST: 210,
  IRDT: 270,
  IDT: 180,
  AFT: 270,
  PKT: 300,
  SAST: 120,
  CAT: 120,
  EAT: 180,
  WAT: 60,
  WAST: 120,
  CAST: 180,
  SCT: 240,
  MUT: 240,
  RET: 240,
  MVT: 300,
  IOT: 360,
  // South and East Asia
  NPT: 345,
  BTT: 360,
  MMT: 390,
  ICT: 420,
  WIB: 420,
  WITA: 480,
  WIT: 540,
  HKT: 480,
  SGT: 480,
  MYT: 480,
  PHT: 480,
  PHST: 480,
  CST: -360,
  JST: 540,
  KST: 540,
  HOVT: 420,
  ULAT: 480,
  CHOT: 480,
  BNT: 480,
  TLT: 540,
  // Oceania
  AWST: 480,
  ACWST: 525,
  ACST: 570,
  ACDT: 630,
  AEST: 600,
  AEDT: 660,
  LHST: 630,
  LHDT: 660,
  NZST: 720,
  NZDT: 780,
  CHAST: 765,
  CHADT: 825,
  NFT: 660,
  NFDT: 720,
  PGT: 600,
  SBT: 660,
  NCT: 660,
  VUT: 660,
  FJT: 720,
  FJST: 780,
  TOT: 780,
  WSST: 780,
  CHST: 600,
  SST: -660,
  LINT: 840,
  TVT: 720,
  MHT: 720,
  GILT: 720,
  // North America
  NST: -210,
  NDT: -150,
  EST: -300,
  EDT: -240,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  HDT: -540,
  PMST: -180,
  PMDT: -120,
  // Central and South America
  BRT: -180,
  BRST: -120,
  ART: -180,
  CLT: -240,
  CLST: -180,
  UYT: -180,
  UYST: -120,
  PYT: -240,
  PYST: -180,
  BOT: -240,
  PET: -300,
  COT: -300,
  ECT: -300,
  VET: -240,
  GYT: -240,
  SRT: -180,
  GFT: -180,
  FKST: -180,
  FNT: -120,
  ACT: -300,
  AMST: -180,
};

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
const nameFormatters = new Map<string, Intl.DateTimeFormat>();

function formatted(map: Map<string, Intl.DateTimeFormat>, zone: string, style: 'short' | 'shortOffset') {
  let f = map.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: style });
    map.set(zone, f);
  }
  return f;
}

/** Minutes east of UTC of `zone` at `utcMs`, from Intl's "GMT+5:30" form. */
function intlOffset(zone: string, utcMs: number): number | undefined {
  try {
    const name = formatted(offsetFormatters, zone, 'shortOffset')
      .formatToParts(utcMs)
      .find((p) => p.type === 'timeZoneName')?.value;
    return name ? numericOffset(name) : undefined;
  } catch {
    return undefined;
  }
}

/** "GMT+3", "UTC-04:30", "GMT+0530", "+03:00" → minutes; undefined when not of that form. */
function numericOffset(text: string): number | undefined {
  if (/^(GMT|UTC|UT)$/i.test(text)) return 0;
  const m = /^(?:GMT|UTC|UT)?\s*([+-−])(\d{1,2})(?::?(\d{2}))?$/i.exec(text.trim());
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 14 || minutes > 59) return undefined;
  return (m[1] === '+' ? 1 : -1) * (hours * 60 + minutes);
}

/** The household zone's own abbreviation at that instant ("MESZ" is not Intl's, so only English names). */
function householdReading(abbreviation: string, utcMs: number, householdZone: string): number | undefined {
  try {
    const name = formatted(nameFormatters, householdZone, 'short')
      .formatToParts(utcMs)
      .find((p) => p.type === 'timeZoneName')?.value;
    return name?.toUpperCase() === abbreviation ? intlOffset(householdZone, utcMs) : undefined;
  } catch {
    return undefined;
  }
}

const DAY_MS = 86_400_000;
/**
 * The household's reading of an abbreviation per zone, abbreviation and UTC day, when both ends of the day
 * give the same (a zone changes its name and offset at most once a day); null when they differ. Two Intl
 * calls per row were the largest cost of parsing a history's times.
 */
const dayReadings = new Map<string, number | undefined | null>();
const DAY_READINGS_MAX = 20_000;

function householdReadingOfDay(abbreviation: string, utcMs: number, householdZone: string): number | undefined {
  const day = Math.floor(utcMs / DAY_MS);
  const key = `${householdZone}\u0000${abbreviation}\u0000${day}`;
  let reading = dayReadings.get(key);
  if (reading === undefined && !dayReadings.has(key)) {
    const start = householdReading(abbreviation, day * DAY_MS, householdZone);
    reading = start === householdReading(abbreviation, (day + 1) * DAY_MS, householdZone) ? start : null;
    if (dayReadings.size >= DAY_READINGS_MAX) dayReadings.clear();
    dayReadings.set(key, reading);
  }
  return reading === null ? householdReading(abbreviation, utcMs, householdZone) : reading;
}

/**
 * Minutes east of UTC for a zone abbreviation or a numeric "GMT+3" form, or undefined when it is unknown.
 * `approxUtcMs` (the wall time read as UTC is close enough) and `householdZone` settle ambiguous names.
 */
export function zoneAbbreviationOffset(
  abbreviation: string,
  approxUtcMs?: number,
  householdZone?: string,
): number | undefined {
  const key = abbreviation.trim().toUpperCase();
  if (!key) return undefined;
  const numeric = numericOffset(key);
  if (numeric !== undefined) return numeric;
  if (approxUtcMs !== undefined && householdZone) {
    const own = householdReadingOfDay(key, approxUtcMs, householdZone);
    if (own !== undefined) return own;
  }
  return OFFSETS[key];
}

export const ZONE_ABBREVIATIONS: Readonly<Record<string, number>> = OFFSETS;
