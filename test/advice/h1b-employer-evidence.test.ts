// H-1B filings count as public evidence only for the program whose own sponsor filed them; a name-matched nearby or
// partner employer is shown "to verify" and never moves a tier.
import { describe, expect, it } from 'vitest';
import { employerIsSponsor, FILINGS_TO_VERIFY } from '../../src/plan/employer-match.js';
import { planIndex } from '../../src/plan/plan-index.js';
import type { PlanProgram } from '../../src/plan/program-index.js';
import { FULL_KB } from '../helpers/plan-kb.js';

const index = planIndex(FULL_KB);
const all: PlanProgram[] = [...index.bySpecialty.values()].flat();
const byId = new Map(all.map((p) => [p.id, p]));

describe('which filing employer is a program\'s sponsor', () => {
  it.each([
    ['University of California, San Francisco', 'University of California (San Francisco) Program', 'San Francisco', true],
    ['University of California, San Francisco', 'Kaiser Permanente Northern California (San Francisco) Program', 'San Francisco', false],
    ['University of California, San Francisco', 'Sutter Health/California Pacific Medical Center', 'San Francisco', false],
    ['University of Illinois Chicago', 'Ascension Illinois/Saint Joseph (Chicago) Program', 'Chicago', false],
    ['University of Illinois Chicago', 'University of Illinois College of Medicine at Chicago Program', 'Chicago', true],
    ['University of Washington', 'Kaiser Permanente Washington Program', 'Seattle', false],
    ['Cedars-Sinai Medical Center', 'Cedars-Sinai Medical Center Program', 'Los Angeles', true],
    ['St. Luke\'s Hospital', 'St Luke\'s Hospital Program', 'Chesterfield', true],
    ['The Children\'s Hospital of Philadelphia', 'Tower Health/St. Christopher\'s Hospital for Children Program', 'Philadelphia', false],
  ])('%s filed for "%s": %s', (employer, name, city, expected) => {
    expect(employerIsSponsor(employer, { name, city })).toBe(expected);
  });
});

describe('public H-1B evidence names only the program\'s own sponsor', () => {
  const matched = (FULL_KB.national ?? []).filter((n) => n.h1bEmployer && n.h1bLcaCount !== null);

  it('every program counted as filing H-1B was filed for by its own sponsor', () => {
    expect(matched.length).toBeGreaterThan(100);
    for (const n of matched) {
      const p = byId.get(n.acgmeId);
      if (!p?.h1bFilings) continue;
      expect(employerIsSponsor(n.h1bEmployer!, n), `${n.name} credited with ${n.h1bEmployer}'s filings`).toBe(true);
    }
  });

  it('a nearby employer\'s filings stay a fact to verify, never evidence', () => {
    const nearby = matched.filter((n) => !employerIsSponsor(n.h1bEmployer!, n));
    expect(nearby.map((n) => n.name)).toEqual(expect.arrayContaining(['Kaiser Permanente Northern California (San Francisco) Program', 'Sutter Health/California Pacific Medical Center']));
    for (const n of nearby) {
      const p = byId.get(n.acgmeId);
      if (!p || p.id !== n.acgmeId) continue;
      expect(p.h1bFilings, n.name).toBeUndefined();
      expect(p.facts.find((f) => f.value.includes(n.h1bEmployer!))?.label, n.name).toBe(FILINGS_TO_VERIFY);
    }
  });
});
