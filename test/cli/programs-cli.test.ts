// Proves `programs import` reports bad rows by line and imports nothing, and `programs export` round-trips.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli-process.js';

const dir = mkdtempSync(join(tmpdir(), 'ma-programs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'p.db');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args, '--db', db], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe('programs import and export from the command line', () => {
  it('exports the bundled table, refuses a bad CSV whole, and imports a good one', () => {
    const exported = run('programs', 'export');
    expect(exported.status).toBe(0);
    const lines = exported.stdout.trimEnd().split('\n');
    expect(lines.length).toBe(191);

    const bad = [...lines.slice(0, 3), lines[3]!.replace(/^[^,]+,/, '=HYPERLINK("http://evil"),')].join('\n');
    writeFileSync(join(dir, 'bad.csv'), bad);
    const refused = run('programs', 'import', join(dir, 'bad.csv'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/Nothing was imported/);
    expect(refused.stderr).toMatch(/line 4/);
    expect(run('programs', 'export').stdout.trimEnd().split('\n')).toHaveLength(lines.length);

    writeFileSync(join(dir, 'good.csv'), `${lines.slice(0, 11).join('\n')}\n`);
    const imported = run('programs', 'import', join(dir, 'good.csv'));
    expect(imported.stderr).toMatch(/imported 10 programs/);
    run('programs', 'export', '--out', join(dir, 'again.csv'));
    expect(readFileSync(join(dir, 'again.csv'), 'utf8')).toBe(`${lines.slice(0, 11).join('\n')}\n`);
  }, 120_000); // five real processes, each starting the app: slow on a loaded machine

  it('names the missing file instead of crashing', () => {
    const missing = run('programs', 'import', join(dir, 'nope.csv'));
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/Cannot read .*nope\.csv/);
  });
});
