// Room inference from device names, German and English ("Echo Küche" → kitchen, "Mias Zimmer" → kids).
// Users rename devices freely, so this is only a first guess that the Devices & rooms screen corrects.

import type { Room, RoomKind } from './model';
import { PRIVATE_ROOM_KINDS } from './model';
import { stableId } from './ids';

export interface RoomGuess {
  /** The room as the device name spells it ("Küche", "Mias Zimmer", "Living Room"). */
  name: string;
  kind: RoomKind;
}

// Order matters: compound German words ("Wohnzimmer", "Kinderzimmer") before the generic "<Name>s Zimmer".
const RULES: { kind: RoomKind; pattern: RegExp }[] = [
  { kind: 'kids', pattern: /(kinderzimmer|kinder ?zimmer|kids'? ?room|nursery|playroom|spielzimmer|kids)/iu },
  {
    kind: 'bedroom',
    pattern: /(schlafzimmer|elternschlafzimmer|schlafraum|master bedroom|bedroom|guest room|gästezimmer)/iu,
  },
  { kind: 'living', pattern: /(wohnzimmer|wohnküche|wohnbereich|living ?room|lounge|family room|stube|sitzbereich)/iu },
  { kind: 'kitchen', pattern: /(küche|kueche|kitchen|cuisine)/iu },
  {
    kind: 'bathroom',
    pattern: /(badezimmer|gäste-?wc|bathroom|toilette|toilet|restroom|(?<![\p{L}])(?:bad|wc|bath)(?![\p{L}]))/iu,
  },
  { kind: 'office', pattern: /(arbeitszimmer|büro|buero|home ?office|office|study)/iu },
  {
    kind: 'hallway',
    pattern: /(flur|diele|hallway|corridor|eingang|entrance|treppenhaus|(?<![\p{L}])hall(?![\p{L}]))/iu,
  },
  // "Mias Zimmer", "Tom's room": a person's room is a child's room in a family household.
  { kind: 'kids', pattern: /(\p{Lu}\p{Ll}+(?:s|'s|’s) (?:[Zz]immer|[Rr]oom))/u },
];

export function inferRoom(deviceName: string | undefined): RoomGuess | undefined {
  if (!deviceName) return undefined;
  const name = deviceName.normalize('NFC');
  for (const rule of RULES) {
    const match = rule.pattern.exec(name);
    if (match?.[1]) return { name: capitalise(match[1]), kind: rule.kind };
  }
  return undefined;
}

/** Room ids are derived from the (case-folded) room name so the same name from two sources is one room. */
export function roomIdFor(name: string): string {
  return `room-${stableId('room', name.normalize('NFC').toLowerCase().trim())}`;
}

export function roomFromGuess(guess: RoomGuess): Room {
  return {
    id: roomIdFor(guess.name),
    name: guess.name,
    kind: guess.kind,
    private: PRIVATE_ROOM_KINDS.includes(guess.kind),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('de') + text.slice(1);
}
