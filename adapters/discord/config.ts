// Reads the Discord settings from the environment once, reporting every problem by variable name, never the token.
import { z } from 'zod';

/** The validated Discord settings. */
export interface DiscordConfig { token: string; appId: string; apiUrl?: string; adminGuildIds?: string[] }

/** A bot token: three dot-separated base64url parts (user id, timestamp, signature). */
const TOKEN = /^[A-Za-z0-9_-]{18,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$/;

const schema = z.object({
  DISCORD_TOKEN: z.string({ error: 'DISCORD_TOKEN is not set: copy the bot token from Developer Portal > your application > Bot.' })
    .transform((s) => s.trim().replace(/^Bot\s+/i, ''))
    .refine((s) => TOKEN.test(s), { error: 'DISCORD_TOKEN does not look like a bot token (three dot-separated parts); copy it again from Developer Portal > Bot.' }),
  DISCORD_APP_ID: z.string({ error: 'DISCORD_APP_ID is not set: use the Application ID from Developer Portal > General Information.' })
    .trim()
    .regex(/^\d{17,20}$/, { error: 'DISCORD_APP_ID must be the numeric Application ID (a snowflake of 17 to 20 digits).' }),
  DISCORD_API_URL: z.string().trim()
    .refine((s) => { try { return ['http:', 'https:'].includes(new URL(s).protocol); } catch { return false; } }, { error: 'DISCORD_API_URL must be an http(s) URL such as https://discord.com/api.' })
    .optional(),
  DISCORD_ADMIN_GUILD_IDS: z.string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .refine((ids) => ids.length > 0 && ids.every((id) => /^\d{17,20}$/.test(id)), { error: 'DISCORD_ADMIN_GUILD_IDS must be server ids (snowflakes) separated by commas.' })
    .optional(),
});

/** Validates DISCORD_TOKEN, DISCORD_APP_ID, optional DISCORD_API_URL and DISCORD_ADMIN_GUILD_IDS, all problems together. */
export function readDiscordConfig(env: Record<string, string | undefined>): { ok: true; config: DiscordConfig } | { ok: false; problems: string[] } {
  const present = (k: string) => (env[k]?.trim() ? env[k] : undefined);
  const names = ['DISCORD_TOKEN', 'DISCORD_APP_ID', 'DISCORD_API_URL', 'DISCORD_ADMIN_GUILD_IDS'] as const;
  const parsed = schema.safeParse(Object.fromEntries(names.map((n) => [n, present(n)])));
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => i.message) };
  const { DISCORD_TOKEN: token, DISCORD_APP_ID: appId, DISCORD_API_URL: apiUrl, DISCORD_ADMIN_GUILD_IDS: adminGuildIds } = parsed.data;
  return { ok: true, config: { token, appId, ...(apiUrl ? { apiUrl: apiUrl.replace(/\/+$/, '') } : {}), ...(adminGuildIds ? { adminGuildIds } : {}) } };
}
