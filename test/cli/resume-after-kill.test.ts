// Proves durability: a chat process killed mid-interview resumes at the same pending question from the SQLite file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startChat } from '../helpers/cli-process.js';

const dir = mkdtempSync(join(tmpdir(), 'ma-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kill and resume', () => {
  it('resumes at the pending question with the earlier answers kept', async () => {
    const db = join(dir, 'advisor.db');
    const first = startChat(['--db', db, '--user', 'kill-test']);
    let q = await first.untilQuestion(0);
    expect(q.id).toBe('specialty');
    for (const answer of ['psych', 'need a J-1', 'failed once then passed', '221']) {
      first.send(answer);
      q = await first.untilQuestion(q.index + 1);
    }
    expect(q.id).toBe('step3');
    first.child.kill('SIGKILL');
    await first.exited;

    const second = startChat(['--db', db, '--user', 'kill-test']);
    const resumed = await second.untilQuestion(0);
    expect(resumed.id).toBe('step3');
    expect(second.lines.slice(0, resumed.index)).toContainEqual({ type: 'text', text: expect.stringMatching(/Welcome back/) });
    second.send('profile');
    await second.untilQuestion(resumed.index + 1);
    const profileText = second.lines.map((l) => (l as { text?: string }).text ?? '').join('\n');
    expect(profileText).toMatch(/Specialty: Psychiatry/);
    expect(profileText).toMatch(/Step 1: passed on the second attempt/);
    expect(profileText).toMatch(/Step 2 CK: 221/);
    second.child.stdin.end();
    expect(await second.exited).toBe(0);
  });

  it('keeps conversations of different users apart', async () => {
    const db = join(dir, 'advisor.db');
    const other = startChat(['--db', db, '--user', 'someone-else']);
    const q = await other.untilQuestion(0);
    expect(q.id).toBe('specialty');
    other.child.stdin.end();
    await other.exited;
  });
});
