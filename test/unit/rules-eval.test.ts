// Proves the condition language's semantics (missing values, lists, derived facts) and rule ordering.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { evaluateCondition } from '../../src/knowledge/rules/condition.js';
import { profileFacts } from '../../src/knowledge/rules/facts.js';
import { evaluateRules, type Rule } from '../../src/knowledge/rules/rules.js';

const NOW = new Date('2025-09-01T00:00:00Z');
const facts = (p: Profile) => profileFacts(p, NOW);

describe('conditions', () => {
  it('notIn is true for a missing field; in, eq, lt, gte are false', () => {
    const f = facts({});
    expect(evaluateCondition({ field: 'step3.status', notIn: ['passed'] }, f)).toBe(true);
    expect(evaluateCondition({ field: 'step3.status', in: ['passed'] }, f)).toBe(false);
    expect(evaluateCondition({ field: 'step2ckScore', lt: 220 }, f)).toBe(false);
    expect(evaluateCondition({ field: 'usce', missing: true }, f)).toBe(true);
  });
  it('lists match on any element; an empty list counts as missing', () => {
    const f = facts({ regions: ['inland_empire', 'la_county'], languages: [] });
    expect(evaluateCondition({ field: 'regions', in: ['la_county'] }, f)).toBe(true);
    expect(evaluateCondition({ field: 'regions', notIn: ['san_diego'] }, f)).toBe(true);
    expect(evaluateCondition({ field: 'languages', exists: true }, f)).toBe(false);
  });
  it('derived facts: years since graduation, failures, best known Step 2 CK, languages', () => {
    const f = facts({
      graduationYear: 2009, step1: { result: 'passed', attempts: 2 }, step2ck: { taken: false, predicted: 231 },
      step3: { status: 'failed' }, languages: ['English', 'Spanish'], usce: { months: 0, kind: 'none', where: [] },
    });
    expect(f.yearsSinceGraduation).toBe(16);
    expect(f.examFailures).toBe(2);
    expect(f.step2ckScore).toBe(231);
    expect(f.nonEnglishLanguages).toEqual(['spanish']);
    expect(f.hasUsce).toBe(false);
    expect(f.usce).toBe(true);
  });
  it('all / any / not compose', () => {
    const f = facts({ visa: 'needs_h1b' });
    expect(evaluateCondition({ all: [{ field: 'visa', eq: 'needs_h1b' }, { not: { field: 'step3.status', eq: 'passed' } }] }, f)).toBe(true);
    expect(evaluateCondition({ any: [{ field: 'visa', eq: 'needs_j1' }, { field: 'stage', exists: true }] }, f)).toBe(false);
  });
});

describe('evaluateRules', () => {
  const rule = (id: string, priority: number): Rule => ({ id, priority, title: `Title ${id}`, detail: 'Some detail text', when: { field: 'visa', exists: true } });
  it('returns matching rules by priority, then id', () => {
    const out = evaluateRules([rule('b', 2), rule('c', 1), rule('a', 2)], { visa: 'needs_j1' }, NOW);
    expect(out.map((s) => s.id)).toEqual(['c', 'a', 'b']);
    expect(evaluateRules([rule('a', 1)], {}, NOW)).toEqual([]);
  });
});
