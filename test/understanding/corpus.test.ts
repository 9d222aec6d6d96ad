// Grades the understanding layer on the blind corpus: every case through `step`, accuracy by kind, harmful readings counted double.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { grade, type CorpusCase, type Graded } from './grade.js';

const corpus = JSON.parse(readFileSync(new URL('../fixtures/understanding-corpus.json', import.meta.url), 'utf8')) as { cases: CorpusCase[] };

/** Floors per kind (share of cases read right), set a little under what the layer reaches; harmful readings at most. */
const FLOORS: Record<string, number> = {
  single: 0.96, multi: 0.95, correction: 0.96, negation: 0.96, ambiguous: 0.88, question: 0.97, other_person: 0.93, identity: 0.95, plausibility: 0.95,
};
const OVERALL_FLOOR = 0.96;
const MAX_HARMFUL = 3;

describe('the understanding corpus', () => {
  const results = corpus.cases.map((c): [CorpusCase, Graded] => [c, grade(c)]);
  const byKind = new Map<string, { right: number; missed: number; harmful: number }>();
  for (const [c, g] of results) {
    const k = byKind.get(c.kind) ?? { right: 0, missed: 0, harmful: 0 };
    k[g.grade] += 1;
    byKind.set(c.kind, k);
  }
  const harmful = results.filter(([, g]) => g.grade === 'harmful').length;
  const right = results.filter(([, g]) => g.grade === 'right').length;
  // harmful readings count double: the score is right / (cases + harmful)
  const score = right / (results.length + harmful);

  it('reports accuracy by kind', () => {
    const rows = [...byKind].map(([kind, k]) => `${kind.padEnd(13)} ${String(k.right).padStart(3)}/${String(k.right + k.missed + k.harmful).padEnd(4)} right ${(100 * k.right / (k.right + k.missed + k.harmful)).toFixed(0).padStart(3)}%  harmful ${k.harmful}`);
    console.log(`understanding corpus: ${right}/${results.length} right, ${harmful} harmful, score ${(100 * score).toFixed(1)}% (harmful counted double)\n${rows.join('\n')}`);
    expect(results.length).toBeGreaterThanOrEqual(400);
  });

  it('holds the accuracy floors and the harmful ceiling', () => {
    expect(score).toBeGreaterThanOrEqual(OVERALL_FLOOR);
    expect(harmful).toBeLessThanOrEqual(MAX_HARMFUL);
    for (const [kind, floor] of Object.entries(FLOORS)) {
      const k = byKind.get(kind)!;
      expect(k.right / (k.right + k.missed + k.harmful), kind).toBeGreaterThanOrEqual(floor);
    }
  });
});
