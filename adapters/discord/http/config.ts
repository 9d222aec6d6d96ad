// Settings of the Discord interactions endpoint, read once; each problem names its variable, never a value.
import type { KeyObject } from 'node:crypto';
import { readDiscordConfig, type DiscordConfig } from '../config.js';
import { publicKeyFrom } from './verify.js';

/** The validated settings of `match-advisor discord http`. */
export interface DiscordHttpConfig { discord: DiscordConfig; publicKey: KeyObject; port: number; host?: string }

/** Reads DISCORD_TOKEN and DISCORD_APP_ID (as the bot does), plus DISCORD_PUBLIC_KEY, PORT and optional HOST. */
export function readDiscordHttpConfig(env: Record<string, string | undefined>): { ok: true; config: DiscordHttpConfig } | { ok: false; problems: string[] } {
  const base = readDiscordConfig(env);
  const problems = base.ok ? [] : [...base.problems];
  const keyText = env.DISCORD_PUBLIC_KEY?.trim();
  const publicKey = keyText ? publicKeyFrom(keyText) : undefined;
  if (!keyText) problems.push('DISCORD_PUBLIC_KEY is not set: copy the Public Key from Developer Portal > General Information (64 hex characters).');
  else if (!publicKey) problems.push('DISCORD_PUBLIC_KEY must be the 64 hex characters shown as Public Key under Developer Portal > General Information.');
  const portText = env.PORT?.trim() || '8080';
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
  if (!(port >= 1 && port <= 65535)) problems.push('PORT must be a whole port number between 1 and 65535 (default 8080).');
  const host = env.HOST?.trim() || undefined;
  if (!base.ok || problems.length > 0) return { ok: false, problems };
  return { ok: true, config: { discord: base.config, publicKey: publicKey!, port, ...(host ? { host } : {}) } };
}
