// The committed program table is exactly what scripts/build-programs.ts makes from ../shared/data and our additions,
// so nobody's hand edit is lost the next time the table is rebuilt.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the program table', () => {
  it('is rebuilt byte for byte from the shared data and knowledge/programs/additions.csv', () => {
    const dir = mkdtempSync(join(tmpdir(), 'programs-'));
    try {
      const out = join(dir, 'programs.csv');
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-programs.ts', '../shared/data', out], { stdio: 'pipe' });
      expect(readFileSync(out, 'utf8')).toBe(readFileSync('knowledge/programs/programs.csv', 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
