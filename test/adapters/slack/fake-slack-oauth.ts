// A stand-in for slack.com on 127.0.0.1 for many workspaces: oauth.v2.access exchanges a code for that workspace's
// bot token, auth.test names the token's workspace, and the messaging methods record which token they were called with.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Web API call: the method, its form or JSON parameters, and the bearer token used. */
export interface OAuthStandInCall { method: string; params: Record<string, string>; token: string | undefined }

/** The stand-in; `url` is the Web API base (…/api/), `authorizeUrl` stands for https://slack.com/oauth/v2/authorize. */
export interface SlackOAuthStandIn { url: string; authorizeUrl: string; calls: OAuthStandInCall[]; tokenOf(team: string): string; close(): Promise<void> }

/** Starts it: a code `code-<TEAM>` installs workspace <TEAM>; only `clientId`/`clientSecret` are accepted. */
export async function startSlackOAuthStandIn(clientId: string, clientSecret: string): Promise<SlackOAuthStandIn> {
  const calls: OAuthStandInCall[] = [];
  const tokenOf = (team: string) => `xoxb-${team}-stand-in-token`;
  const teamOf = (token: string | undefined) => /^xoxb-(T\w+)-stand-in-token$/.exec(token ?? '')?.[1];
  let n = 0;
  const answer = (method: string, p: Record<string, string>, token: string | undefined): Record<string, unknown> => {
    if (method === 'oauth.v2.access') {
      if (p.client_id !== clientId || p.client_secret !== clientSecret) return { ok: false, error: 'invalid_client_id' };
      const team = /^code-(T\w+)$/.exec(p.code ?? '')?.[1];
      if (!team) return { ok: false, error: 'invalid_code' };
      return { ok: true, app_id: 'A0MATCH', authed_user: { id: 'U0INSTALLER' }, scope: 'chat:write,commands,im:history,im:write,files:write,files:read', token_type: 'bot', access_token: tokenOf(team), bot_user_id: 'UBOT', team: { id: team, name: `Workspace ${team}` }, enterprise: null, is_enterprise_install: false };
    }
    const team = teamOf(token);
    if (!team) return { ok: false, error: 'invalid_auth' };
    switch (method) {
      case 'auth.test': return { ok: true, url: `https://${team}.slack.com/`, team: `Workspace ${team}`, user: 'match-advisor', team_id: team, user_id: 'UBOT', bot_id: 'BBOT', is_enterprise_install: false };
      case 'chat.postMessage': return { ok: true, channel: p.channel, ts: `1790000000.${String(++n).padStart(6, '0')}` };
      case 'conversations.open': return { ok: true, channel: { id: `D${String(p.users).slice(1)}` } };
      case 'views.publish': return { ok: true, view: { id: 'V0HOME' } };
      default: return { ok: true };
    }
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const params = (req.headers['content-type'] ?? '').includes('json') ? (JSON.parse(text || '{}') as Record<string, string>) : Object.fromEntries(new URLSearchParams(text));
      const auth = req.headers.authorization;
      const token = auth?.startsWith('Bearer ') ? auth.slice(7) : params.token;
      const method = (req.url ?? '').replace(/^\/api\//, '').replace(/\?.*$/, '');
      calls.push({ method, params, token });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer(method, params, token)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/api/`, authorizeUrl: `${origin}/oauth/v2/authorize`, calls, tokenOf,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
