// Proves another program can hold a whole conversation through pipes: only JSON lines on stdout, ending in a plan.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli-process.js';

const dir = mkdtempSync(join(tmpdir(), 'ma-pipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const INTERVIEW = ['IM, backup FM', 'J-1', 'passed first attempt', 'two hundred twenty', 'not taken', "class of '18",
  '3 months observership in LA', '2 US letters in IM', 'English, Spanish', 'LA and Orange County', 'none', 'none', 'applying this cycle', 'certified', 'no', 'not yet', 'yes'];

describe('chat --json through pipes', () => {
  it('writes exactly one JSON object per line and ends with the plan', () => {
    const run = spawnSync(process.execPath, [BIN, 'chat', '--json', '--db', join(dir, 'a.db')], {
      cwd: ROOT, input: `${INTERVIEW.join('\n')}\n`, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'info' }, timeout: 60_000,
    });
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    const objects = lines.map((l) => JSON.parse(l) as { type: string; id?: string; plan?: { profile: unknown; tiers: unknown } });
    for (const o of objects) expect(['text', 'question', 'plan']).toContain(o.type);
    const questions = objects.filter((o) => o.type === 'question').map((o) => o.id);
    expect(questions).toEqual(['specialty', 'visa', 'step1', 'step2ck', 'step3', 'graduationYear', 'usce', 'usLors', 'languages', 'regions', 'laTies', 'research', 'stage', 'ecfmg', 'couples', 'cycle', 'confirmProfile']);
    const last = objects[objects.length - 1]!;
    expect(last.type).toBe('plan');
    expect(last.plan?.profile).toMatchObject({ visa: 'needs_j1', step2ck: { taken: true, score: 220, attempts: 1 }, graduationYear: 2018 });
    expect(last.plan?.tiers).toHaveProperty('target');
  });

  it('keeps logs off stdout and never logs the answers', () => {
    const run = spawnSync(process.execPath, [BIN, 'chat', '--json', '--db', join(dir, 'b.db')], {
      cwd: ROOT, input: 'IM\nneed h1b\nmy step 2 is actually 219\n', encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'debug' }, timeout: 60_000,
    });
    expect(run.status).toBe(0);
    for (const line of run.stdout.trimEnd().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
    expect(run.stderr).not.toMatch(/219|h1b/i);
  });
});
