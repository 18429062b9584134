// The demo household: a small generated export bundled with the app (assets/demo, made by
// `npm run make-demo` from the fixture generator), so a new user can explore before requesting data.

import demoUrl from '../../assets/demo/earshot-demo-household.zip?url';
import type { ImportFile } from './protocol';

export async function loadDemoHousehold(): Promise<ImportFile[]> {
  const blob = await (await fetch(demoUrl)).blob();
  return [{ path: 'Earshot demo household.zip', blob, lastModified: Date.now() }];
}
