// Proves the test set-up's guard: connections to this machine work, connections anywhere else are refused by
// every client a test could use (net, http, the global fetch), before any packet leaves.
import { createServer, connect, type AddressInfo } from 'node:net';
import { get } from 'node:http';
import { describe, expect, it } from 'vitest';

const refusal = /network connection to .* refused/;

describe('no network off 127.0.0.1 in tests', () => {
  it('a local server can still be reached', async () => {
    const server = createServer((s) => s.end('hi'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const said = await new Promise<string>((resolve, reject) => {
      const s = connect(port, '127.0.0.1');
      let text = '';
      s.on('data', (d) => { text += String(d); }).on('end', () => resolve(text)).on('error', reject);
    });
    server.close();
    expect(said).toBe('hi');
  });

  it('net.connect to another address is refused', async () => {
    const error = await new Promise<Error>((resolve) => connect(443, '93.184.215.14').on('error', resolve));
    expect(error.message).toMatch(refusal);
  });

  it('http.get to a public name is refused', async () => {
    const error = await new Promise<Error>((resolve) => get('http://example.com/').on('error', resolve));
    expect(error.message).toMatch(refusal);
  });

  it('fetch to a public address is refused', async () => {
    const error = await fetch('https://93.184.215.14/').then(() => undefined, (e: Error) => e);
    expect(String((error as { cause?: Error })?.cause?.message ?? error?.message)).toMatch(refusal);
  });
});
