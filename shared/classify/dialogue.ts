// Follow-up turns of a dialogue: a real Alexa dialogue leaves "ja", "nein", a name or a title as records of their
// own, seconds after the request on the same device. Alone they mean nothing; with the turn before they belong
// to its category (docs/taxonomy.md). Pure and batch-free: give it any time-sorted run of captures (one import
// batch, or the whole library across batches) and it says which turns follow which.

import type { Category } from '../model';

export interface DialogueTurn {
  id: string;
  ts: number;
  deviceId?: string;
  transcript?: string;
  /** The turn's category so far (from the user, the provider or its own text). */
  category: Category;
  /** Confidence of the turn's own text classification (0..1). */
  confidence: number;
  /** The category is settled (a user correction or the provider's intent): it may lead a dialogue, never follow. */
  fixed?: boolean;
}

export interface DialogueLink {
  id: string;
  /** The turn this one answers. */
  dialogueOf: string;
  /** The category it takes from the dialogue. */
  category: Category;
}

export interface DialogueOptions {
  /** Max gap to the previous turn on the same device. */
  maxGapMs?: number;
  /** Max words of a follow-up ("ja", "nein", "die zweite", a song title). */
  maxWords?: number;
  /** A turn whose own text is at least this confident (and says more than yes/no chit-chat) keeps its category. */
  confident?: number;
}

export const DIALOGUE_GAP_MS = 8_000;
const MAX_WORDS = 4;
const CONFIDENT = 0.85;

/** Which turns follow another; `turns` must be sorted by time. A chain (request, "ja", "die zweite") follows its first turn's category. */
export function followUpTurns(turns: readonly DialogueTurn[], options: DialogueOptions = {}): DialogueLink[] {
  const maxGap = options.maxGapMs ?? DIALOGUE_GAP_MS;
  const maxWords = options.maxWords ?? MAX_WORDS;
  const confident = options.confident ?? CONFIDENT;
  const lastOnDevice = new Map<string, { id: string; ts: number; category: Category }>();
  const links: DialogueLink[] = [];
  for (const turn of turns) {
    if (!turn.deviceId) continue;
    const previous = lastOnDevice.get(turn.deviceId);
    let category = turn.category;
    const words = turn.transcript?.trim().split(/\s+/).filter(Boolean).length ?? 0;
    // Yes/no and fragments come out as confident chit-chat or as unclear: neither is the turn's own meaning.
    const ownMeaning = turn.category !== 'unclear' && turn.category !== 'chitchat' && turn.confidence >= confident;
    if (
      previous &&
      !turn.fixed &&
      turn.ts - previous.ts > 0 &&
      turn.ts - previous.ts <= maxGap &&
      words > 0 &&
      words <= maxWords &&
      !ownMeaning &&
      previous.category !== 'unclear'
    ) {
      category = previous.category;
      links.push({ id: turn.id, dialogueOf: previous.id, category });
    }
    lastOnDevice.set(turn.deviceId, { id: turn.id, ts: turn.ts, category });
  }
  return links;
}
