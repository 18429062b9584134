// The one read a cold start's first paint waits for — the cached columnar index and the library version it
// belongs to — started while the app's script is still being fetched and compiled, and the database opened
// (the slowest open of the session) meanwhile. Plain IndexedDB, no version: nothing is created or upgraded.
// The app uses what it read only when its start-up checks find no restore, migration or encryption
// (renderer/library/LibraryProvider.tsx, prefetchColumns); otherwise it is dropped unread.
globalThis.__earshotEarlyRead = new Promise((resolve) => {
  const open = globalThis.indexedDB.open('earshot');
  open.onupgradeneeded = () => open.transaction.abort(); // no database yet: none is created here
  open.onerror = (event) => {
    event.preventDefault();
    resolve(null);
  };
  open.onsuccess = () => {
    const db = open.result;
    db.onversionchange = () => db.close();
    const stores = ['settings', 'columnsCache'];
    if (!stores.every((name) => db.objectStoreNames.contains(name))) {
      db.close();
      resolve(null);
      return;
    }
    const tx = db.transaction(stores, 'readonly');
    const version = tx.objectStore('settings').get('libraryVersion');
    const row = tx.objectStore('columnsCache').get('library');
    tx.oncomplete = () => {
      db.close();
      resolve({ version: version.result?.value ?? 0, row: row.result ?? null });
    };
    tx.onabort = () => {
      db.close();
      resolve(null);
    };
  };
});
