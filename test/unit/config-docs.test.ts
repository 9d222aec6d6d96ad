// Proves the configuration table (docs/data.md, and the README while it still has one) and .env.example name the same
// variables, and the code reads only those.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');
const filesUnder = (dir: string): string[] => readdirSync(join(ROOT, dir)).flatMap((f) => {
  const p = join(dir, f);
  return statSync(join(ROOT, p)).isDirectory() ? filesUnder(p) : p.endsWith('.ts') ? [p] : [];
});

describe('configuration documentation', () => {
  const sectionOf = (text: string) => {
    const at = text.indexOf('## Configuration');
    if (at < 0) return '';
    const end = text.indexOf('\n## ', at + 5);
    return text.slice(at, end < 0 ? undefined : end);
  };
  const tables = ['README.md', 'docs/data.md'].map((f) => { try { return sectionOf(read(f)); } catch { return ''; } }).join('\n');
  const inReadme = new Set([...tables.matchAll(/^\| `([A-Z][A-Z0-9_]+)`/gm)].map((m) => m[1]!));
  const inExample = new Set([...read('.env.example').matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!));

  it('lists the same variables in the README table and in .env.example', () => {
    expect(inReadme.size).toBeGreaterThan(10);
    expect([...inReadme].sort()).toEqual([...inExample].sort());
  });

  it('documents every environment variable the code reads', () => {
    const code = [...filesUnder('src'), ...filesUnder('adapters')].map(read).join('\n');
    const used = new Set([...code.matchAll(/\b(?:env|process\.env)\.([A-Z][A-Z0-9_]+)|['"]((?:DATABASE|KNOWLEDGE|LOG|RETENTION|DATA|DISCORD|SLACK)_[A-Z0-9_]+|PORT)['"]/g)].map((m) => m[1] ?? m[2]!));
    expect(used.size).toBeGreaterThanOrEqual(8);
    const undocumented = [...used].filter((v) => !inExample.has(v));
    expect(undocumented).toEqual([]);
  });
});
