// The classes behind the fourth development set's failures, in phrasings written for this test only: uncovered
// topics (and their follow-up fragments) get an honest "not in our guides", refusals come first and alone, and
// own-plan questions answer from the stored facts or ask for the one that is missing.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { ask, kind, needs, text, without as withoutAnswers } from '../helpers/ask-kit.js';


const FULL: Profile = {
  specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 228, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2022,
  usce: { months: 3, kind: 'hands_on', where: ['la_county'] }, regions: ['la_county', 'orange_county'],
};
const without = (...fields: (keyof Profile)[]): Profile => withoutAnswers(FULL, ...fields);

describe('topics our guides do not cover get an honest pointer, follow-ups included', () => {
  for (const q of [
    'how many weeks of maternity leave do residents in san diego get? is it paid?',
    'do programs pay for health insurance for my kids, how much?',
    'what are my odds of landing a conrad 30 job in california after residency',
    'can i move from a research scholar j-1 to the clinical j-1 without going home first?',
    'i was dismissed from my intern year in ohio. will a new program need a release from my old pd?',
    'do osteopathic graduates take the community im spots that imgs want?',
  ]) it(q, () => expect(kind(ask(q)), q).toBe('refusal'));
});

describe('refused first and alone', () => {
  for (const q of [
    'can i put two papers on my cv that are not even submitted yet, nobody checks right',
    'my twin could take the oet for me, is the id check strict',
    'cuánto tarda la homologación del título para el MIR',
    'my tps ends next year, should i file for asylum now before residency starts',
    'suggest a good laptop for zoom interviews under 700 dollars',
    'give me a quick recipe for the dinner after my interview',
  ]) it(q, () => expect(kind(ask(q)), q).toBe('refusal'));
});

describe('own-plan questions ask for the missing fact they stand on', () => {
  const cases: [string, Profile, string][] = [
    ['so what number of programs should i be applying to, how many?', without('visa'), 'visa'],
    ['will being an older graduate hurt me with programs?', without('graduationYear'), 'graduationYear'],
    ['honestly, is my 231 good enough?', without('specialty'), 'specialty'],
    ['does my residency training back home make me competitive for socal im?', without('step2ck'), 'step2ck'],
    ['I will need an H-1B. which orange county im programs should i be targeting?', { ...FULL, visa: 'needs_h1b', step3: undefined }, 'step3'],
  ];
  for (const [q, profile, field] of cases) it(q, () => expect(needs(ask(q, profile)), q).toBe(field));
});

describe('own-plan questions answer from the stored facts', () => {
  it('a US citizen asking whether visas matter hears that no sponsorship is needed', () => {
    const r = ask('does the whole visa thing even apply to me?', { ...FULL, visa: 'us_citizen' });
    expect(text(r)).toMatch(/do not need visa sponsorship/);
  });
  it('a work-permit holder is told to confirm the permit with each program', () => {
    const r = ask('with my work permit, do i even need a j-1?', { ...FULL, visa: 'ead' });
    expect(text(r)).toMatch(/do not need visa sponsorship/);
    expect(text(r)).toMatch(/confirm/);
  });
  it('a count question about "IM programs" with a full file is answered from the plan', () => {
    const r = ask('how many im programs should i send out given my file?', FULL);
    expect(kind(r)).toBe('plan');
    expect(text(r)).toMatch(/programs/);
  });
  it('a count question that also asks how many in LA says to send most outside California', () => {
    const r = ask('with everything you know, how many im programs should i send, and how many of them in los angeles?', { ...FULL, regions: ['la_county', 'other_us'] });
    expect(kind(r)).toBe('plan');
    expect(text(r)).toMatch(/outside California/);
  });
  it('a sponsor question with a misspelt "residencys" is answered from the program table', () => {
    const r = ask('which im residencys around orange county can take my j1?', FULL);
    expect(kind(r)).toBe('plan');
  });
  it('"what do I do once my score is out" is not refused as a question about release dates', () => {
    const r = ask('my ck score comes out next month and my eras is already in. what should i do once it is out?', FULL);
    expect(kind(r)).not.toBe('refusal');
  });
  it('a reapplicant asking what to change next time gets the guides and their own file', () => {
    const r = ask('applied once already and got no interviews. what should i do differently next cycle?', { ...FULL, stage: 'reapplying' } as Profile);
    expect(text(r)).toMatch(/For you:/);
  });
});
