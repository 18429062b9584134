// Command groups ("the same command said many times") as the Groups view reads them: the groups the
// library pass stored, and the captures of one group for selection and bulk category correction.

import type { CommandGroup } from '../../../shared/classify';
import { getDb } from '../db';
import { loadGroups } from './derived';
import { visibleClips } from './library';

/** Groups, largest first (as counted by the last library pass). */
export async function listGroups(): Promise<CommandGroup[]> {
  return (await loadGroups()).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** Ids of a group's committed, not deleted, not quarantined captures. */
export async function groupClipIds(groupId: string): Promise<string[]> {
  const rows = await visibleClips(getDb().clips.where('groupId').equals(groupId)).toArray();
  return rows.filter((c) => !c.flags.includes('foreign')).map((c) => c.id);
}
