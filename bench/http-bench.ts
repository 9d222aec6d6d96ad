// `npm run bench:http`: the cost of serving Discord interactions over HTTP on this machine. The Ed25519 check
// alone; signed PINGs answered per second; and /advise interactions from distinct users, concurrently, timed to
// their HTTP answer (Discord's 3-second rule) and to the question arriving through the webhook (a local stand-in).
import { generateKeyPairSync, sign } from 'node:crypto';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createAdvisor } from '../src/runtime/advisor.js';
import { createLogger } from '../src/runtime/logger.js';
import { loadFlow } from '../src/knowledge/load-flow.js';
import { BUNDLED_KNOWLEDGE } from '../src/runtime/config.js';
import { createMetrics } from '../src/runtime/metrics.js';
import { sqliteReadiness } from '../src/runtime/http/readiness.js';
import { createSqliteStore } from '../src/store/conversation-store.js';
import { openDatabase } from '../src/store/open-database.js';
import { createDiscordHttp } from '../adapters/discord/http/serve.js';
import { publicKeyFrom, verifyRequest } from '../adapters/discord/http/verify.js';
import { startFakeDiscord } from '../test/adapters/discord/fake-discord.js';
import { bigPlanAdvice } from '../test/adapters/discord/big-plan.js';
import { APP_ID, TOKEN } from '../test/adapters/discord/harness.js';
import { slash, user } from '../test/adapters/discord/payloads.js';
import { percentile } from './lib/stats.js';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const key = publicKeyFrom(publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex'))!;
const signed = (body: string) => {
  const ts = String(Math.floor(Date.now() / 1000));
  return { ts, sig: sign(null, Buffer.from(ts + body), privateKey).toString('hex') };
};

// 1. the signature check alone
const sample = Buffer.from(JSON.stringify(slash(APP_ID, user('bench'), { guildId: '1300000000000000001', channelId: '1300000000000000002', permissions: '0' }, 'advise')));
const { ts, sig } = signed(sample.toString());
const N_VERIFY = 5000;
let t0 = performance.now();
for (let i = 0; i < N_VERIFY; i += 1) verifyRequest(key, sig, ts, sample, Date.now());
const verifyUs = ((performance.now() - t0) * 1000) / N_VERIFY;

// 2 and 3: the endpoint on loopback
const fake = await startFakeDiscord({ token: TOKEN, appId: APP_ID });
const db = openDatabase(':memory:');
const advisor = createAdvisor({ store: createSqliteStore(db), flow: loadFlow(BUNDLED_KNOWLEDGE), advice: bigPlanAdvice(), clock: () => new Date(), log: createLogger('silent') });
const relay = async (i: { id: string; token: string }, body: unknown) => {
  await fetch(`${fake.apiUrl}/v10/interactions/${i.id}/${i.token}/callback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
};
const server = createDiscordHttp({ advisor, admin: { importCsv: () => ({ ok: true, imported: 0 }), exportCsv: () => '' }, token: TOKEN, publicKey: key, apiUrl: fake.apiUrl, log: createLogger('silent'), metrics: createMetrics({ processMetrics: false }), readiness: sqliteReadiness(db), answered: relay });
const url = `http://127.0.0.1:${await server.service.listen(0, '127.0.0.1')}/interactions`;
const post = (body: string) => { const s = signed(body); return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-signature-ed25519': s.sig, 'x-signature-timestamp': s.ts }, body }); };

const N_PING = 2000;
const ping = JSON.stringify({ id: '1', application_id: APP_ID, type: 1, token: 'p', version: 1 });
t0 = performance.now();
for (let i = 0; i < N_PING; i += 50) await Promise.all(Array.from({ length: 50 }, () => post(ping).then((r) => r.text())));
const pingsPerSecond = N_PING / ((performance.now() - t0) / 1000);

const USERS = 300;
const CONCURRENCY = 20;
const answerMs: number[] = [];
const questionMs: number[] = [];
t0 = performance.now();
for (let i = 0; i < USERS; i += CONCURRENCY) {
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    const payload = slash(APP_ID, user('u'), { guildId: '1300000000000000001', channelId: '1300000000000000002', permissions: '0' }, 'advise');
    fake.interaction(payload);
    const start = performance.now();
    const res = await post(JSON.stringify(payload));
    await res.text();
    answerMs.push(performance.now() - start);
    await fake.until(() => (fake.original(payload.token)?.content ?? '').length > 0, 10_000);
    questionMs.push(performance.now() - start);
  }));
}
const turnsPerSecond = USERS / ((performance.now() - t0) / 1000);
await server.stop(5000);
await fake.close();

const f = (n: number) => n.toFixed(1);
process.stdout.write(`Discord interactions over HTTP (node ${process.version}, ${cpus().length} cores)
  Ed25519 check:            ${f(verifyUs)} µs per request
  signed PINGs answered:     ${Math.round(pingsPerSecond)} per second (50 at a time)
  /advise, ${USERS} users, ${CONCURRENCY} at a time: ${f(turnsPerSecond)} turns per second
    HTTP answer (deferral):  p50 ${f(percentile(answerMs, 50))} ms, p99 ${f(percentile(answerMs, 99))} ms (Discord allows 3,000)
    question via webhook:    p50 ${f(percentile(questionMs, 50))} ms, p99 ${f(percentile(questionMs, 99))} ms
`);
