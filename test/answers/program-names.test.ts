// Naming a program in a question about one's own plan: short names, initials, a city to choose between namesakes,
// programs of the national roster, and a program of another specialty said to be off the list.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { answerFromPlan } from '../../src/answers/plan-answers.js';
import { programsNamed } from '../../src/answers/program-names.js';
import { loadNationalCsv } from '../../src/knowledge/import/national-schema.js';
import { loadProgramFactsCsv } from '../../src/knowledge/import/program-facts.js';
import { ADVICE, KB } from './grade.js';

const national = loadNationalCsv(readFileSync('knowledge/programs/national.csv', 'utf8'));
const facts = loadProgramFactsCsv(readFileSync('knowledge/programs/program-facts.csv', 'utf8'));
if (!national.ok || !facts.ok) throw new Error('national roster or program facts do not load');
/** The knowledge the running advisor plans from: the California table, the national roster and the program facts. */
const FULL = { ...KB, national: national.programs, programFacts: facts.facts };
const NOW = new Date('2026-12-06T12:00:00Z');

const ME: Profile = {
  specialty: { primary: 'internal_medicine', backup: 'family_medicine' }, visa: 'needs_j1',
  step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score: 231, attempts: 1 }, step3: { status: 'not_taken' },
  graduationYear: 2021, usce: { months: 4, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 3, inSpecialty: true, fromCalifornia: true },
  languages: ['English', 'Hindi'], regions: ['anywhere'], laTies: { family: false, lived: false, trained: false },
  research: { publications: 0, posters: 0 }, stage: 'applying', ecfmg: { status: 'certified' },
};
const why = (q: string) => answerFromPlan('tier', q, ME, FULL, NOW).text ?? '';

describe('I ask why a program I name has its tier', () => {
  it('finds the main program by its initials or first word, not a namesake that only shares the word', () => {
    expect(why('why is ucla a reach')).toMatch(/^UCLA Internal Medicine Residency Program/);
    expect(why('why is cedars a reach for me')).toMatch(/^Cedars-Sinai Medical Center Program/);
    expect(why('ucsd a reach?? why')).toMatch(/^University of California \(San Diego\)/);
  });

  it('finds programs of the national roster, and the one whose name leaves fewest words out', () => {
    expect(why('why is tufts medical center a target')).toMatch(/^Tufts Medical Center Program/);
    expect(why('why is henry ford hospital a target')).toMatch(/^Henry Ford Health\/Henry Ford Hospital Program/);
  });

  it('asks which one when a name fits several programs of my specialty, and a city settles it', () => {
    expect(why('why is kaiser a reach')).toMatch(/^That name fits \d+ programs on your plan\. Which one do you mean\?\n- Kaiser/);
    expect(why('why is kaiser los angeles a reach?')).toMatch(/^Kaiser Permanente Southern California \(Los Angeles\) Program/);
  });

  it('says a program of another specialty is not on my list instead of guessing one', () => {
    expect(why('why is chla a reach')).toMatch(/^Children's Hospital of Los Angeles Program \(Los Angeles\) trains pediatrics residents.*not on your list/);
  });

  it('names nothing from a city or region alone', () => {
    expect(programsNamed(KB.programs, 'which los angeles programs are a reach')).toEqual([]);
    expect(programsNamed(KB.programs, 'is orange county realistic')).toEqual([]);
  });

  it('names nothing from one word of a city that a program name carries whole ("long" of Long Beach)', () => {
    const rows = FULL.programs;
    for (const q of ['honestly is IM a long shot for someone like me', 'how long before I hear back from programs', 'in the long run, is FM the safer bet?', 'sorry, long story, CK was my second try']) {
      expect(programsNamed(rows, q).map((p) => p.name), q).toEqual([]);
    }
    // the city said whole, or the name's own words, still name it
    expect(programsNamed(rows, 'and Long Beach Memorial?').map((p) => p.name)).toContain('Long Beach Memorial Medical Center Program');
    expect(programsNamed(rows, 'what about memorial in long beach').map((p) => p.name)).toContain('Long Beach Memorial Medical Center Program');
  });

  it('reads a bare "is <program> a target?" as a question about my list, never as a request to refuse', () => {
    for (const q of ['is white memorial a target', 'Is Cedars a reach?', 'would kern be a safety?', 'is st mary a target then']) {
      const r = ADVICE.ask(q, { profile: ME, now: NOW });
      expect(r.found && r.kind, q).toBe('plan');
    }
  });

  it('says a program of my specialty outside the regions I chose is not on my plan, and how to see it', () => {
    const laOnly: Profile = { ...ME, regions: ['la_county'] };
    for (const q of ['why is ucsd a reach', 'is ucsd a target for me?']) {
      const text = answerFromPlan('tier', q, laOnly, FULL, NOW).text ?? '';
      expect(text, q).toMatch(/^University of California \(San Diego\).* is in our tables but not on your plan: it lies outside the regions your plan covers \(you chose LA County\)/);
    }
  });
});
