// "How do I stand?" names each specialty's level and score once, not once in the lead and again in the line after it.
import { describe, expect, it } from 'vitest';
import { ADVICE } from './grade.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const profile = { specialty: { primary: 'internal_medicine' as const, backup: 'family_medicine' as const }, visa: 'needs_j1' as const, step1: { result: 'passed' as const, attempts: 1 }, step2ck: { taken: true, score: 238, attempts: 1 }, graduationYear: 2021, usce: { months: 3, kind: 'hands_on' as const, where: ['la_county' as const] }, regions: ['la_county' as const] };

describe('a standing answer says each level once', () => {
  it.each(['where do i stand?', 'what are my chances', 'am i competitive?'])('%s', (q) => {
    const r = ADVICE.ask(q, { profile, now: NOW });
    const text = r.found ? r.answer : '';
    expect(text).toMatch(/internal medicine/i);
    const firstLine = text.split('\n').find((l) => /^Internal medicine \(primary\)/.test(l));
    if (firstLine) expect(firstLine.match(/\d+\/100/g)?.length ?? 0, firstLine).toBeLessThanOrEqual(1);
  });
});
