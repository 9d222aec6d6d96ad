// The ahead-of-time build: the bundled CLI behaves like the sources, keeps Discord and Slack out of `chat`,
// and the launcher uses a build only while every file it came from is unchanged.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBuild } from '../../bin/fresh-build.mjs';
import { bundle, CLI_ENTRY, fingerprint } from '../../scripts/build.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const scratch = join(ROOT, '.tmp');
mkdirSync(scratch, { recursive: true });

/** Every file a module pulls in through static imports (relative ones), itself included. */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/^(?:import|export)\b[^;'"]*?from\s*['"](\.[^'"]+)['"]|^import\s*['"](\.[^'"]+)['"]/gm)) {
    staticGraph(join(file, '..', (m[1] ?? m[2])!), seen);
  }
  return seen;
}

describe('the bundled command line', () => {
  let out: string;
  beforeAll(async () => {
    out = mkdtempSync(join(scratch, 'build-test-'));
    await bundle(CLI_ENTRY, out);
  }, 60_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('holds a conversation from the bundle, finding the knowledge folder and natural from the sources', () => {
    const db = join(out, 'chat.db');
    const text = execFileSync(process.execPath, [join(out, 'main.mjs'), 'chat', '--json', '--db', db], {
      input: 'IM, backup FM\nhow do I explain a step 1 fail?\n', encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    const lines = text.trim().split('\n').map((l) => JSON.parse(l) as { type: string; id?: string; text?: string });
    expect(lines.filter((l) => l.type === 'question').map((l) => l.id)).toEqual(['specialty', 'visa', 'visa']);
    // the side question was answered from the articles (retrieval, through natural's stemmer)
    expect(lines.some((l) => l.type === 'text' && /fail/i.test(l.text ?? ''))).toBe(true);
  }, 30_000);

  it('loads discord.js and Bolt only in their own commands', () => {
    const chat = [...staticGraph(join(out, 'main.mjs'))].map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(chat).not.toMatch(/from\s*['"](discord\.js|@slack\/bolt)['"]/);
    const all = execFileSync('ls', [out], { encoding: 'utf8' });
    expect(all).toMatch(/discord-\w+\.mjs/);
    expect(all).toMatch(/slack-\w+\.mjs/);
  });
});

describe('the launcher', () => {
  const dir = mkdtempSync(join(scratch, 'fresh-test-'));
  const source = join(dir, 'source.ts');
  const dist = pathToFileURL(`${dir}/`);
  const record = (extra: object = {}) => writeFileSync(join(dir, 'build-info.json'), JSON.stringify({
    entry: 'main.mjs', node: process.version, inputs: fingerprint([source]).map((f) => ({ ...f, path: relative(ROOT, source) })), ...extra,
  }));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('uses a build whose sources are unchanged', () => {
    writeFileSync(source, 'export const a = 1;\n');
    record();
    expect(freshBuild(dist)).toBe(pathToFileURL(join(dir, 'main.mjs')).href);
  });

  it('falls back to the sources when one was edited, removed, or the record is unreadable or from another Node', () => {
    writeFileSync(source, 'export const a = 1;\n');
    record();
    utimesSync(source, new Date(), new Date(Date.now() + 5000));
    expect(freshBuild(dist)).toBeUndefined();
    record({ node: 'v0.0.1' });
    expect(freshBuild(dist)).toBeUndefined();
    writeFileSync(join(dir, 'build-info.json'), '{ not json');
    expect(freshBuild(dist)).toBeUndefined();
    record();
    rmSync(source);
    expect(freshBuild(dist)).toBeUndefined();
  });

  it('says nothing is built when there is no record at all', () => {
    expect(freshBuild(pathToFileURL(`${join(dir, 'nowhere')}/`))).toBeUndefined();
  });
});
