// Issue 20 #3: one conversation row whose record header is damaged must not stop start-up for everyone.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/domain/io.js';
import { readCoreConfig } from '../../src/runtime/config.js';
import { createLogger } from '../../src/runtime/logger.js';
import { NOTICES } from '../../src/runtime/notices.js';
import { openApp } from '../../src/runtime/open-app.js';

const dir = mkdtempSync(join(tmpdir(), 'ma-damaged-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const texts = (rs: Reply[]) => rs.map((r) => ('text' in r ? r.text : '')).join('\n');

/** Damages the record header of one conversation row in the file: its last column claims more bytes than the record has. */
function damageHeader(path: string, id: string) {
  const bytes = readFileSync(path);
  const needle = Buffer.from(id);
  let at = bytes.indexOf(needle);
  // the record body starts with the id, followed by the state's JSON; the byte before is the header's last serial type
  while (at >= 0 && bytes[at + needle.length] !== 0x7b) at = bytes.indexOf(needle, at + 1);
  expect(at).toBeGreaterThan(0);
  bytes[at - 1] = 0x7f;
  writeFileSync(path, bytes);
}

describe('a damaged record at start-up', () => {
  it('start-up still succeeds, others are served, and the damaged record is set aside for its owner', async () => {
    const path = join(dir, 'm.db');
    const read = readCoreConfig({ DATABASE_PATH: path, LOG_LEVEL: 'silent' });
    if (!read.ok) throw new Error(read.problems.join());
    const log = createLogger('silent');
    const first = openApp(read.config, log);
    for (const id of ['cli:first', 'cli:zqvictim', 'cli:last']) {
      await first.advisor.handle(id, { kind: 'text', text: 'start' });
      await first.advisor.handle(id, { kind: 'text', text: 'IM' });
    }
    await first.close();
    damageHeader(path, 'cli:zqvictim');

    const again = openApp(read.config, log);
    try {
      expect((await again.advisor.profileOf('cli:first'))?.specialty?.primary).toBe('internal_medicine');
      expect(texts(await again.advisor.handle('cli:last', { kind: 'text', text: 'need a J-1' }))).not.toContain(NOTICES.apology);
      const victim = await again.advisor.handle('cli:zqvictim', { kind: 'text', text: 'start' });
      expect(texts(victim)).not.toContain(NOTICES.apology);
      const exported = (await again.advisor.handle('cli:zqvictim', { kind: 'text', text: 'export my data' })).find((r) => r.type === 'export') as { data: { setAside: unknown[] } } | undefined;
      expect(exported?.data.setAside.length).toBe(1);
      expect(again.db.prepare("SELECT count(*) AS n FROM conversations WHERE id IN ('cli:first', 'cli:last')").get()).toEqual({ n: 2 });
    } finally {
      await again.close();
    }
  }, 60_000);
});
