// The household's copy of the controller table (shared/gdpr/controllers.ts): addresses change, so the user may
// correct name, postal address and e-mail of each controller. Only the edits are stored (settings key
// `gdprControllers`); everything else — sources, product, authority — always comes from the built-in table.

import { CONTROLLERS, type Controller, type ControllerId } from '../../../shared/gdpr/controllers';
import { loadSetting, saveSetting } from './settings';

const KEY = 'gdprControllers';

export type ControllerEdit = Partial<Pick<Controller, 'name' | 'address' | 'email'>>;

export async function loadControllers(): Promise<Controller[]> {
  const edits = (await loadSetting<Partial<Record<ControllerId, ControllerEdit>>>(KEY)) ?? {};
  return CONTROLLERS.map((c) => ({ ...c, ...edits[c.id] }));
}

/** Stores the user's edit of one controller; empty address lines are dropped, an empty e-mail removes it. */
export async function saveController(id: ControllerId, edit: ControllerEdit): Promise<void> {
  const edits = (await loadSetting<Partial<Record<ControllerId, ControllerEdit>>>(KEY)) ?? {};
  const clean: ControllerEdit = {
    ...(edit.name?.trim() ? { name: edit.name.trim() } : {}),
    ...(edit.address ? { address: edit.address.map((l) => l.trim()).filter(Boolean) } : {}),
    ...(edit.email !== undefined ? { email: edit.email.trim() } : {}),
  };
  await saveSetting(KEY, { ...edits, [id]: { ...edits[id], ...clean } });
}

/** Back to the built-in data for one controller. */
export async function resetController(id: ControllerId): Promise<void> {
  const edits = (await loadSetting<Partial<Record<ControllerId, ControllerEdit>>>(KEY)) ?? {};
  delete edits[id];
  await saveSetting(KEY, edits);
}
