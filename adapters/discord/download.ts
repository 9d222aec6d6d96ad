// Downloads a command's attachment (the programs CSV) from Discord's CDN only, with a size cap and a timeout.

/** A downloaded text, or why not. */
export type DownloadResult = { ok: true; text: string } | { ok: false; reason: 'host' | 'size' | 'http' | 'network' };

/** Fetches a text file from an allowed host, refusing anything over `maxBytes`. */
export type Download = (url: string, maxBytes: number) => Promise<DownloadResult>;

/** Discord's attachment hosts. */
export const DISCORD_CDN_HOSTS = ['cdn.discordapp.com', 'media.discordapp.net'];

/** A downloader limited to `allowedHosts` (https, or http on 127.0.0.1/localhost for a local stand-in). */
export function createDownload(allowedHosts: string[], timeoutMs = 10_000, fetchImpl: typeof fetch = fetch): Download {
  return async (raw, maxBytes) => {
    let url: URL;
    try { url = new URL(raw); } catch { return { ok: false, reason: 'host' }; }
    const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
    if (!allowedHosts.includes(url.host) && !allowedHosts.includes(url.hostname)) return { ok: false, reason: 'host' };
    if (url.protocol !== 'https:' && !(loopback && url.protocol === 'http:')) return { ok: false, reason: 'host' };
    try {
      const res = await fetchImpl(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
      if (!res.ok) return { ok: false, reason: 'http' };
      if (Number(res.headers.get('content-length') ?? 0) > maxBytes) return { ok: false, reason: 'size' };
      const bytes = Buffer.from(await res.arrayBuffer());
      if (bytes.length > maxBytes) return { ok: false, reason: 'size' };
      return { ok: true, text: bytes.toString('utf8').replace(/^\uFEFF/, '') };
    } catch {
      return { ok: false, reason: 'network' };
    }
  };
}
