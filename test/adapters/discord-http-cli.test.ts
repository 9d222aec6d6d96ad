// Proves `match-advisor discord http` as shipped: the real CLI process serves signed interactions and its ops routes
// on PORT, and on SIGTERM says it is not ready, drains and exits 0.
import { spawn } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { closedPort as freePort } from '../helpers/closed-port.js';
import { waitUntil as until } from '../helpers/wait-until.js';
import { BIN } from '../helpers/cli-process.js';
import { APP_ID, TOKEN } from './discord/harness.js';

it('serves PING and /readyz from the command line, and drains and exits 0 on SIGTERM', async () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const dir = mkdtempSync(join(tmpdir(), 'match-advisor-discord-http-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: APP_ID, DISCORD_PUBLIC_KEY: publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex'),
    PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: join(dir, 'advisor.db'), LOG_LEVEL: 'info', DISCORD_API_URL: 'http://127.0.0.1:9/api',
  };
  const child = spawn(process.execPath, [BIN, 'discord', 'http'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    await until(() => stderr.includes('Discord interactions endpoint on port'), 25_000);
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const body = JSON.stringify({ id: '1', application_id: APP_ID, type: 1, token: 't', version: 1 });
    const ts = String(Math.floor(Date.now() / 1000));
    const res = await fetch(`${base}/interactions`, { method: 'POST', body, headers: { 'x-signature-ed25519': sign(null, Buffer.from(ts + body), privateKey).toString('hex'), 'x-signature-timestamp': ts } });
    expect(await res.json()).toEqual({ type: 1 });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toContain('Draining');
    expect(stderr).not.toContain(TOKEN);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
