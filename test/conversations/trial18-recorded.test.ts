// A new user's trial, round 18, classes 1, 2 and 7: facts stated are kept, and kept right. News about a visa is no
// choice of it; an H-1B beside an H-4 is the spouse's; parts told after a total are not added to it; places offered as a
// choice are a wish; a fact with one part unknown is kept with that part unknown; family and a childhood in the region
// are ties in every language read; two specialties offered as alternatives ask which is first; a bare "no" is an answer.
// Conversations of our own, not the trial's.
import { describe, expect, it } from 'vitest';
import { record } from '../../src/answers/own-file.js';
import { conversation } from '../helpers/conversation.js';

// answers in the interview's order, up to the question named
const upTo = {
  visa: ['hi', 'IM, backup FM'],
  step1: ['hi', 'IM, backup FM', 'J-1 or H-1B, either works'],
  step3: ['hi', 'peds', 'J-1', 'passed first try', 'ck 233'],
  usce: ['hi', 'peds', 'J-1', 'passed first try', 'ck 233', 'not taken', '2020'],
  usLors: ['hi', 'peds', 'J-1', 'passed first try', 'ck 233', 'not taken', '2020', '2 months hands-on in Riverside'],
  regions: ['hi', 'peds', 'J-1', 'passed first try', 'ck 233', 'not taken', '2020', '2 months hands-on in Riverside', '2 letters', 'english'],
  laTies: ['hi', 'peds', 'J-1', 'passed first try', 'ck 233', 'not taken', '2020', '2 months hands-on in Riverside', '2 letters', 'english', 'orange county'],
};
function at(where: keyof typeof upTo) {
  const c = conversation();
  upTo[where].forEach((t) => c.say(t));
  return c;
}

describe('news about a visa is no statement of the applicant\'s own visa', () => {
  it.each([
    'I read that the H1B fee is now 100k for new petitions, is that true?',
    'apparently H-1B is basically dead for residents now',
    'so i keep hearing programs stopped sponsoring h1b. what should I do',
  ])('"%s" leaves a stored "J-1 or H-1B" as it was', (said) => {
    const c = at('step1');
    expect(c.profile.visa).toBe('either');
    c.say(said);
    expect(c.profile.visa).toBe('either');
  });
  it('a first-person fact after "I heard" is still the applicant\'s own', () => {
    const c = at('step1');
    c.say('I heard I need step 3 for h1b. i have step 3 passed 220');
    expect(c.profile.step3).toMatchObject({ status: 'passed', score: 220 });
  });
});

describe('an H-1B named beside an H-4 is the spouse\'s status', () => {
  it.each([
    'minha esposa tem H1B, eu sou H4',
    'meri wife H1B pe hai, main H4 pe hoon',
    'H-4 now; my husband works on an H-1B',
  ])('"%s" asks about the EAD and stores no H-1B', (said) => {
    const c = at('visa');
    c.say(said);
    expect(c.profile.visa).toBeUndefined();
    expect(c.text).toMatch(/H-4: do you have an EAD/);
  });
  it('no EAD then asks which visa the residency needs, J-1 kept open', () => {
    const c = at('visa');
    c.say('wife is on H1B, I am on H4');
    c.say('no');
    expect(c.profile.visa).toBeUndefined();
    expect(c.text).toMatch(/J-1, an H-1B, or either/);
  });
  it('an H-1B the applicant says they need, beside the H-4, is their need', () => {
    const c = at('visa');
    c.say('on H4 now (husband has H1B) but I will need an H1B for residency');
    expect(c.profile.visa).toBe('needs_h1b');
  });
});

describe('parts told after a total are not added to it', () => {
  it.each([
    ['4 US LoRs 2 peds', 4],
    ['6 letters, 3 pediatrics', 6],
    ['3 lors: 2 peds', 3],
  ])('"%s" is %i letters, some in the specialty', (said, count) => {
    const c = at('usLors');
    c.say(said);
    expect(c.profile.usLors).toMatchObject({ count, inSpecialty: true });
  });
  it.each([
    ['3 months of hands-on pediatric rotations in riverside county (1 at RUHS, 1 at Loma Linda, 1 at Kaiser)', 3],
    ['5 months of hands-on rotations in orange county and riverside (3 at UCI, 2 in Riverside)', 5],
    ['2 months hands-on electives in san bernardino county: 1 at arrowhead, 1 at loma linda', 2],
  ])('"%s" is %i months', (said, months) => {
    const c = at('usce');
    c.say(said);
    expect(c.profile.usce).toMatchObject({ months, kind: 'hands_on' });
  });
});

describe('places offered as a choice are where the applicant wants to train', () => {
  it('in a one-message profile, "riverside or san diego" after the letters is the regions, not where the rotation was', () => {
    const c = conversation();
    c.say('FM, green card, step 1 passed first try, ck 228, 2019 grad, 3 months hands on in orange county, 3 letters, english and tagalog, riverside or san diego, no research');
    expect(c.profile.usce).toMatchObject({ months: 3, where: ['orange_county'] });
    expect(c.profile.regions).toEqual(['inland_empire', 'san_diego']);
  });
  it('a sentence of its own, "OC or LA", after the letters is the regions', () => {
    const c = conversation();
    c.say('IM. 2 months observership in san diego. 2 letters. OC or LA');
    expect(c.profile.usce).toMatchObject({ where: ['san_diego'] });
    expect(c.profile.usLors?.fromCalifornia).toBeUndefined();
    expect(c.profile.regions).toEqual(['orange_county', 'la_county']);
  });
  it('"X or anywhere" keeps X first and anywhere as the widening', () => {
    const c = at('regions');
    c.say('san diego or really anywhere');
    expect(c.profile.regions).toEqual(['san_diego', 'anywhere']);
  });
});

describe('a fact with one part unknown is kept, its part unknown', () => {
  it('"2 months rotations in San Diego", kind never answered, keeps the months and the place', () => {
    const c = conversation();
    c.say('psych, J-1, step 1 passed, ck 231, 2018 grad, 2 months of usce in san diego, 1 letter');
    expect(c.asking).toBe('usce');
    c.say('step 3 not taken');
    c.say('english and farsi');
    expect(c.profile.usce).toEqual({ months: 2, kind: 'unspecified', where: ['san_diego'] });
    expect(c.text).toMatch(/kind not said/);
  });
});

describe('family and a childhood in the region are ties, in every language read', () => {
  it.each([
    'mis primos viven en Santa Ana',
    'tengo familia en Riverside',
    'meu primo mora em Irvine',
    'meri family LA mein rehti hai',
  ])('"%s" is a family tie', (said) => {
    const c = at('laTies');
    c.say(said);
    expect(c.profile.laTies).toMatchObject({ family: true });
  });
  it.each(['crecí en Pomona', 'LA mein bada hua'])('"%s" is a home there', (said) => {
    const c = at('laTies');
    c.say(said);
    expect(c.profile.laTies).toMatchObject({ lived: true });
  });
  it('"not really, though my aunt lives in Pasadena is that a tie?" keeps the aunt as family', () => {
    const c = at('laTies');
    c.say('no ties. my aunt lives in pasadena is that a tie?');
    expect(c.profile.laTies).toMatchObject({ family: true });
  });
  it('a rotation beside "no ties" is still no tie the applicant claims', () => {
    const c = at('laTies');
    c.say('no ties, 2 months rotation in riverside');
    expect(c.profile.laTies).toEqual({ family: false, lived: false, trained: false });
  });
});

describe('two specialties offered as alternatives ask which is first', () => {
  it.each(['Psych o FM', 'IM ou peds', 'pediatria o medicina familiar', 'quero medicina de familia ou interna'])('"%s" asks, storing nothing', (said) => {
    const c = conversation();
    c.say(said);
    expect(c.profile.specialty).toBeUndefined();
    expect(c.text).toMatch(/Which is your first choice/);
  });
});

describe('a bare no is an answer, a don\'t-know is no yes', () => {
  it('"no" to Step 3, first shown after an answer to another question, is not taken', () => {
    const c = at('step1');
    c.say('CK 229');
    c.say('step 1 passed on the 1st try');
    expect(c.asking).toBe('step3');
    c.say('no');
    expect(c.profile.step3).toEqual({ status: 'not_taken' });
  });
  it('"nope" to the research question, asked again after another answer, is no research', () => {
    const c = at('laTies');
    c.say('none');
    expect(c.asking).toBe('research');
    c.say('preparing for next cycle');
    c.say('nope');
    expect(c.profile.research).toMatchObject({ publications: 0 });
  });
  it.each(['idk', 'no idea', 'not sure'])('"%s" to Step 3 asks again, never as if it was taken, and stores nothing', (said) => {
    const c = at('step3');
    c.say(said);
    expect(c.profile.step3).toBeUndefined();
    expect(c.text).not.toMatch(/did you pass, or are you waiting/);
    expect(c.text).toMatch(/skip/);
  });
  it('"export my data" while a question is on screen does not count as an unanswered asking', () => {
    const c = at('step3');
    c.say('yes');
    c.say('profile');
    c.say('export my data');
    expect(c.text).not.toMatch(/three times/);
  });
  it('what the same message stored is not named among the optional questions set aside', () => {
    const c = at('laTies');
    c.say('none');
    c.say('applying this cycle');
    c.say('ECFMG certified');
    expect(c.profile.ecfmg).toMatchObject({ status: 'certified' });
    expect(c.text).not.toMatch(/ECFMG certification[^.]*stay open/);
  });
  it('an attempt not said is never quoted as the first', () => {
    expect(record({ step1: { result: 'passed', attempts: 1, attemptsUnstated: true } })).toMatch(/attempt not said/);
    expect(record({ step1: { result: 'passed', attempts: 1 } })).toMatch(/on the first attempt/);
  });
});
