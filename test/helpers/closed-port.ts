// A local port with nothing listening on it, for tests of start-up against an unreachable address.
import { createServer } from 'node:net';

/** Opens a server on 127.0.0.1, takes its port and closes it again: connections to it are refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}
