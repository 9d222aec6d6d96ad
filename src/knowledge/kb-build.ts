// Builds the knowledge base (articles, rules, programs) from files into SQLite, checks staleness, reads it back.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type Database from 'better-sqlite3';
import type { ImportResult } from '../domain/admin.js';
import { articleSchema, loadArticles, type Article } from './articles.js';
import { ensureKbTables } from './kb-tables.js';
import { loadProgramsCsv } from './import/load-programs-csv.js';
import type { Program } from './import/program-schema.js';
import { listPrograms, readPrograms, replacePrograms, type InvalidProgramRow } from './import/program-store.js';
import { codeFingerprint } from './index-cache.js';
import { parseRules, ruleSchema, type Rule } from './rules/rules.js';
import { loadNationalCsv, nationalProgramSchema, type NationalProgram } from './import/national-schema.js';
import { loadProgramFactsCsv, programFactRowSchema, type ProgramFactRow } from './import/program-facts.js';

/** The knowledge base in memory, as the engine and the plan read it. */
export interface Kb {
  articles: Article[]; rules: Rule[]; programs: Program[]; builtAt: string | null;
  /** The national roster (generated knowledge/programs/national.csv); empty when the file is absent. */
  national: NationalProgram[];
  /** Stated program facts beyond the table's columns (knowledge/programs/program-facts.csv). */
  programFacts: ProgramFactRow[];
}

/** Outcome of a build: counts, or every problem found (the database is then left as it was). */
export type BuildKbResult =
  | { ok: true; articles: number; rules: number; programs: number; builtAt: string }
  | { ok: false; errors: string[] };

/** The knowledge sub-directories a build reads. */
const KB_SOURCES = {
  articles: 'articles', rules: 'rules/next-steps.json', programs: 'programs/programs.csv',
  national: 'programs/national.csv', programFacts: 'programs/program-facts.csv',
} as const;

/** True when the program table came from `programs import` (an advising group's own table) rather than from the files. */
function programsWereImported(db: Database.Database): boolean {
  ensureKbTables(db);
  const row = db.prepare("SELECT value FROM kb_meta WHERE key = 'programs_origin'").get() as { value: string } | undefined;
  return row?.value === 'import';
}

/**
 * Loads articles, rules and programs from `knowledgeDir` and writes them in one transaction, or nothing.
 * An imported program table is kept unless `resetPrograms` is set, so a rebuild never silently undoes an import.
 */
export function buildKb(db: Database.Database, knowledgeDir: string, now: Date = new Date(), opts: { resetPrograms?: boolean } = {}): BuildKbResult {
  ensureKbTables(db);
  const errors: string[] = [];
  let articles: Article[] = [];
  try {
    articles = loadArticles(join(knowledgeDir, KB_SOURCES.articles));
  } catch (e) {
    const problems = (e as { problems?: string[] }).problems;
    errors.push(...(problems ?? [(e as Error).message]).map((p) => `articles: ${p}`));
  }
  let rules: Rule[] = [];
  try {
    const parsed = parseRules(JSON.parse(readFileSync(join(knowledgeDir, KB_SOURCES.rules), 'utf8')) as unknown);
    if (parsed.ok) rules = parsed.rules;
    else errors.push(...parsed.errors.map((m) => `${KB_SOURCES.rules}: ${m}`));
  } catch (e) {
    errors.push(`${KB_SOURCES.rules}: ${(e as Error).message}`);
  }
  let programs: Program[] = [];
  try {
    const loaded = loadProgramsCsv(readFileSync(join(knowledgeDir, KB_SOURCES.programs), 'utf8'));
    if (loaded.ok) programs = loaded.programs;
    else errors.push(...loaded.errors.map((x) => `${KB_SOURCES.programs} line ${x.line}: ${x.message}`));
  } catch (e) {
    errors.push(`${KB_SOURCES.programs}: ${(e as Error).message}`);
  }
  const national = readOptional(knowledgeDir, KB_SOURCES.national, loadNationalCsv, errors, (r) => r.programs);
  const programFacts = readOptional(knowledgeDir, KB_SOURCES.programFacts, loadProgramFactsCsv, errors, (r) => r.facts);
  if (errors.length) return { ok: false, errors };

  const builtAt = now.toISOString();
  const replaceProgramTable = opts.resetPrograms || !programsWereImported(db);
  const fingerprint = JSON.stringify(sourceFingerprint(knowledgeDir));
  const insArticle = db.prepare('INSERT INTO articles (id, title, tags, source, section, body) VALUES (?, ?, ?, ?, ?, ?)');
  const insRule = db.prepare('INSERT INTO rules (id, priority, json) VALUES (?, ?, ?)');
  const setMeta = db.prepare('INSERT INTO kb_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  db.transaction(() => {
    db.prepare('DELETE FROM articles').run();
    for (const a of articles) insArticle.run(a.id, a.title, JSON.stringify(a.tags), a.source, a.section, a.body);
    db.prepare('DELETE FROM rules').run();
    for (const r of rules) insRule.run(r.id, r.priority, JSON.stringify(r));
    db.prepare('DELETE FROM national_programs').run();
    const insNational = db.prepare('INSERT INTO national_programs (key, json) VALUES (?, ?)');
    for (const n of national) insNational.run(`${n.acgmeId}|${n.specialty}`, JSON.stringify(n));
    db.prepare('DELETE FROM program_facts').run();
    const insFact = db.prepare('INSERT INTO program_facts (json) VALUES (?)');
    for (const f of programFacts) insFact.run(JSON.stringify(f));
    if (replaceProgramTable) {
      replacePrograms(db, programs); // nested: better-sqlite3 turns it into a savepoint of this transaction
      setMeta.run('programs_origin', 'files');
    }
    setMeta.run('built_at', builtAt);
    setMeta.run('source_fingerprint', fingerprint);
    // the rows above were validated by this code just now: a load by the same code may trust them
    setMeta.run(ROWS_CHECKED_BY, codeFingerprint() ?? '');
  })();
  return { ok: true, articles: articles.length, rules: rules.length, programs: replaceProgramTable ? programs.length : listPrograms(db).length, builtAt };
}

/** True when the knowledge files differ from the last build (a file added, removed or modified), or there was none. */
export function kbIsStale(db: Database.Database, knowledgeDir: string): boolean {
  ensureKbTables(db);
  const row = db.prepare("SELECT value FROM kb_meta WHERE key = 'source_fingerprint'").get() as { value: string } | undefined;
  if (!row) return true;
  return row.value !== JSON.stringify(sourceFingerprint(knowledgeDir));
}

/** kb_meta key: the code fingerprint that validated the stored national and fact rows when it wrote them. */
const ROWS_CHECKED_BY = 'rows_checked_by';

/** Stored knowledge rows left out of a load because they could not be read: keys only, never the row. */
export interface KbSkippedRows { programs: InvalidProgramRow[]; national: string[]; programFacts: number[] }

/**
 * Reads the whole knowledge base back into memory. The program table, articles and rules are validated here;
 * the national roster and program facts are validated once when built and trusted when the code that built
 * them is the code loading them (otherwise validated here). A row that cannot be read is left out and named.
 */
export function loadKbChecked(db: Database.Database): { kb: Kb; skipped: KbSkippedRows } {
  ensureKbTables(db);
  const articleRows = db.prepare('SELECT id, title, tags, source, section, body FROM articles ORDER BY id').all() as Record<string, string>[];
  const articles = articleRows.map((r) => articleSchema.parse({ ...r, tags: JSON.parse(r.tags!) as unknown }));
  const ruleRows = db.prepare('SELECT json FROM rules ORDER BY priority, id').all() as { json: string }[];
  const rules = ruleRows.map((r) => ruleSchema.parse(JSON.parse(r.json) as unknown));
  const metaValue = (key: string) => (db.prepare('SELECT value FROM kb_meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  const checkedBy = metaValue(ROWS_CHECKED_BY);
  const fingerprint = codeFingerprint();
  const trusted = fingerprint !== null && checkedBy === fingerprint;
  const skipped: KbSkippedRows = { programs: [], national: [], programFacts: [] };
  const national: NationalProgram[] = [];
  for (const r of db.prepare('SELECT key, json FROM national_programs ORDER BY key').all() as { key: string; json: string }[]) {
    const row = readRow(r.json, trusted, nationalProgramSchema);
    if (row === undefined) skipped.national.push(r.key);
    else national.push(row);
  }
  const programFacts: ProgramFactRow[] = [];
  for (const r of db.prepare('SELECT n, json FROM program_facts ORDER BY n').all() as { n: number; json: string }[]) {
    const row = readRow(r.json, trusted, programFactRowSchema);
    if (row === undefined) skipped.programFacts.push(r.n);
    else programFacts.push(row);
  }
  // every row just passed the schemas of this code: later loads by the same code may trust them
  if (!trusted && fingerprint !== null && skipped.national.length === 0 && skipped.programFacts.length === 0) {
    db.prepare('INSERT INTO kb_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(ROWS_CHECKED_BY, fingerprint);
  }
  const { programs, invalid } = readPrograms(db);
  skipped.programs = invalid;
  return { kb: { articles, rules, programs, builtAt: metaValue('built_at') ?? null, national, programFacts }, skipped };
}

/** Reads the whole knowledge base back into memory (see loadKbChecked; unreadable rows are left out). */
export function loadKb(db: Database.Database): Kb {
  return loadKbChecked(db).kb;
}

/** One stored JSON row: parsed, and validated unless `trusted`; undefined when it cannot be read. */
function readRow<T>(json: string, trusted: boolean, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }): T | undefined {
  let value: unknown;
  try { value = JSON.parse(json) as unknown; } catch { return undefined; }
  if (trusted) return value !== null && typeof value === 'object' ? (value as T) : undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Reads an optional generated knowledge file: absent → empty; present but invalid → every problem in `errors`. */
function readOptional<R extends { ok: true } | { ok: false; errors: string[] }, T>(
  dir: string, rel: string, load: (text: string) => R, errors: string[], pick: (r: Extract<R, { ok: true }>) => T[],
): T[] {
  let text: string;
  try { text = readFileSync(join(dir, rel), 'utf8'); } catch { return []; }
  const r = load(text);
  if (r.ok) return pick(r as Extract<R, { ok: true }>);
  errors.push(...(r as { errors: string[] }).errors.slice(0, 20).map((m) => `${rel}: ${m}`));
  return [];
}

/** Validates a program CSV (text, or bytes read as strict UTF-8) and replaces the table with it; on any error the table is left unchanged. */
export function importProgramsCsv(db: Database.Database, text: string | Uint8Array): ImportResult {
  ensureKbTables(db);
  const loaded = loadProgramsCsv(text);
  if (!loaded.ok) return { ok: false, errors: loaded.errors };
  try {
    db.transaction(() => {
      replacePrograms(db, loaded.programs);
      db.prepare("INSERT INTO kb_meta (key, value) VALUES ('programs_origin', 'import') ON CONFLICT(key) DO UPDATE SET value = excluded.value").run();
    })();
  } catch (e) {
    return { ok: false, errors: [{ line: 0, message: `database refused the import: ${(e as Error).message}` }] };
  }
  return { ok: true, imported: loaded.programs.length };
}

/** Relative path → modification time (ms) of every file the build reads. */
function sourceFingerprint(knowledgeDir: string): Record<string, number> {
  const out: Record<string, number> = {};
  const visit = (path: string) => {
    let st;
    try { st = statSync(path); } catch { return; }
    if (st.isDirectory()) for (const f of readdirSync(path).sort()) visit(join(path, f));
    else out[relative(knowledgeDir, path)] = st.mtimeMs;
  };
  for (const p of Object.values(KB_SOURCES)) visit(join(knowledgeDir, p));
  return out;
}
