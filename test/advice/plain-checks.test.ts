// Users see plain checks, never our researchers' notes: a program resting on an inferred or secondary source gets
// "confirm it exists and what it requires on its own site", and a secondary source (a GitHub list, a personal blog,
// a document-sharing site) is labelled as such wherever a fact cites it. Applicants written for this test.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { labelledSource, restsOnIndirectSource, secondaryKind } from '../../src/plan/source-kind.js';
import { FULL_KB } from '../helpers/plan-kb.js';

const NOW = new Date('2026-10-01T12:00:00Z');
const base = { step1: { result: 'passed', attempts: 1 }, stage: 'applying', step3: { status: 'not_taken' }, graduationYear: 2022, usLors: { count: 2 } } as const;
const APPLICANTS: [string, Profile][] = [
  ['J-1 IM, LA only, CK 226', { ...base, specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step2ck: { taken: true, score: 226, attempts: 1 }, usce: { months: 2, kind: 'observership', where: ['la_county'] }, regions: ['la_county'] } as Profile],
  ['H-1B psychiatry, all of Southern California, CK 238', { ...base, specialty: { primary: 'psychiatry' }, visa: 'needs_h1b', step2ck: { taken: true, score: 238, attempts: 1 }, usce: { months: 4, kind: 'hands_on', where: ['orange_county'] }, regions: ['la_county', 'orange_county', 'inland_empire', 'san_diego'] } as Profile],
  ['green-card FM, LA and Inland Empire, CK 231', { ...base, specialty: { primary: 'family_medicine' }, visa: 'green_card', step2ck: { taken: true, score: 231, attempts: 1 }, usce: { months: 3, kind: 'hands_on', where: ['inland_empire'] }, regions: ['la_county', 'inland_empire'] } as Profile],
  ['citizen EM and IM, anywhere, CK 244', { ...base, specialty: { primary: 'emergency_medicine', backup: 'internal_medicine' }, visa: 'us_citizen', step2ck: { taken: true, score: 244, attempts: 1 }, usce: { months: 3, kind: 'hands_on', where: ['la_county'] }, regions: ['anywhere'] } as Profile],
];
const RESEARCH_WORDS = /source note|ACGME (id|name)|inferred|re-?verify|naming of|MactionCreations|tyler extract|not seen|sibling/i;

describe.each(APPLICANTS)('no research note reaches the plan (%s)', (_, profile) => {
  const pl = buildPlan(profile, FULL_KB, NOW);
  const listed = [...pl.tiers.reach, ...pl.tiers.target, ...pl.tiers.safety, ...(pl.unverified ?? [])];
  it('every "verify" item is a plain check', () => {
    for (const p of listed) for (const v of p.verify) expect(v).not.toMatch(RESEARCH_WORDS);
  });
  it('a cited secondary source says it is secondary', () => {
    for (const p of listed) for (const f of p.facts ?? []) if (f.source && secondaryKind(f.source.split(' ')[0]!)) expect(f.source).toMatch(/secondary source: /);
  });
});

describe('source kinds', () => {
  it.each([
    ['https://github.com/someone/residency-list/blob/main/programs.js', 'a list on GitHub'],
    ['https://drmaria-match.blogspot.com/2019/05/img-friendly.html', 'a personal blog'],
    ['https://www.scribd.com/document/123/IMG-programs', 'a document-sharing site'],
    ['https://www.reddit.com/r/IMGreddit/comments/abc', 'a forum'],
    ['https://example-hospital.org/gme/internal-medicine/', undefined],
    ['https://medicine.ucsf.edu/foreignmedicalschools', undefined],
  ])('%s', (url, kind) => {
    expect(secondaryKind(url)).toBe(kind);
    expect(labelledSource(url).includes('secondary source')).toBe(kind !== undefined);
  });
  it('a note that says the program was inferred, or only secondary sources, means an indirect source', () => {
    expect(restsOnIndirectSource('Existence inferred from county funding records; program id not seen.', ['https://county.gov/x'])).toBe(true);
    expect(restsOnIndirectSource('', ['https://github.com/a/b', 'https://x.blogspot.com/y'])).toBe(true);
    expect(restsOnIndirectSource('Four-year program.', ['https://hospital.org/gme'])).toBe(false);
  });
});
