// No source or knowledge file holds a control character: a regex "\b" written through a tool once became a literal
// backspace, and the pattern silently never matched (two specialties with "FM preferred" were asked about again).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src', 'adapters', 'bin', 'knowledge'];
const TEXT = /\.(ts|mts|mjs|js|json|md|csv)$/;
// tab, newline and carriage return are fine; every other C0 control character is a mistake
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f]/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : TEXT.test(name) ? [p] : [];
  });
}

describe('source and knowledge files', () => {
  it('hold no control characters', () => {
    const bad = ROOTS.flatMap(files).filter((f) => CONTROL.test(readFileSync(f, 'utf8')));
    expect(bad).toEqual([]);
  });
});
