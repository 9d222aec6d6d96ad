// Start-up failures against Discord as one sentence each, naming the variable to fix (never a token's value).
import { DiscordAPIError } from 'discord.js';

/** What was being done when Discord failed: registering slash commands, or logging the bot in. */
export type DiscordStep = 'register' | 'login';

/** The network code of a request that never got an answer (ECONNREFUSED, ENOTFOUND, a timeout), if it was one. */
export function networkCode(error: unknown): string | undefined {
  const e = error as { name?: unknown; code?: unknown; cause?: { code?: unknown; name?: unknown } } | undefined;
  if (error instanceof DiscordAPIError) return undefined;
  const code = e?.cause?.code ?? e?.code;
  if (typeof code === 'string' && /^(E[A-Z]+|UND_ERR\w*)$/.test(code)) return code;
  if (e?.name === 'AbortError' || e?.cause?.name === 'ConnectTimeoutError') return 'timeout';
  return e?.name === 'TypeError' && e.cause ? String(e.cause.name ?? 'network error') : undefined;
}

/** The HTTP status of a refused request, if Discord answered one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** One sentence for a failed register or login, or undefined when the error is none of the known kinds. */
export function describeStartupFailure(error: unknown, step: DiscordStep, apiUrl: string | undefined): string | undefined {
  const doing = step === 'register' ? 'registering the slash commands' : 'logging the bot in';
  const network = networkCode(error);
  if (network) {
    return apiUrl
      ? `Could not reach Discord at DISCORD_API_URL (${apiUrl}) while ${doing}: ${network}. Check DISCORD_API_URL, or unset it to use https://discord.com/api.`
      : `Could not reach Discord (https://discord.com/api) while ${doing}: ${network}. Check the network or proxy settings.`;
  }
  const status = httpStatus(error);
  if (status === 401) {
    return `Discord refused DISCORD_TOKEN (HTTP 401 Unauthorized) while ${doing}. Set DISCORD_TOKEN to the token under Developer Portal > your application > Bot > Reset Token.`;
  }
  if (status === 403 || status === 404) {
    return `Discord answered HTTP ${status} while ${doing}: check that DISCORD_APP_ID is the Application ID of the same application as DISCORD_TOKEN${step === 'register' ? ', and that the bot was invited with the applications.commands scope (and --guild is a server it is in)' : ''}.`;
  }
  return undefined;
}
