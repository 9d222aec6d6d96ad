// Proves the layering: src/ never imports a platform SDK or an adapter, and the engine does no I/O.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const filesUnder = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? filesUnder(p) : p.endsWith('.ts') ? [p] : [];
});
const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);

describe('architecture', () => {
  it('src/ imports neither discord.js, Bolt, nor any adapter', () => {
    const offenders = filesUnder(join(ROOT, 'src')).flatMap((f) => importsOf(f)
      .filter((i) => /^(discord\.js|@discordjs\/|@slack\/)/.test(i) || i.includes('/adapters/') || i.startsWith('../../adapters'))
      .map((i) => `${relative(ROOT, f)} -> ${i}`));
    expect(offenders).toEqual([]);
  });

  it('the engine touches no database, file, clock or network', () => {
    const offenders = filesUnder(join(ROOT, 'src/engine')).flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      const bad = importsOf(f).filter((i) => /^(node:)?(fs|net|http|https|child_process)$|better-sqlite3|\/store\//.test(i));
      if (/\bnew Date\(\)|Date\.now\(\)|Math\.random\(\)/.test(text)) bad.push('reads the clock or randomness');
      return bad.map((b) => `${relative(ROOT, f)}: ${b}`);
    });
    expect(offenders).toEqual([]);
  });

  it('every exported function, type and constant in src/ carries a comment saying what it promises', () => {
    const missing: string[] = [];
    for (const f of filesUnder(join(ROOT, 'src'))) {
      const lines = readFileSync(f, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (!/^export (async )?(function|const|interface|type|class)\b/.test(line)) return;
        let j = i - 1;
        while (j >= 0 && lines[j]!.trim() === '') j--;
        // a group of exports that belong together (a schema and its inferred type) shares the comment above it
        const prev = lines[j]?.trim() ?? '';
        const pairedType = /^export type \w+ = (z\.infer|\(typeof)/.test(line) && /^(export|\}\)|\]|\);?$|\} as const;?$)/.test(prev);
        if (!(pairedType || prev.startsWith('export ') || prev.endsWith('*/') || prev.startsWith('//') || prev.startsWith('*'))) missing.push(`${relative(ROOT, f)}:${i + 1}`);
      });
    }
    expect(missing).toEqual([]);
  });
});
