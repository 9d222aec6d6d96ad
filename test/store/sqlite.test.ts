// The store contract on SQLite: a file (with a second connection as another process) and :memory:.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/store/open-database.js';
import { createSealer, parseKey } from '../../src/store/seal.js';
import { createSqliteTurnStore } from '../../src/store/sqlite/sqlite-turn-store.js';
import { describeConversationStore } from './contract.js';

const damageIn = (db: ReturnType<typeof openDatabase>) => async (id: string) => {
  db.prepare("UPDATE conversations SET state = '{\"profile\": damaged' WHERE id = ?").run(id);
};

describeConversationStore('SQLite :memory:', async () => {
  const db = openDatabase(':memory:');
  return { store: createSqliteTurnStore(db), damage: damageIn(db), close: async () => { if (db.open) db.close(); } };
});

describeConversationStore('SQLite file, sealed, two connections', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ma-store-'));
  const path = join(dir, 'c.db');
  const sealer = () => createSealer(parseKey('e'.repeat(64)));
  const db = openDatabase(path);
  return {
    store: createSqliteTurnStore(db, sealer()),
    damage: damageIn(db),
    another: async () => createSqliteTurnStore(openDatabase(path), sealer()),
    close: async () => { if (db.open) db.close(); rmSync(dir, { recursive: true, force: true }); },
  };
});
