// A whole conversation through the shipped app (bundled knowledge, in-memory store), typed line by line.
import { openApp } from '../../src/runtime/open-app.js';
import { BUNDLED_KNOWLEDGE } from '../../src/runtime/config.js';
import { createLogger } from '../../src/runtime/logger.js';

/** Sends each line in turn as `user` on `now`; returns the text of each turn's replies (questions and texts), one entry per line. */
export async function chatWithApp(user: string, lines: readonly string[], now = new Date('2026-12-07T12:00:00Z')): Promise<string[]> {
  const app = openApp({ databasePath: ':memory:', knowledgeDir: BUNDLED_KNOWLEDGE, logLevel: 'silent', retentionDays: 365 }, createLogger('silent'), { clock: () => now });
  const out: string[] = [];
  for (const text of lines) {
    const replies = await app.advisor.handle(user, { kind: 'text', text });
    out.push(replies.map((r) => (r.type === 'text' || r.type === 'question' ? r.text : '')).join('\n'));
  }
  app.close();
  return out;
}
