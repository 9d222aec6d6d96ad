// Issue 20: the built dist/ is all a user runs; tsx (which runs the TypeScript sources) is a development
// dependency, and without it the launcher says how to build instead of failing with a stack trace.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url);

it('tsx is a development dependency only', () => {
  const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
  expect(pkg.dependencies.tsx).toBeUndefined();
  expect(pkg.devDependencies.tsx).toBeDefined();
});

it('without a build and without tsx, the launcher says what to run and exits 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ma-nodev-'));
  try {
    mkdirSync(join(dir, 'bin'));
    for (const f of ['match-advisor.mjs', 'fresh-build.mjs']) copyFileSync(new URL(`bin/${f}`, ROOT), join(dir, 'bin', f));
    const run = spawnSync(process.execPath, [join(dir, 'bin', 'match-advisor.mjs'), 'chat'], { cwd: dir, encoding: 'utf8', input: 'quit\n' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/dist\/ is missing or older than the sources/);
    expect(run.stderr).toMatch(/npm install/);
    expect(run.stderr).not.toMatch(/ERR_MODULE_NOT_FOUND|\n\s+at /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
