// Proves that the private file paths we load from `natural` still exist in the pinned release and still export
// what we call: a release that moves them fails here, not in a user's first question.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const require = createRequire(join(ROOT, 'package.json'));
const sources = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
});
const deepPaths = [...new Set(sources(join(ROOT, 'src')).flatMap((f) =>
  [...readFileSync(f, 'utf8').matchAll(/['"](natural\/lib\/[^'"]+)['"]/g)].map((m) => m[1]!)))].sort();

// what each private file must still offer, by the name our code reads from it
const MEMBERS: Record<string, (m: Record<string, unknown>) => unknown> = {
  'natural/lib/natural/tfidf/index.js': (m) => m.TfIdf,
  'natural/lib/natural/stemmers/porter_stemmer.js': (m) => m.stem,
  'natural/lib/natural/util/stopwords.js': (m) => m.words,
  'natural/lib/natural/distance/levenshtein_distance.js': (m) => m.DamerauLevenshteinDistance,
};

describe('natural, loaded by private path', () => {
  it('is pinned to one exact release in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies.natural).toMatch(/^\d+\.\d+\.\d+$/);
    const installed = JSON.parse(readFileSync(require.resolve('natural/package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe(pkg.dependencies.natural);
  });

  it('every private path src/ loads is one this test knows about', () => {
    expect(deepPaths.length).toBeGreaterThan(0);
    expect(deepPaths.filter((p) => !(p in MEMBERS))).toEqual([]);
  });

  it.each(Object.keys(MEMBERS))('%s still exists and exports what we use', (path) => {
    const mod = require(path) as Record<string, unknown>;
    expect(MEMBERS[path]!(mod)).toBeTruthy();
  });

  it('the pieces still behave as our retrieval expects', () => {
    const { stem } = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(w: string): string };
    expect(stem('programs')).toBe('program');
    const { DamerauLevenshteinDistance: d } = require('natural/lib/natural/distance/levenshtein_distance.js') as {
      DamerauLevenshteinDistance(a: string, b: string, o?: object): number };
    expect(d('visa', 'vias', { transposition_cost: 1 })).toBe(1);
    const { TfIdf } = require('natural/lib/natural/tfidf/index.js') as { TfIdf: new () => { addDocument(d: string[]): void; tfidf(t: string, i: number): number } };
    const t = new TfIdf();
    t.addDocument(['visa', 'sponsor']);
    t.addDocument(['step', 'score']);
    expect(t.tfidf('visa', 0)).toBeGreaterThan(t.tfidf('visa', 1));
  });
});
