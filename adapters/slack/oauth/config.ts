// Settings for Slack in many workspaces (OAuth install + HTTP events), checked once; problems name the variable only.
import { z } from 'zod';
import type { SlackConfig } from '../config.js';

/** The bot scopes the app asks for at install (the same as slack-app-manifest.yaml). */
export const BOT_SCOPES = ['chat:write', 'commands', 'im:history', 'im:write', 'files:write', 'files:read'];

/** The validated settings. Secrets live only here; never log this object. */
export interface SlackOAuthConfig {
  clientId: string;
  clientSecret: string;
  /** Signs the OAuth `state`; the same value on every instance, so any instance can finish an install another began. */
  stateSecret: string;
  signingSecret: string;
  port: number;
  adminUserIds: readonly string[];
  apiUrl?: string;
  /** Where Slack's install page is (a stand-in in tests); unset means https://slack.com/oauth/v2/authorize. */
  authorizeUrl?: string;
  /** The redirect URL registered with Slack, when more than one is registered. */
  redirectUri?: string;
}

const url = (example: string) => z.url({ protocol: /^https?$/, error: `must be an http(s) URL such as ${example}` });

const schema = z.object({
  SLACK_CLIENT_ID: z.string({ error: 'is required: the Client ID from Basic Information > App Credentials' }).regex(/^\d+\.\d+$/, { error: 'must be the Client ID (digits, a dot, digits) from Basic Information' }),
  SLACK_CLIENT_SECRET: z.string({ error: 'is required: the Client Secret from Basic Information > App Credentials' }).min(16, { error: 'looks too short; copy the Client Secret from Basic Information' }),
  SLACK_STATE_SECRET: z.string({ error: 'is required: a random secret shared by every instance (e.g. `openssl rand -hex 32`)' }).min(32, { error: 'must be at least 32 characters (e.g. `openssl rand -hex 32`), the same on every instance' }),
  SLACK_SIGNING_SECRET: z.string({ error: 'is required: the Signing Secret from Basic Information' }).min(8, { error: 'looks too short; copy the Signing Secret from Basic Information' }),
  PORT: z.coerce.number({ error: 'must be a port number' }).int({ error: 'must be a whole port number' }).min(1, { error: 'must be between 1 and 65535' }).max(65535, { error: 'must be between 1 and 65535' }).default(3000),
  SLACK_ADMIN_USER_IDS: z.string().transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .refine((ids) => ids.every((id) => /^[UW][A-Z0-9]{2,}$/.test(id)), { error: 'must be a comma-separated list of Slack user ids such as U012AB3CD' }).optional(),
  SLACK_API_URL: url('https://slack.com/api/').transform((u) => (u.endsWith('/') ? u : `${u}/`)).optional(),
  SLACK_AUTHORIZE_URL: url('https://slack.com/oauth/v2/authorize').optional(),
  SLACK_REDIRECT_URI: url('https://advisor.example.org/slack/oauth_redirect').optional(),
});

/** True when the environment asks for the many-workspace mode (SLACK_CLIENT_ID is set). */
function wantsSlackOAuth(env: Record<string, string | undefined>): boolean {
  return Boolean(env.SLACK_CLIENT_ID?.trim());
}

/** Reads and checks the variables; every problem together, as "VARIABLE: what to do". Never echoes a value. */
export function readSlackOAuthConfig(env: Record<string, string | undefined>): { ok: true; config: SlackOAuthConfig } | { ok: false; problems: string[] } {
  const cleaned: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key]?.trim();
    if (value) cleaned[key] = value;
  }
  const problems: string[] = [];
  if (env.SLACK_BOT_TOKEN?.trim()) problems.push('SLACK_BOT_TOKEN: leave it unset with SLACK_CLIENT_ID: each workspace\'s token comes from its install');
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) problems.push(...parsed.error.issues.map((i) => `${String(i.path[0] ?? 'environment')}: ${i.message}`));
  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  const v = parsed.data;
  return {
    ok: true,
    config: {
      clientId: v.SLACK_CLIENT_ID, clientSecret: v.SLACK_CLIENT_SECRET, stateSecret: v.SLACK_STATE_SECRET, signingSecret: v.SLACK_SIGNING_SECRET,
      port: v.PORT, adminUserIds: v.SLACK_ADMIN_USER_IDS ?? [],
      ...(v.SLACK_API_URL ? { apiUrl: v.SLACK_API_URL } : {}), ...(v.SLACK_AUTHORIZE_URL ? { authorizeUrl: v.SLACK_AUTHORIZE_URL } : {}), ...(v.SLACK_REDIRECT_URI ? { redirectUri: v.SLACK_REDIRECT_URI } : {}),
    },
  };
}

/** The single-workspace config shape the listeners read: no bot token (each request's context carries its workspace's). */
export function listenerConfig(c: SlackOAuthConfig): SlackConfig {
  return { botToken: '', mode: { kind: 'http', signingSecret: c.signingSecret, port: c.port }, adminUserIds: c.adminUserIds, ...(c.apiUrl ? { apiUrl: c.apiUrl } : {}) };
}
