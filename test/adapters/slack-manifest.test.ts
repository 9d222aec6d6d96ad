// Proves the app manifest matches the code: the slash command, the events listened to, and every scope the Web API
// calls need are declared (and nothing more), and `match-advisor slack` refuses a bad environment before connecting.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runSlackCommand, SLASH_COMMAND } from '../../adapters/slack/index.js';
import { createLogger } from '../../src/runtime/logger.js';

const manifest = readFileSync(new URL('../../slack-app-manifest.yaml', import.meta.url), 'utf8');
/** The items of the YAML list under `key:` (one `- item` per line, comments dropped). */
const listUnder = (key: string) => {
  const lines = manifest.split('\n');
  const start = lines.findIndex((l) => l.trim() === `${key}:`);
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const m = /^\s+- ([^#\s]+)/.exec(line);
    if (!m) break;
    items.push(m[1]!);
  }
  return items;
};

describe('slack-app-manifest.yaml', () => {
  it('declares the slash command the adapter answers', () => {
    expect(manifest).toContain(`- command: ${SLASH_COMMAND}`);
  });

  it('subscribes to exactly the events the adapter listens to', () => {
    expect(listUnder('bot_events').sort()).toEqual(['app_home_opened', 'message.im']);
  });

  it('asks for exactly the scopes the Web API calls need', () => {
    expect(listUnder('bot').sort()).toEqual(['chat:write', 'commands', 'files:read', 'files:write', 'im:history', 'im:write']);
  });

  it('enables the Home tab, the Messages tab, interactivity and Socket Mode', () => {
    for (const line of ['home_tab_enabled: true', 'messages_tab_enabled: true', 'messages_tab_read_only_enabled: false', 'socket_mode_enabled: true']) {
      expect(manifest).toContain(line);
    }
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
  });
});

describe('pages the manifest and the setup page point to', () => {
  it('every repository file named in the manifest or in adapters/slack/README.md exists (issue 20)', () => {
    const root = new URL('../../', import.meta.url);
    const named = [...manifest.matchAll(/\b((?:adapters|docs|src)\/[\w./-]+\.(?:md|ts|yaml))/g)].map((m) => new URL(m[1]!, root));
    expect(named.length).toBeGreaterThan(0);
    const setup = new URL('adapters/slack/README.md', root);
    const links = [...readFileSync(setup, 'utf8').matchAll(/\]\((\.\.?\/[^)#]+)\)/g)].map((m) => new URL(m[1]!, setup));
    for (const url of [...named, ...links]) expect({ path: url.pathname, exists: existsSync(url) }).toEqual({ path: url.pathname, exists: true });
  });
});

describe('runSlackCommand', () => {
  it('lists every configuration problem by name before opening anything', async () => {
    const run = runSlackCommand({ config: { databasePath: '/nonexistent/x.db', knowledgeDir: '/nonexistent', logLevel: 'silent', retentionDays: 365 }, log: createLogger('silent'), env: { SLACK_BOT_TOKEN: 'xoxp-TOPSECRETVALUE' } });
    const error = await run.then(() => undefined, (e: Error) => e);
    expect(error?.message).toMatch(/SLACK_BOT_TOKEN: .*\n.*SLACK_APP_TOKEN: /);
    expect(error?.message).not.toMatch(/TOPSECRETVALUE/);
  });
});
