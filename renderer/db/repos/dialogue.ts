// The turns of a capture's dialogue: a follow-up turn ("ja", a title) points at the turn it answers with
// `dialogueOf`, seconds later on the same device (docs/taxonomy.md). Read through the [deviceId+ts] index
// around the capture, then kept to the chain of links that contains it.

import { DIALOGUE_GAP_MS } from '../../../shared/classify/dialogue';
import type { Capture } from '../../../shared/model';
import { getDb, type ClipRow } from '../db';
import { visibleClips } from './library';

/** A chain of this many turns, each up to the dialogue gap after the one before, still fits the window. */
const WINDOW_MS = 16 * DIALOGUE_GAP_MS;

/** Every turn of `clip`'s dialogue in time order (itself included), or [] when it is no dialogue. */
export async function getDialogue(clip: Pick<Capture, 'id' | 'ts' | 'deviceId' | 'dialogueOf'>): Promise<ClipRow[]> {
  if (!clip.deviceId) return [];
  const nearby = await visibleClips(
    getDb()
      .clips.where('[deviceId+ts]')
      .between([clip.deviceId, clip.ts - WINDOW_MS], [clip.deviceId, clip.ts + WINDOW_MS], true, true),
  ).toArray();
  return dialogueTurns(nearby, clip.id);
}

/** The turns linked to `id` by `dialogueOf`, in time order; [] when `id` neither follows nor is followed. */
export function dialogueTurns<T extends Pick<Capture, 'id' | 'ts' | 'dialogueOf'>>(
  rows: readonly T[],
  id: string,
): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const rootOf = (row: T): string => {
    let current = row;
    for (let hops = 0; current.dialogueOf && hops < rows.length; hops++) {
      const previous = byId.get(current.dialogueOf);
      if (!previous) break;
      current = previous;
    }
    return current.id;
  };
  const self = byId.get(id);
  if (!self) return [];
  const root = rootOf(self);
  const turns = rows.filter((r) => rootOf(r) === root).sort((a, b) => a.ts - b.ts);
  return turns.length > 1 ? turns : [];
}
