// Public H-1B filings count as evidence for a program only when the filer is that program's institution.
import { describe, expect, it } from 'vitest';
import { filerMatches } from '../../src/plan/plan-index.js';

describe('whose H-1B filings are they', () => {
  it('a university filing is no evidence for a community program in the same city', () => {
    expect(filerMatches('University of California, San Francisco', 'Kaiser Permanente Northern California (San Francisco) Program')).toBe(false);
    expect(filerMatches('University of Illinois Chicago', 'Ascension Illinois/Resurrection Program')).toBe(false);
  });

  it('the institution itself, under its legal name or a short form, still counts', () => {
    expect(filerMatches('University of California, San Francisco', 'University of California (San Francisco) Program')).toBe(true);
    expect(filerMatches('Henry Ford Health System', 'Henry Ford Hospital/Wayne State University Program')).toBe(true);
    expect(filerMatches('Mass General Brigham Incorporated', 'Mass General Brigham/Massachusetts General Hospital Program')).toBe(true);
    expect(filerMatches('University of Massachusetts Chan Medical School', 'UMass Chan Medical School Program')).toBe(true);
    expect(filerMatches(null, 'Any Program')).toBe(true);
  });
});
