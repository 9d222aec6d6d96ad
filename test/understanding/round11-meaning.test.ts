// Round 11, meaning and fail-safe: whose fact it is and whether it is a fact at all. Each class has new messages of
// its own (written for this test, not from the sets) and honest look-alikes that must still be read as before.
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { grade, type CorpusCase } from './grade.js';

const IM_J1: Profile = { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 } };
const LATER: Profile = { ...IM_J1, step2ck: { taken: true, score: 236, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2021, usce: { months: 3, kind: 'hands_on', where: ['other_us'] }, usLors: { count: 2, inSpecialty: true }, languages: ['English', 'Hindi'], regions: ['la_county'], laTies: { family: false, lived: false, trained: false } };

/** One turn graded like a corpus case: what is stored must match `set` exactly where named, nothing else changes. */
function turn(message: string, pending: ProfileField, before: Profile, set: CorpusCase['expect']['set'], clarify?: ProfileField) {
  const c: CorpusCase = { id: 't', kind: 't', pending, before, message, expect: { set, ...(clarify ? { clarify } : {}) } };
  return grade(c);
}
const right = (message: string, pending: ProfileField, before: Profile, set: CorpusCase['expect']['set'], clarify?: ProfileField) =>
  expect(turn(message, pending, before, set, clarify), message).toMatchObject({ grade: 'right' });

describe("someone else's number, with a few words between the person and the verb, is theirs", () => {
  it.each([
    'scored 229. my roommate from the same prep course got 251, no idea how',
    'CK came back 229; a guy in my batch with worse NBMEs scored 247',
    'got 229. my cousin who also did kaplan passed with 250',
    '229 on CK. one of my friends at the same hospital got 244 on his',
    '229. my batchmate with the exact same uworld average got 255',
  ])('"%s": the applicant\'s own 229 is stored', (m) => right(m, 'step2ck', IM_J1, { step2ck: { taken: true, score: 229 } }));
  it.each([
    ['my friend helped a lot but I got 229 in the end', 229],
    ['with my mentor pushing me i scored 233', 233],
    ['my cousin took it too, i got 241', 241],
    ['scored 238, my friend and i studied together', 238],
    ['my attending at mayo said 244 is fine, and i got 244', 244],
  ])('"%s": the applicant\'s own score is still read', (m, score) => right(m, 'step2ck', IM_J1, { step2ck: { taken: true, score } }));
});

describe('practice and felt-like scores are no result', () => {
  it.each([
    'NBME 10 - 228, NBME 13 - 236, the exam itself is next month',
    'uwsa2 = 245, nbme 12 = 239, real one in january',
    'NBME 9 – 230 and UWSA1 – 238, test date is jan 14',
  ])('"%s": practice tests only, CK not taken', (m) => right(m, 'step2ck', IM_J1, { step2ck: { taken: false } }));
  it.each([
    'sat for it last week, felt like a 250 walking out, results on the 18th',
    'took it nov 28, feels like 235 but no score yet',
  ])('"%s": a feeling about an exam sat is no score; the result is awaited', (m) => right(m, 'step2ck', IM_J1, { step2ck: { taken: false, resultPending: true } }));
  it.each([
    ['CK - 238, first attempt', 238],
    ['felt like a fail walking out but got 231', 231],
    ['scored 244 and i feel fine about it', 244],
    ['nbme 12 was 230 but the real one was 241', 241],
  ])('"%s": a real score beside them still stands', (m, score) => right(m, 'step2ck', IM_J1, { step2ck: { taken: true, score } }));
  it.each([
    ['passed on my first go, though i nearly failed', { result: 'passed', attempts: 1 }],
    ['first attempt pass, almost failed tbh', { result: 'passed', attempts: 1 }],
    ['barely passed step 1, first attempt', { result: 'passed', attempts: 1 }],
    ['failed once, passed on the 2nd', { result: 'passed', attempts: 2 }],
  ])('"%s": a near miss is the other outcome, not a fail', (m, step1) => right(m, 'step1', { specialty: { primary: 'pediatrics' }, visa: 'green_card' }, { step1 }));
});

describe('a choice not made yet is asked, not stored', () => {
  it.each([
    'IM or FM, whichever gives me the better shot',
    'psych or neuro, whatever is easier to match',
    "can't decide between peds and FM right now",
    'no sé si pediatría o medicina familiar todavía',
    'torn between IM and neuro honestly',
  ])('"%s": the specialty is asked', (m) => right(m, 'specialty', {}, {}, 'specialty'));
  it.each([
    ['IM, or FM as a backup', { primary: 'internal_medicine', backup: 'family_medicine' }],
    ['want FM or IM, whatever gets me in', { primary: 'family_medicine', backup: 'internal_medicine' }],
    ['psych first, neuro if that does not work out', { primary: 'psychiatry', backup: 'neurology' }],
    ['IM or FM, either is fine', { primary: 'internal_medicine', backup: 'family_medicine' }],
  ])('"%s": an order or no preference is kept', (m, specialty) => right(m, 'specialty', {}, { specialty }));
});

describe('a vague amount is asked, not counted', () => {
  it.each([
    ['a few posters and maybe one paper', 'research'],
    ['one or two pubs and some abstracts', 'research'],
    ['several case reports, a poster or two', 'research'],
    ['English and some others', 'languages'],
    ['Spanish, Portuguese etc', 'languages'],
    ['a few US letters, all IM', 'usLors'],
  ] as const)('"%s": %s is asked', (m, field) => right(m, field, LATER, {}, field));
  it.each([
    ['2 posters, 1 paper', 'research', { research: { publications: 1, posters: 2 } }],
    ['nothing published, a couple of manuscripts in prep, 3 posters', 'research', { research: { publications: 0, posters: 3 } }],
    ['a couple of US letters, 2 exactly, both IM', 'usLors', { usLors: { count: 2 } }],
    ['English, Hindi and Punjabi', 'languages', { languages: ['English', 'Hindi', 'Punjabi'] }],
    ['English and Hindi, some Punjabi too', 'languages', { languages: ['English', 'Hindi', 'Punjabi'] }],
  ] as const)('"%s": a count or list told is stored', (m, field, set) => right(m, field, { ...LATER, [field]: undefined }, set));
});

describe('a stage told half-heartedly is asked; a stage told plainly is stored', () => {
  const before = { ...LATER, research: { publications: 0, posters: 0 } } satisfies Profile;
  it.each(['sort of applying this year, depends on my step 3', 'applying or not, depends on my CK coming back', 'kinda reapplying, kinda not'])(
    '"%s": the stage is asked', (m) => right(m, 'stage', before, {}, 'stage'));
  it.each([
    ['applying this cycle', 'applying'],
    ['reapplying, went unmatched last year', 'reapplying'],
    ['first time applying, not a reapplicant', 'applying'],
  ])('"%s": stored', (m, stage) => right(m, 'stage', before, { stage }));
});

describe("last cycle's interviews are not this cycle's", () => {
  const before = { ...LATER, research: { publications: 0, posters: 0 } } satisfies Profile;
  it.each([
    'reapplying. last cycle i only got 3 interviews',
    'reapplying - went unmatched with 1 interview',
    'reapplying after the previous cycle gave me 2 invites',
  ])('"%s": the stage only', (m) => right(m, 'stage', before, { stage: 'reapplying' }));
  it('interviews had this cycle are still counted', () => {
    expect(turn('applied in september, 3 interviews so far', 'cycle', { ...before, stage: 'applying' }, { cycle: { submitted: true, interviews: 3 }, stage: 'interviewing' }).grade).toBe('right');
  });
});

describe('a reply that puts the question off stores nothing', () => {
  it.each(['one sec, let me check', 'hold on lemme look it up', 'wait', 'gimme a minute', 'hmm let me find my score report'])('"%s": nothing stored or asked', (m) =>
    right(m, 'step2ck', IM_J1, {}));
  it.each(['wait, 241', 'let me check... 236', 'no, not taken yet'])('"%s": an answer after the pause is still read', (m) =>
    expect(turn(m, 'step2ck', IM_J1, {}).grade).toBe('harmful'));
  it.each(["honestly this part is awkward, can we skip it for now?", "let's skip this one", "i'd rather not answer this one"])('"%s": skipped', (m) =>
    right(m, 'research', LATER, {}));
});

describe('a question after a discourse word or a dash is a question; the facts before it are kept', () => {
  it.each([
    ['CK 241 first try. btw how do i get a J1 waiver later', { step2ck: { taken: true, score: 241 } }],
    ['241 on CK. also when do programs send invites', { step2ck: { taken: true, score: 241 } }],
    ['241, first attempt - is that enough for community IM in california', { step2ck: { taken: true, score: 241 } }],
  ] as const)('"%s": the fact only', (m, set) => right(m, 'step2ck', IM_J1, set));
  it.each([
    ['English and Tagalog - is Tagalog even useful anywhere in california', { languages: ['English', 'Tagalog'] }],
  ] as const)('"%s": no region from the question', (m, set) => right(m, 'languages', { ...LATER, languages: undefined, regions: undefined }, set));
  it('"btw when i was in LA i did 2 months of observership" still tells', () => {
    right('btw when i was in LA i did 2 months of observership', 'usce', { ...LATER, usce: undefined }, { usce: { months: 2, kind: 'observership' } });
  });
});

describe('"mine" after someone else\'s thing is the applicant\'s own of it', () => {
  const before = { ...LATER, research: { publications: 0, posters: 0 }, stage: 'applying' } satisfies Profile;
  it.each([
    "my roommate's ECFMG took ages, mine came through in october",
    'my cousin is still waiting on his ecfmg certificate, mine arrived last month',
  ])('"%s": certified', (m) => right(m, 'ecfmg', before, { ecfmg: { status: 'certified' } }));
  it.each([
    'my parents got their green cards through my brother, I got mine in 2015',
    "my sister is on an H4, mine's a green card",
  ])('"%s": the applicant\'s green card', (m) => right(m, 'visa', { specialty: { primary: 'pediatrics' } }, { visa: 'green_card' }));
  it.each([
    'my husband got his green card last year, mine is still processing, no EAD yet',
    "my wife's ECFMG is done, mine is still waiting on OET",
  ])('"%s": not the other person\'s status', (m) => {
    const g = turn(m, m.includes('ECFMG') ? 'ecfmg' : 'visa', m.includes('ECFMG') ? before : { specialty: { primary: 'pediatrics' } }, {});
    expect(g.after.visa).not.toBe('green_card');
    expect(g.after.ecfmg?.status).not.toBe('certified');
  });
});

describe('a correction of one language in the list replaces only that one', () => {
  const before = { ...LATER } satisfies Profile;
  it.each([
    ['oops i said hindi but i meant urdu', ['English', 'Urdu']],
    ['i wrote Hindi, i meant Marathi actually', ['English', 'Marathi']],
  ])('"%s"', (m, languages) => right(m, 'research', before, { languages }, undefined));
  it.each([
    ['English and Urdu, not Hindi', ['English', 'Urdu']],
    ['just Urdu, not Hindi', ['Urdu']],
  ])('"%s": a list told whole stands as told', (m, languages) => right(m, 'research', before, { languages }));
});

describe("the applicant's own answer told after someone else's story", () => {
  const before = { ...LATER, research: undefined, laTies: undefined } satisfies Profile;
  it.each([
    'my cousin matched at UCLA years ago but he moved to Texas, i have no LA ties myself',
    "my aunt trained at Harbor in the 80s, she's back in Lagos now. i have no la ties",
  ])('"%s": no ties', (m) => right(m, 'laTies', before, { laTies: { family: false, lived: false, trained: false } }));
  it.each([
    ["my mentor says we'll have 2 papers out by spring. right now... 0", 0],
    ['my lab promises 4 pubs next year, right now tho, 1', 1],
  ])('"%s": the count had now', (m, publications) => right(m, 'research', { ...LATER, laTies: LATER.laTies }, { research: { publications } }));
  it.each(['my roommate is reapplying, for me it is my first time', 'my brother reapplied twice; this is my very first cycle'])('"%s": applying', (m) =>
    right(m, 'stage', { ...LATER, research: { publications: 0, posters: 0 } }, { stage: 'applying' }));
  it.each(["not reapplying, it's my first time, but i'm getting ready for next year's cycle", 'not my first cycle, i went unmatched last year'])('"%s": not a first application now', (m) =>
    expect(turn(m, 'stage', { ...LATER, research: { publications: 0, posters: 0 } }, {}).after.stage).not.toBe('applying'));
});

describe('corrections that name one thing change only that thing', () => {
  it.each([
    ["i've been saying 2021 but my diploma says 2020", 2020],
    ['ive been putting 2021 but the transcript says 2020', 2020],
  ])('"%s": the graduation year', (m, graduationYear) => right(m, 'regions', LATER, { graduationYear }, undefined));
  it.each([
    ['it was an observership, not hands on', 'observership'],
    ['not hands-on, just an observership', 'observership'],
  ])('"%s" to the ties question: the experience\'s kind, no tie', (m, kind) => right(m, 'laTies', { ...LATER, laTies: undefined }, { usce: { months: 3, kind } }));
  it('"I did an externship in LA" to the ties question is still a training tie', () => {
    expect(turn('I did an externship in LA', 'laTies', { ...LATER, laTies: undefined }, {}).after.laTies?.trained).toBe(true);
  });
  it.each(["step 3 i haven't even booked", 'havent booked step 3 yet'])('"%s": step 3 not taken', (m) => right(m, 'step3', { ...IM_J1, step2ck: { taken: true, score: 236, attempts: 1 } }, { step3: { status: 'not_taken' } }));
  it('"step 3 booked for march" is planned', () => right('step 3 booked for march', 'step3', { ...IM_J1, step2ck: { taken: true, score: 236, attempts: 1 } }, { step3: { status: 'planned' } }));
});

describe('what "we" wish, a shared subject, and a petition filed for the applicant', () => {
  const before = { ...LATER, regions: undefined, laTies: undefined } satisfies Profile;
  it.each(['my wife got a residency spot in Chicago so we want the Midwest', "my partner's job is in Boston, so we'd prefer Massachusetts"])('"%s": the wish is the applicant\'s', (m) =>
    right(m, 'regions', before, { regions: ['other_us'] }));
  it('"we published 3 papers" stays as before (not a wish)', () => {
    expect(turn('my PI and I are close, we published a lot', 'regions', before, {}).after.regions).toBeUndefined();
  });
  it.each(['mostly LA since my brother and his wife are in Pasadena', 'LA please, my mom and her sisters live in Glendale'])('"%s": a family tie beside the region', (m) => {
    expect(turn(m, 'regions', before, {}).after.laTies?.family).toBe(true);
  });
  it.each(['my wife is a US citizen, she filed an I-130 for me last year, no EAD yet', "my husband's american and filed my I-130 in march, no work permit yet"])('"%s": the status is asked, never taken from the spouse', (m) => {
    const g = turn(m, 'visa', { specialty: { primary: 'internal_medicine' } }, {}, 'visa');
    expect(g.after.visa).toBeUndefined();
    expect(g.clarified).toBe('visa');
  });
});
