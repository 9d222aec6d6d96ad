// Slack configuration from the environment, checked once: every problem reported together, by variable name only.
import { z } from 'zod';

/** How Slack reaches the app: a Socket Mode connection (no public URL) or signed HTTP requests. */
export type SlackMode =
  | { kind: 'socket'; appToken: string }
  | { kind: 'http'; signingSecret: string; port: number };

/** The validated Slack settings. Secrets live only here; never log this object. */
export interface SlackConfig {
  botToken: string;
  mode: SlackMode;
  /** Slack user ids allowed to import and export the program table. */
  adminUserIds: readonly string[];
  /** Base URL of the Web API (ends with a slash); unset means https://slack.com/api/. */
  apiUrl?: string;
}

/** The outcome of reading the configuration: a config, or every problem as "VARIABLE: what to do". */
export type SlackConfigResult = { ok: true; config: SlackConfig } | { ok: false; problems: string[] };

const USER_ID = /^[UW][A-Z0-9]{2,}$/;

// Every message is written here and names what to set; none ever includes the value that was given.
const schema = z.object({
  SLACK_BOT_TOKEN: z
    .string({ error: 'is required: the Bot User OAuth Token (xoxb-...) from the app\'s "OAuth & Permissions" page' })
    .startsWith('xoxb-', { error: 'must be a bot token starting with xoxb- (not a user or app-level token)' }),
  SLACK_APP_TOKEN: z
    .string()
    .startsWith('xapp-', { error: 'must be an app-level token starting with xapp- (Basic Information > App-Level Tokens)' })
    .optional(),
  SLACK_SIGNING_SECRET: z.string().min(8, { error: 'looks too short; copy the Signing Secret from Basic Information' }).optional(),
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int({ error: 'must be a whole port number' })
    .min(1, { error: 'must be between 1 and 65535' })
    .max(65535, { error: 'must be between 1 and 65535' })
    .optional(),
  SLACK_ADMIN_USER_IDS: z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .refine((ids) => ids.every((id) => USER_ID.test(id)), { error: 'must be a comma-separated list of Slack user ids such as U012AB3CD' })
    .optional(),
  SLACK_API_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://slack.com/api/' })
    .transform((u) => (u.endsWith('/') ? u : `${u}/`))
    .optional(),
});

/** Reads and checks the Slack variables of `env`; empty strings count as unset. Never throws, never echoes a secret. */
export function readSlackConfig(env: Record<string, string | undefined>): SlackConfigResult {
  const cleaned: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key]?.trim();
    if (value) cleaned[key] = value;
  }
  const parsed = schema.safeParse(cleaned);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${String(i.path[0] ?? 'environment')}: ${i.message}`);
  const has = (key: string) => cleaned[key] !== undefined;
  const http = has('SLACK_SIGNING_SECRET') && has('PORT');
  if (!http && !has('SLACK_APP_TOKEN')) {
    if (has('SLACK_SIGNING_SECRET')) problems.push('PORT: is required with SLACK_SIGNING_SECRET for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)');
    else if (has('PORT')) problems.push('SLACK_SIGNING_SECRET: is required with PORT for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)');
    else problems.push('SLACK_APP_TOKEN: is required for Socket Mode (xapp-... with the connections:write scope); or set SLACK_SIGNING_SECRET and PORT for HTTP mode');
  }
  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  const v = parsed.data;
  const mode: SlackMode = http
    ? { kind: 'http', signingSecret: v.SLACK_SIGNING_SECRET!, port: v.PORT! }
    : { kind: 'socket', appToken: v.SLACK_APP_TOKEN! };
  return {
    ok: true,
    config: { botToken: v.SLACK_BOT_TOKEN, mode, adminUserIds: v.SLACK_ADMIN_USER_IDS ?? [], ...(v.SLACK_API_URL ? { apiUrl: v.SLACK_API_URL } : {}) },
  };
}
