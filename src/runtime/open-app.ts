// Wires the embedded default: SQLite file, knowledge base (rebuilt when its files change), advisor and admin.
import type Database from 'better-sqlite3';
import type { Advice } from '../domain/advice.js';
import type { ProgramAdmin } from '../domain/admin.js';
import type { PlanView } from '../domain/io.js';
import type { Plan } from '../domain/plan.js';
import { buildKb, importProgramsCsv, kbIsStale, loadKbChecked } from '../knowledge/kb-build.js';
import { loadPlanFigures } from '../knowledge/plan-figures.js';
import { loadFlow } from '../knowledge/load-flow.js';
import { answererFrom, answerQuestion, urgentReply } from '../answers/answer.js';
import { buildPlan } from '../plan/build-plan.js';
import { renderPlanText } from '../render/plan-text.js';
import { exportProgramsCsv, listPrograms } from '../knowledge/import/program-store.js';
import { cachedIndex } from '../knowledge/index-cache.js';
import { buildAnswerIndex } from '../answers/passage-index.js';
import { openDatabase } from '../store/open-database.js';
import { checkDataKey } from '../store/key-check.js';
import { createSqliteTurnStore } from '../store/sqlite/sqlite-turn-store.js';
import type { TurnStore } from '../store/turn-store.js';
import { createSealer } from '../store/seal.js';
import { createAdvisor, type Advisor } from './advisor.js';
import type { CoreConfig } from './config.js';
import type { Logger } from './logger.js';
import { instrumentStore, type Metrics } from './metrics.js';

/** Everything a front end needs, opened once at start-up. */
export interface App {
  advisor: Advisor;
  admin: ProgramAdmin;
  planText: (plan: Plan, view?: PlanView) => string;
  /** The local SQLite file: the knowledge base and programs always, conversations too unless `store` is another backend. */
  db: Database.Database;
  /** Where conversations live. */
  store: TurnStore;
  /** Counts of what the knowledge base holds, for `kb build`. */
  summary(): string;
  /** Closes the store and the local database (the promise settles once connections are released). */
  close(): Promise<void>;
}

/**
 * Opens the database and knowledge base; `rebuild` forces a knowledge build even when nothing changed,
 * `resetPrograms` also replaces an imported program table with the bundled one.
 */
export function openApp(config: CoreConfig, log: Logger, opts: { rebuild?: boolean; resetPrograms?: boolean; clock?: () => Date; store?: TurnStore; metrics?: Metrics } = {}): App {
  const db = openDatabase(config.databasePath);
  const sealer = createSealer(config.dataKey);
  // with another backend the key is checked there; this file then holds no conversation
  const keyCheck = opts.store ? { ok: true as const } : checkDataKey(db, sealer);
  if (!keyCheck.ok) {
    db.close();
    throw new Error(keyCheck.problem);
  }
  const flow = loadFlow(config.knowledgeDir);
  if (opts.rebuild || kbIsStale(db, config.knowledgeDir)) {
    const built = buildKb(db, config.knowledgeDir, new Date(), { resetPrograms: opts.resetPrograms ?? false });
    if (!built.ok) {
      db.close();
      throw new Error(`The knowledge base in ${config.knowledgeDir} has problems:\n${built.errors.map((e) => `  - ${e}`).join('\n')}`);
    }
    log.info('kb.built', { articles: built.articles, rules: built.rules, programs: built.programs });
  }
  // one read of every table: the programs are read and checked once here, with the rest of the knowledge base
  const loaded = loadKbChecked(db);
  // the plan's cited figures come from the same knowledge folder, validated, and reach the plan with the programs
  let kb = { ...loaded.kb, figures: loadPlanFigures({ KNOWLEDGE_DIR: config.knowledgeDir }) };
  const badRows = loaded.skipped.programs;
  const { national: badNational, programFacts: badFacts } = loaded.skipped;
  if (badNational.length > 0 || badFacts.length > 0) {
    log.warn('kb.unreadable_rows', { national: badNational.length, programFacts: badFacts.length, keys: badNational.slice(0, 10).join(',') });
  }
  // one bad stored row must not stop every turn: it is left out, and named (program ids are not personal data)
  if (badRows.length > 0) log.warn('programs.invalid_rows', { count: badRows.length, ids: badRows.slice(0, 10).map((r) => r.id).join(',') });
  // built once here, never per turn (and kept in the database between starts, rebuilt when the articles or
  // the code change); an import replaces only the programs, so the index stays as it is
  const { index } = cachedIndex(db, 'answers', kb.articles, () => buildAnswerIndex(kb.articles));
  const answerer = answererFrom(index);
  const advice: Advice = { plan: (profile, now) => buildPlan(profile, kb, now), ask: (question, context) => answerQuestion(answerer, question, context && { ...context, kb }), urgent: (message) => urgentReply(answerer, message) };
  const clock = opts.clock ?? (() => new Date());
  const baseStore = opts.store ?? createSqliteTurnStore(db, sealer);
  const store = opts.metrics ? instrumentStore(baseStore, opts.metrics) : baseStore; // store latency on /metrics
  // on SQLite this runs to its end before openApp returns (no await inside); another backend purges in the background
  void store.purgeIdle(new Date(clock().getTime() - config.retentionDays * 86_400_000)).then(
    (purged) => { if (purged > 0) log.info('conversations.purged', { count: purged, retentionDays: config.retentionDays }); },
    (error: unknown) => log.error('conversations.purge_failed', { code: String((error as { code?: unknown }).code ?? 'unknown') }),
  );
  const advisor = createAdvisor({ store, flow, advice, clock, log });
  const admin: ProgramAdmin = {
    importCsv(text) {
      const result = importProgramsCsv(db, text);
      if (result.ok) {
        kb = { ...kb, programs: listPrograms(db) };
        log.info('programs.imported', { count: result.imported });
      }
      return result;
    },
    exportCsv: () => exportProgramsCsv(listPrograms(db)),
  };
  return {
    advisor, admin, db, store,
    planText: renderPlanText,
    summary: () => `${kb.articles.length} articles, ${kb.rules.length} rules, ${kb.programs.length} programs${badRows.length ? ` (${badRows.length} stored program rows are invalid and left out: ${badRows.slice(0, 5).map((r) => `${r.id} [${r.columns.join(', ')}]`).join('; ')}; import a corrected table)` : ''}`,
    close: async () => {
      try { await store.close(); } finally { if (db.open) db.close(); }
    },
  };
}
