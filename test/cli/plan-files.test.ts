// Issue 20 item 7: the terminal's files are safe: a program name made to run as a spreadsheet formula is escaped in
import { startTerminalSession } from '../helpers/terminal-session.js';
// match-plan.csv, files are 0600 even over an older 0644 one, a link planted under a file's name is never
// followed, and "forget me" deletes the files it wrote (or says which it could not).
import { chmodSync, existsSync, lstatSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_FILE, forgetFiles, personalFileName, writePlanFile } from '../../adapters/cli/plan-files.js';
import type { Plan } from '../../src/domain/plan.js';
import { fixturePlan } from '../fixtures/plans/index.js';

const dirs: string[] = [];
const freshDir = () => { const d = mkdtempSync(join(tmpdir(), 'ma-files-')); dirs.push(d); return d; };
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });
const modeOf = (path: string) => statSync(path).mode & 0o777;
/** A formula start at the beginning of a cell, or after a separator a spreadsheet might split on. */
const RUNS_AS_FORMULA = /(^|[;,\t|]\s*)[=+\-@]/;

function hostilePlan(): Plan {
  const plan = fixturePlan('typical');
  const first = plan.tiers.target[0] ?? plan.tiers.reach[0]!;
  first.name = 'X;=1+2;@SUM(A1:A9)';
  first.reasons = ['=HYPERLINK("http://example.invalid")', 'fine; +1 more'];
  return plan;
}

describe('match-plan.csv and friends', () => {
  it('escapes formula starts in every cell, even after a separator, as the program export does', async () => {
    const dir = freshDir();
    const said = await writePlanFile({ type: 'plan', private: true, plan: hostilePlan(), view: { kind: 'csv' } }, dir);
    expect(said).toMatch(/^Wrote .*match-plan\.csv/);
    const rows = parse(readFileSync(join(dir, 'match-plan.csv'), 'utf8')) as string[][];
    const cells = rows.flat();
    expect(cells.some((c) => c.includes('SUM(A1:A9)'))).toBe(true);
    for (const c of cells) expect({ c, runs: RUNS_AS_FORMULA.test(c) }).toEqual({ c, runs: false });
  });

  it('an existing 0644 file is replaced by a 0600 one, so "only you can read it" is true', async () => {
    const dir = freshDir();
    const path = join(dir, 'match-plan.csv');
    writeFileSync(path, 'old');
    chmodSync(path, 0o644);
    const said = await writePlanFile({ type: 'plan', private: true, plan: fixturePlan('typical'), view: { kind: 'csv' } }, dir);
    expect(said).toMatch(/only you can read it/);
    expect(modeOf(path)).toBe(0o600);
    expect(readFileSync(path, 'utf8')).not.toBe('old');
  });

  it('never follows a link planted under the file\'s name: the target is untouched and the reply says so', async () => {
    const dir = freshDir();
    const target = join(dir, 'precious.txt');
    writeFileSync(target, 'keep me');
    chmodSync(target, 0o644);
    symlinkSync(target, join(dir, 'match-plan.csv'));
    const said = await writePlanFile({ type: 'plan', private: true, plan: fixturePlan('typical'), view: { kind: 'csv' } }, dir);
    expect(said).toMatch(/could not write .*match-plan\.csv.*link/);
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(modeOf(target)).toBe(0o644);
    expect(lstatSync(join(dir, 'match-plan.csv')).isSymbolicLink()).toBe(true);
  });
});

describe('the terminal session', () => {
  it('"export my data" writes a private JSON file; "forget me" deletes the plan files and the export and says so', async () => {
    const dir = freshDir();
    const { app, input, out, done } = startTerminalSession('cli:files', dir);
    const waitFor = async (re: RegExp) => { for (let i = 0; i < 600 && !re.test(out()); i += 1) await new Promise((r) => setTimeout(r, 20)); expect(out()).toMatch(re); };
    await waitFor(/specialty/);
    input.write('IM\nplan\ncsv\n');
    await waitFor(/Wrote .*match-plan-files\.csv/);
    input.write('export my data\n');
    await waitFor(/Wrote .*match-advisor-my-data-files\.json/);
    const mine = join(dir, personalFileName(DATA_FILE, 'cli:files'));
    expect(modeOf(mine)).toBe(0o600);
    expect(JSON.parse(readFileSync(mine, 'utf8'))).toMatchObject({ conversationId: 'cli:files' });
    input.write('forget me\nyes\n');
    await waitFor(/Also deleted: .*match-plan-files\.csv.*match-advisor-my-data-files\.json/);
    input.end();
    await done;
    app.close();
    expect(existsSync(join(dir, 'match-plan-files.csv'))).toBe(false);
    expect(existsSync(mine)).toBe(false);
  }, 60_000);
});

describe('each person\'s files are their own', () => {
  it('an export is named after its owner, and "forget me" deletes only that owner\'s files', async () => {
    const dir = freshDir();
    const data = { type: 'export' as const, private: true as const, data: { state: {} } };
    await writePlanFile(data, dir, 'cli:amira');
    await writePlanFile(data, dir, 'cli:bao');
    expect(existsSync(join(dir, 'match-advisor-my-data-amira.json'))).toBe(true);
    const said = await forgetFiles(dir, 'cli:bao');
    expect(said).toMatch(/match-advisor-my-data-bao\.json/);
    expect(said).not.toMatch(/amira/);
    expect(existsSync(join(dir, 'match-advisor-my-data-amira.json'))).toBe(true);
    expect(existsSync(join(dir, 'match-advisor-my-data-bao.json'))).toBe(false);
  });
  it('a file is never written outside its folder, whatever the user name holds', () => {
    for (const owner of ['cli:../../etc/x', 'cli:a/b', 'cli:..', 'cli:'])
      expect(personalFileName(DATA_FILE, owner)).toMatch(/^match-advisor-my-data(-[A-Za-z0-9_-]+)?\.json$/);
  });
  it('the data folder is made when it is missing', async () => {
    const dir = join(freshDir(), 'data');
    const said = await writePlanFile({ type: 'export', private: true, data: { state: {} } }, dir, 'cli:local');
    expect(said).toMatch(/^Wrote /);
    expect(existsSync(join(dir, 'match-advisor-my-data-local.json'))).toBe(true);
  });
});
