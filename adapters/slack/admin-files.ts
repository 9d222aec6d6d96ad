// CSV files in and out of Slack: the admin's program-table import (files.info + url_private) and uploads (files.uploadV2).
import type { ImportResult } from '../../src/domain/admin.js';
import type { SlackClient } from './deliver.js';

/** Admins who ran `/residency import` and may now upload the CSV in their DM, each until a deadline. */
export function createImportWindow(ttlMs = 10 * 60_000, now: () => number = Date.now) {
  const deadlines = new Map<string, number>();
  return {
    /** Opens the window for one person. */
    open(key: string): void { deadlines.set(key, now() + ttlMs); },
    /** True (and closes the window) when the person had an open window. */
    take(key: string): boolean {
      const deadline = deadlines.get(key);
      deadlines.delete(key);
      return deadline !== undefined && deadline >= now();
    },
    /** Minutes a window stays open, for the prompt. */
    minutes: Math.round(ttlMs / 60_000),
  };
}

/** The import window type. */
export type ImportWindow = ReturnType<typeof createImportWindow>;

/** The Slack file id inside a bare id (F0123ABC), a permalink (…/files/U…/F…/name.csv) or a url_private (…/files-pri/T…-F…/…). */
export function fileIdFrom(ref: string): string | undefined {
  const text = ref.trim().replace(/^<|>$/g, '');
  if (/^F[A-Z0-9]{6,}$/.test(text)) return text;
  return /\/files\/[A-Z0-9]+\/(F[A-Z0-9]{6,})/.exec(text)?.[1] ?? /\/files-pri\/[A-Z0-9]+-(F[A-Z0-9]{6,})/.exec(text)?.[1];
}

/** What a download needs: the bot token, the hosts it may be sent to, and a size cap. */
export interface DownloadOptions { token: string; allowedHosts: readonly string[]; maxBytes?: number; fetch?: typeof fetch }

/** A downloaded text file, or why it could not be read (a sentence for the admin). */
export type Download = { ok: true; name: string; text: string } | { ok: false; problem: string };

/**
 * Reads a Slack file's text: files.info for its private URL, then a GET with the bot token. The token is sent
 * only to `allowedHosts` (files.slack.com, or the stand-in named by SLACK_API_URL), never to a host a payload names.
 */
export async function downloadSlackFile(client: SlackClient, fileId: string, opts: DownloadOptions): Promise<Download> {
  const maxBytes = opts.maxBytes ?? 5 * 1024 * 1024;
  const info = await client.files.info({ file: fileId });
  const file = info.file;
  const url = file?.url_private_download ?? file?.url_private;
  if (!file || !url) return { ok: false, problem: 'Slack did not give me a download link for that file.' };
  const name = file.name ?? fileId;
  if ((file.size ?? 0) > maxBytes) return { ok: false, problem: `${name} is larger than ${Math.round(maxBytes / 1048576)} MB.` };
  let host: string;
  try { host = new URL(url).host; } catch { return { ok: false, problem: 'The file link is not a valid URL.' }; }
  if (!opts.allowedHosts.includes(host)) return { ok: false, problem: 'That file is not hosted by Slack, so I will not send my token there.' };
  const res = await (opts.fetch ?? fetch)(url, { headers: { Authorization: `Bearer ${opts.token}` } });
  if (!res.ok) return { ok: false, problem: `Slack refused the download (HTTP ${res.status}).` };
  if ((res.headers.get('content-type') ?? '').includes('text/html')) {
    return { ok: false, problem: 'Slack sent a web page instead of the file: the app probably lacks the files:read scope.' };
  }
  const body = await res.arrayBuffer();
  if (body.byteLength > maxBytes) return { ok: false, problem: `${name} is larger than ${Math.round(maxBytes / 1048576)} MB.` };
  return { ok: true, name, text: new TextDecoder('utf-8').decode(body) };
}

/** The admin-facing summary of an import: the count, or every refused line (the first 20 shown). */
export function describeImport(name: string, result: ImportResult): string {
  if (result.ok) return `Imported ${result.imported} program${result.imported === 1 ? '' : 's'} from ${name}. The new table is live.`;
  const shown = result.errors.slice(0, 20).map((e) => `line ${e.line}: ${e.message}`);
  const more = result.errors.length > shown.length ? `\n...and ${result.errors.length - shown.length} more.` : '';
  return `Nothing was imported from ${name}: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}. Fix them and upload the file again.\n${shown.join('\n')}${more}`;
}

/** Shares a text as a file in a channel (files.getUploadURLExternal, upload, files.completeUploadExternal). */
export async function uploadFile(client: SlackClient, channelId: string, filename: string, content: string, comment: string): Promise<void> {
  await client.filesUploadV2({ channel_id: channelId, filename, title: filename, content, initial_comment: comment });
}

/** Shares a CSV text as a file in a channel. */
export const uploadCsv = uploadFile;
