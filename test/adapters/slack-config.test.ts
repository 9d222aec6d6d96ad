// Proves the Slack configuration: Socket Mode by default, HTTP mode with SLACK_SIGNING_SECRET + PORT, every problem
// reported at once by variable name, and no secret value ever echoed in a problem.
import { describe, expect, it } from 'vitest';
import { readSlackConfig } from '../../adapters/slack/config.js';

const BOT = 'xoxb-1111-2222-SECRETBOTVALUE';
const APP = 'xapp-1-A111-SECRETAPPVALUE';
const SIGNING = 'f00dfacecafebeef0123456789abcdef';

describe('readSlackConfig', () => {
  it('chooses Socket Mode with a bot and an app token', () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP })).toEqual({
      ok: true,
      config: { botToken: BOT, mode: { kind: 'socket', appToken: APP }, adminUserIds: [] },
    });
  });

  it('chooses HTTP mode when SLACK_SIGNING_SECRET and PORT are set, even with an app token', () => {
    const read = readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SIGNING, PORT: '3000', SLACK_APP_TOKEN: APP });
    expect(read.ok && read.config.mode).toEqual({ kind: 'http', signingSecret: SIGNING, port: 3000 });
  });

  it('reads admins and the API base URL (adding the trailing slash)', () => {
    const read = readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_ADMIN_USER_IDS: ' U012AB3CD, W0ENTERPRISE ,', SLACK_API_URL: 'http://127.0.0.1:9999/api' });
    expect(read.ok && read.config.adminUserIds).toEqual(['U012AB3CD', 'W0ENTERPRISE']);
    expect(read.ok && read.config.apiUrl).toBe('http://127.0.0.1:9999/api/');
  });

  it('reports every problem together, by variable name, without echoing any value', () => {
    const env = { SLACK_BOT_TOKEN: 'xoxp-TOPSECRETUSERTOKEN', SLACK_APP_TOKEN: 'xoxb-TOPSECRETWRONGKIND', PORT: 'eighty', SLACK_ADMIN_USER_IDS: 'alice', SLACK_API_URL: 'ftp://TOPSECRETHOST/' };
    const read = readSlackConfig(env);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const names = read.problems.map((p) => p.split(':')[0]);
    expect(names).toEqual(expect.arrayContaining(['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'PORT', 'SLACK_ADMIN_USER_IDS', 'SLACK_API_URL']));
    const all = read.problems.join('\n');
    expect(all).not.toMatch(/TOPSECRET|eighty|alice/);
  });

  it('says what to set when no mode can be chosen', () => {
    const none = readSlackConfig({ SLACK_BOT_TOKEN: BOT });
    expect(!none.ok && none.problems).toEqual([expect.stringMatching(/^SLACK_APP_TOKEN: .*SLACK_SIGNING_SECRET and PORT/)]);
    const noPort = readSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SIGNING });
    expect(!noPort.ok && noPort.problems).toEqual([expect.stringMatching(/^PORT: /)]);
    const noSecret = readSlackConfig({ SLACK_BOT_TOKEN: BOT, PORT: '3000' });
    expect(!noSecret.ok && noSecret.problems).toEqual([expect.stringMatching(/^SLACK_SIGNING_SECRET: /)]);
    const empty = readSlackConfig({ SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '  ' });
    expect(!empty.ok && empty.problems.map((p) => p.split(':')[0])).toEqual(['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN']);
  });
});
