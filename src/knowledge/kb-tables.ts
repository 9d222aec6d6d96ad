// The knowledge-base tables in SQLite: programs, national roster, program facts, rules, articles and build metadata.
import type Database from 'better-sqlite3';

/** Creates the knowledge-base tables if absent; safe to call on every start. */
export function ensureKbTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS programs (
      id TEXT PRIMARY KEY,
      acgme_id TEXT,
      name TEXT NOT NULL,
      specialty TEXT NOT NULL,
      city TEXT NOT NULL,
      region TEXT NOT NULL,
      program_type TEXT NOT NULL,
      visa_j1 TEXT NOT NULL,
      visa_h1b TEXT NOT NULL,
      img_friendly TEXT NOT NULL,
      img_share REAL,
      step2_min INTEGER,
      yog_limit_years INTEGER,
      usce_required TEXT NOT NULL,
      source_urls TEXT NOT NULL,
      as_of INTEGER,
      notes TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS rules (
      id TEXT PRIMARY KEY,
      priority INTEGER NOT NULL,
      json TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS articles (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      tags TEXT NOT NULL,
      source TEXT NOT NULL,
      section TEXT NOT NULL,
      body TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS national_programs (
      key TEXT PRIMARY KEY,
      json TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS program_facts (
      n INTEGER PRIMARY KEY,
      json TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS kb_meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
  `);
}
