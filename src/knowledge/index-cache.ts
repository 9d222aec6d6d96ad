// Keeps a prepared index (plain data: objects, arrays, Maps, Sets, strings, numbers) in the database between
// starts, keyed by a hash of what it is built from and of the code that builds it; rebuilt when the cached copy
// is missing, stale or unreadable. Whatever shape the builder returns is stored as it is (V8 serialisation).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type Database from 'better-sqlite3';

/** Where a cache lookup ended: served from the database, or built (and why). */
export type CacheOutcome = 'hit' | 'missing' | 'stale' | 'unreadable';

/** Files whose change must invalidate every cached index: our sources and the top-level knowledge JSON. */
const CODE_DIRS = [fileURLToPath(new URL('..', import.meta.url))];
const KNOWLEDGE_JSON_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));

/** Set by the ahead-of-time build (scripts/build.mjs): a hash of every file the bundle was built from. */
declare const MATCH_ADVISOR_BUILD_ID: string | undefined;

let codeHash: string | null | undefined;

/**
 * The build's id when running from dist/; otherwise a hash of the source files under src/ and knowledge/*.json,
 * computed once per process; null when unreadable.
 */
export function codeFingerprint(): string | null {
  if (codeHash !== undefined) return codeHash;
  if (typeof MATCH_ADVISOR_BUILD_ID === 'string') return (codeHash = `build:${MATCH_ADVISOR_BUILD_ID}`);
  try {
    const h = createHash('sha256');
    const visit = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const path = join(dir, e.name);
        if (e.isDirectory()) visit(path);
        else if (/\.(ts|mts|js|mjs)$/.test(e.name)) h.update(e.name).update(readFileSync(path));
      }
    };
    for (const d of CODE_DIRS) visit(d);
    for (const f of readdirSync(KNOWLEDGE_JSON_DIR).filter((n) => n.endsWith('.json')).sort()) h.update(f).update(readFileSync(join(KNOWLEDGE_JSON_DIR, f)));
    codeHash = h.digest('hex');
  } catch {
    codeHash = null;
  }
  return codeHash;
}

const PLAIN_PROTOTYPES = new Set<unknown>([Object.prototype, null, Array.prototype, Map.prototype, Set.prototype, Date.prototype, RegExp.prototype]);

/** True when `value` survives V8 serialisation unchanged: no functions, class instances, symbols or buffers. */
export function isPlainData(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== 'object') return typeof value !== 'function' && typeof value !== 'symbol';
  if (seen.has(value)) return true;
  seen.add(value);
  if (!PLAIN_PROTOTYPES.has(Object.getPrototypeOf(value))) return false;
  if (value instanceof Map) {
    for (const [k, v] of value) if (!isPlainData(k, seen) || !isPlainData(v, seen)) return false;
    return true;
  }
  if (value instanceof Set) {
    for (const v of value) if (!isPlainData(v, seen)) return false;
    return true;
  }
  for (const v of Object.values(value)) if (!isPlainData(v, seen)) return false;
  return Object.getOwnPropertySymbols(value).length === 0;
}

function ensureCacheTable(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS kb_cache (name TEXT PRIMARY KEY, key TEXT NOT NULL, data BLOB NOT NULL)');
}

/**
 * Returns the index cached under `name` when it was built from the same `inputs` by the same code; otherwise
 * builds it, stores it (when it is plain data) and returns it. Never throws because of the cache: a cache that
 * cannot be read or written only costs a build. `inputs` undefined means they could not be read: build, keep nothing.
 */
export function cachedIndex<T>(db: Database.Database, name: string, inputs: unknown, build: () => T): { index: T; outcome: CacheOutcome } {
  const code = codeFingerprint();
  if (code === null || inputs === undefined) return { index: build(), outcome: 'missing' };
  const key = createHash('sha256').update(code).update('\0').update(JSON.stringify(inputs)).digest('hex');
  let outcome: CacheOutcome = 'missing';
  try {
    ensureCacheTable(db);
    const row = db.prepare('SELECT key, data FROM kb_cache WHERE name = ?').get(name) as { key: string; data: Buffer } | undefined;
    if (row && row.key === key) {
      try {
        return { index: deserialize(row.data) as T, outcome: 'hit' };
      } catch {
        outcome = 'unreadable';
      }
    } else if (row) outcome = 'stale';
  } catch {
    return { index: build(), outcome: 'unreadable' };
  }
  const index = build();
  if (isPlainData(index)) {
    try {
      db.prepare('INSERT INTO kb_cache (name, key, data) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET key = excluded.key, data = excluded.data')
        .run(name, key, serialize(index));
    } catch { /* read-only or busy database: the next start builds again */ }
  }
  return { index, outcome };
}
