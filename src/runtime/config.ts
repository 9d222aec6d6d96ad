// Core configuration: one schema validates the environment once and reports every problem together.
import { z } from 'zod';
import { BUNDLED_KNOWLEDGE, knowledgeDirOf } from '../knowledge/knowledge-files.js';
import { parseKey } from '../store/seal.js';

const schema = z.object({
  DATABASE_PATH: z.string().min(1).default('./data/match-advisor.db'),
  DATABASE_URL: z.string().refine((v) => /^postgres(ql)?:\/\/./.test(v), 'must start with postgres:// (PostgreSQL is the only server supported; leave it unset for the SQLite file)').optional(),
  KNOWLEDGE_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('warn'),
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  DATA_ENCRYPTION_KEY: z.string().refine((v) => parseKey(v) !== undefined, 'must be 32 bytes as 64 hex characters or base64 (e.g. `openssl rand -hex 32`)').optional(),
});

/** The validated core settings. */
export interface CoreConfig { databasePath: string; databaseUrl?: string; knowledgeDir: string; logLevel: z.infer<typeof schema>['LOG_LEVEL']; retentionDays: number; dataKey?: Buffer }

/** Where the bundled knowledge files live (the repository's knowledge/ folder); defined with the knowledge loader. */
export { BUNDLED_KNOWLEDGE };

/** Reads core settings from `env` (injectable), a `--db` flag overriding DATABASE_PATH; lists every bad variable by name. */
export function readCoreConfig(env: Record<string, string | undefined>, flags: { db?: string } = {}): { ok: true; config: CoreConfig } | { ok: false; problems: string[] } {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')));
  if (!parsed.success) {
    // messages name the variable and the rule, never the value (it may be a secret)
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  return {
    ok: true,
    config: {
      databasePath: flags.db ?? parsed.data.DATABASE_PATH,
      ...(parsed.data.DATABASE_URL ? { databaseUrl: parsed.data.DATABASE_URL } : {}),
      knowledgeDir: knowledgeDirOf(parsed.data),
      logLevel: parsed.data.LOG_LEVEL,
      retentionDays: parsed.data.RETENTION_DAYS,
      ...(parsed.data.DATA_ENCRYPTION_KEY ? { dataKey: parseKey(parsed.data.DATA_ENCRYPTION_KEY)! } : {}),
    },
  };
}
