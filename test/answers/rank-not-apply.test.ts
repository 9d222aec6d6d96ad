// How many programs to RANK is the rank order list, which the guides answer from the 2026 rank-list figures; how many to
// APPLY to is the plan's count. "How do I stand" asks for the asker's standing, as "where do I stand" does.
import { describe, expect, it } from 'vitest';
import { ADVICE } from './grade.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const profile = { specialty: { primary: 'internal_medicine' as const }, visa: 'needs_j1' as const, step1: { result: 'passed' as const, attempts: 1 }, step2ck: { taken: true, score: 228, attempts: 1 }, graduationYear: 2019, usce: { months: 2, kind: 'hands_on' as const, where: ['other_us' as const] }, regions: ['anywhere' as const], stage: 'interviewing' as const };
const ask = (q: string) => ADVICE.ask(q, { profile, now: NOW });

describe('ranking is not applying', () => {
  it.each(['how many programs should i rank with 6 interviews', 'how many programs do I rank? I have 4 interviews', 'should i rank all 5 programs that interviewed me?'])('%s', (q) => {
    const r = ask(q);
    expect(r.found && r.answer).not.toMatch(/apply to about/);
  });
  it('how many to apply to is still the plan\'s count', () => {
    const r = ask('how many programs should i apply to?');
    expect(r.found && r.answer).toMatch(/apply to about/);
  });
  it.each(['how do i stand for IM?', 'where do I stand?'])('%s is the asker\'s standing', (q) => {
    const r = ask(q);
    expect(r.found && r.kind).toBe('plan');
    expect(r.found && r.answer).toMatch(/\d+\/100/);
  });
});

describe('what the couples match is, for anyone', () => {
  it.each(['what is the couples match', "what's a couples match?", 'how does the couples match work?'])('%s', (q) => {
    const r = ADVICE.ask(q, { profile: {}, now: NOW });
    expect(r.found && r.kind).toBe('articles');
    expect(r.found && r.answer).toMatch(/pair|together|both/i);
  });
});
