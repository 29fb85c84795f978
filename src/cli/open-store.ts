// Opening the database for the commands that only read it.
import type { Store } from '../store/store.js';

export type OpenStore = (file: string) => Promise<Store>;

export const openExistingStore: OpenStore = async (file) => {
  const { SqliteStore } = await import('../store/sqlite-store.js');
  return SqliteStore.open(file, { mustExist: true });
};
