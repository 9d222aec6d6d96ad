// Trial 16, the answer fits the person and the season: an interview count decides the interview advice (few, enough,
// many against the matched rank-list length of the asker's specialty), a word of the asker's origin never names a
// program, a date is read from the calendar of the Match year asked, applying now late in the season is said plainly
// to someone whose applications are not out, and a whole-cost question gets one total with each figure's season.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { ask, text } from '../helpers/ask-kit.js';
import { interviewsSaid } from '../../src/answers/interviews-said.js';
import { withoutAskerWords } from '../../src/answers/asker-words.js';

const base: Profile = {
  specialty: { primary: 'pediatrics' }, visa: 'us_citizen', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 255, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2024,
  usce: { months: 4, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 3, inSpecialty: true }, regions: ['la_county', 'orange_county'],
};
const interviewing = (n: number, extra: Partial<Profile> = {}): Profile => ({ ...base, stage: 'interviewing', cycle: { submitted: true, interviews: n }, ...extra });
const j1Im: Profile = { ...base, specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step2ck: { taken: true, score: 224, attempts: 1 } };

describe('the interview count the asker gives decides the advice', () => {
  it.each([
    ['sixteen invites for peds so far, do I keep saying yes to new ones?', interviewing(16)],
    ['Got 15 interview offers. Time to start declining a few?', base],
    ['tengo 13 entrevistas ya, cancelo las que menos me gustan?', base],
  ])('"%s": many interviews are told more are not needed, and how to cancel politely', (q, p) => {
    const t = text(ask(q, p));
    expect(t).toMatch(/well above that median/);
    expect(t).toMatch(/cancel as early as you can/);
    expect(t).not.toMatch(/Few interviews|say yes to every interview/);
  });

  it.each([
    ['just one invite for IM so far and it is almost christmas. what should I do?', j1Im],
    ['no interviews yet, worried - what now?', { ...j1Im, stage: 'interviewing' as const, cycle: { submitted: true } }],
    ['interview invitations: 2 IM, 1 FM. should I send more IM applications?', j1Im],
  ])('"%s": few interviews get the mid-season answer in the asker\'s own visa terms', (q, p) => {
    const t = text(ask(q, p));
    expect(t).toMatch(/Below that median/);
    expect(t).toMatch(/take J-1 residents/);
    expect(t).toMatch(/preliminary or transitional program as a parallel path/);
  });

  it('a split count is read per specialty, and the specialty asked about is the one judged', () => {
    expect(text(ask('interview invitations: 2 IM, 1 FM. should I send more IM applications?', j1Im))).toMatch(/interviews 2 in internal medicine and 1 in family medicine so far\. In 2026, non-US IMGs who matched in internal medicine/);
  });

  it('declining asked at or above the median: keep those you would rank, cancel the rest politely', () => {
    expect(text(ask('8 interviews so far, ok to turn down the ones I would never rank?', base))).toMatch(/Declining is fine for a program you would not rank at all[\s\S]*Cancel as early as you can/);
  });

  it('a count at the median is reasonable odds, not panic and not "cancel"', () => {
    const t = text(ask('is 7 interviews enough for pediatrics?', base));
    expect(t).toMatch(/at or above that median/);
    expect(t).not.toMatch(/cancel/);
  });

  it('counts are read in words and lists', () => {
    expect(interviewsSaid('I have fourteen interviews')).toBe(14);
    expect(interviewsSaid('interviews so far: 3 IM + 2 FM')).toBe(5);
    expect(interviewsSaid('zero invites yet')).toBe(0);
    expect(interviewsSaid('I interviewed at 3 places')).toBeUndefined();
  });
});

describe('a season that ended unmatched is read from the asker\'s own file', () => {
  const reapplicant: Profile = { ...j1Im, stage: 'reapplying', graduationYear: 2017, usLors: { count: 1 } };
  it.each([
    ["unmatched twice now (2025, 2026). why didn't I match, honestly?"],
    ['what should I change? I did not match last year or the year before'],
    ['3rd time applying after going unmatched... is it worth another try or should I stop?'],
  ])('"%s": the holes of the saved file, biggest first, with the guides on the next cycle', (q) => {
    const t = text(ask(q, reapplicant));
    expect(t).toMatch(/held you back for internal medicine/);
    expect(t).toMatch(/Step 2 CK 224/);
  });

  it('someone else\'s season is not read from the asker\'s file', () => {
    expect(text(ask('my cousin did not match twice, why would that be?', reapplicant))).not.toMatch(/held you back/);
  });
});

describe('"is it even possible?" after the asker\'s own story is their standing', () => {
  const h1b: Profile = { ...j1Im, visa: 'needs_h1b', step1: { result: 'passed', attempts: 2 }, step2ck: { taken: true, score: 231, attempts: 1 }, regions: ['inland_empire', 'san_diego'] };
  it.each([
    ['so that is my whole story, one step 1 fail and a 231 after it. internal med out here, is it even possible?'],
    ['honestly is IM feasible for someone like me?'],
    ['failed step 1 once, H-1B only... even doable??'],
  ])('"%s" gets the saved file\'s standing, not a guide on retaking a passed exam', (q) => {
    const t = text(ask(q, h1b));
    expect(t).toMatch(/Internal medicine \(primary\): \w+/);
    expect(t).not.toMatch(/cannot retake a USMLE exam you have passed/);
  });
});

describe('a word that says who the asker is never names a program', () => {
  it.each([
    ['as a Caribbean grad, is psychiatry realistic for me?', /Psychiatry/],
    ['i studied in the caribbean - what are my odds in IM?', /Internal medicine/],
    ['Caribbean IMG with a 228, realistic for me to get EM?', /Emergency medicine/i],
  ])('"%s" is about the asker\'s standing, not the VA Caribbean program', (q, standing) => {
    const t = text(ask(q, { ...base, specialty: { primary: 'emergency_medicine' }, step2ck: { taken: true, score: 228, attempts: 1 } }));
    expect(t).not.toMatch(/VA Caribbean/);
    expect(t).toMatch(standing);
  });

  it('the origin word is set aside and the program named beside it still counts', () => {
    expect(withoutAskerWords('a Nigerian grad asking about Kaiser')).toBe("a grad asking about Kaiser");
    expect(withoutAskerWords('graduated from the Caribbean in 2020')).toBe('graduated from  in 2020');
    expect(withoutAskerWords('why is cedars a reach?')).toBe('why is cedars a reach?');
  });
});

describe('the season: dates of the Match year asked, and applying now late in the season', () => {
  it.each([
    ['when exactly is match day for the 2027 match?', /Match Day of the 2027 Match is about 19 March 2027/],
    ['2028 match - when does ERAS open?', /For the 2028 Match, the ERAS season opens about 2 June 2027/],
    ['rank list deadline 2027 match?', /rank order lists must be certified by about 3 March 2027/],
  ])('"%s" is answered from the calendar with the date', (q, date) => {
    expect(text(ask(q))).toMatch(date);
  });

  it.each([
    ['I have not submitted ERAS yet, can I still apply now?'],
    ['december already and nothing sent... too late for me?'],
    ['should I send applications this season or wait for the next?'],
  ])('"%s" from someone whose applications are not out: late in the 2027 season, aim for the 2028 Match', (q) => {
    const t = text(ask(q, { ...j1Im, stage: 'preparing' }));
    expect(t).toMatch(/interview season of the 2027 Match/);
    expect(t).toMatch(/aim for the 2028 Match \(its ERAS season opens about 2 June 2027/);
  });

  it('someone whose applications are out is not told it is too late to apply', () => {
    expect(text(ask('should I apply to more programs now?', interviewing(2, { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1' })))).not.toMatch(/aim for the 2028 Match/);
  });

  it('a count asked in December for a plan not meant for this cycle leads with what December means', () => {
    const weak: Profile = { ...j1Im, visa: 'needs_h1b', step2ck: { taken: true, score: 219, attempts: 1 }, graduationYear: 2013, step3: { status: 'passed', score: 214 }, regions: ['orange_county'] };
    const t = text(ask('how many programs should I send in december?', weak));
    expect(t.indexOf('interview season of the 2027 Match')).toBeGreaterThanOrEqual(0);
    expect(t.indexOf('interview season of the 2027 Match')).toBeLessThan(t.indexOf('programs'));
  });
});

describe('a whole-cost question gets one total with each figure\'s season', () => {
  it.each([
    ['what will applying cost me altogether?', /about \$1,985–\$3,185/],
    ['total cost for 60 programs with nrmp and transcripts?', /60 programs in one specialty: ERAS fees \$1,230 .* = about \$1,385/],
    ['overall how much money do I need for the match, my budget is $2,000', /Your \$2,000 pays the transcript and NRMP fee and ERAS fees for up to 80 programs/],
  ])('"%s"', (q, total) => {
    const t = text(ask(q));
    expect(t).toMatch(/^All told for one application season/);
    expect(t).toMatch(total);
    expect(t).toMatch(/2026 ERAS season table/);
    expect(t).toMatch(/NRMP registration \$75 \(the last NRMP table we could read, 2016–17/);
  });

  it('a budget typed as "1500 budget" is priced into a count', () => {
    expect(text(ask('how many programs can I apply to with 1500 budget?'))).toMatch(/With \$1,500 for ERAS fees: up to 69 programs/);
  });
});
