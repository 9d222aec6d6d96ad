// Routing classes behind the seventh development set's failures, in phrasings written for this test only: spelled-out
// counts are priced like digits; an errand with no training word (or one that only names whose money it is) is
// declined; asking to keep a fail from showing is declined before the honest answer; the applicant's own ranking of
// programs is not a question about program rankings; a question about a dependant on a family visa is not answered
// from a near article; own-plan questions are recognised by their shape and ask first for the fact they turn on.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { ask, kind, needs, refused, ROUTING_FULL, text, without as withoutAnswers } from '../helpers/ask-kit.js';

const FULL = ROUTING_FULL;
const without = (...fields: (keyof Profile)[]): Profile => withoutAnswers(FULL, ...fields);

describe('spelled-out counts are read like digits', () => {
  const pairs: [string, string][] = [
    ['sixty IM and thirty FM, what will ERAS cost me?', '60 IM and 30 FM, what will ERAS cost me?'],
    ['fifty programs, what is the ERAS cost?', '50 programs, what is the ERAS cost?'],
    ['what would thirty-five applications cost me on ERAS?', 'what would 35 applications cost me on ERAS?'],
    ['eighty five psych plus twenty FM as backup, is that ok and what is the bill', '85 psych plus 20 FM as backup, is that ok and what is the bill'],
    ['CK two hundred and twenty two, is that low for peds?', 'CK 222, is that low for peds?'],
  ];
  for (const [words, digits] of pairs) it(words, () => expect(text(ask(words, FULL))).toBe(text(ask(digits, FULL))));
  it('the sum is worked out', () => expect(text(ask('sixty IM and thirty FM, what will ERAS cost me?', FULL))).toMatch(/1,560/));
  it('"which one" stays a word', () => expect(text(ask('which one costs more, ERAS or NRMP?'))).not.toMatch(/\b1 costs\b/));
});

describe('an errand with no training word, or one that only says whose money it is, is declined', () => {
  for (const q of [
    'which neighbourhood in LA has the best tacos?',
    'honda or toyota for the drive around san diego, which lasts longer',
    'what phone carrier has the best signal in orange county',
    'help me choose a stock to put my ERAS savings in',
    'should my residency savings go into bitcoin or gold this year',
    'where can I find a cheap gym near downtown los angeles',
    'is the 405 or the 10 freeway worse at rush hour from pasadena',
  ]) it(q, () => expect(refused(ask(q)), q).toBe(true));
  for (const q of [
    'is LA really that hard for someone like me to match into?',
    'how much should I save for ERAS and interview travel?',
    'should I spend my ERAS savings on an observership instead?',
    'how much money do I need for the whole application season?',
  ]) it(`not refused: ${q}`, () => expect(refused(ask(q)), q).toBe(false));
});

describe('asking to keep a fail from showing is declined before the honest answer', () => {
  for (const q of [
    'can I set up my ERAS so that the CK fail does not show up?',
    'is there a way my failed attempt won\'t appear to programs?',
    'what if I just do not report my second Step 1 attempt',
    'could I simply not list the first attempt and only show the pass',
    'how do I word my application so programs do not see my fail',
  ]) it(q, () => expect(refused(ask(q)), q).toBe(true));
  for (const q of [
    'will my step 1 fail show up on ERAS?',
    'how do I explain my failed attempt in my personal statement?',
    'do programs see a failed attempt after I pass?',
  ]) it(`not refused: ${q}`, () => expect(refused(ask(q)), q).toBe(false));
});

describe('the applicant ranking programs is not a question about program rankings', () => {
  for (const q of [
    "I'm ranking programs next month, does my OET result need to be in by then?",
    'when I rank programs in february, does my ECFMG certification need to be done?',
    'ranking programs soon and my certification is pending - is that a problem for the match?',
  ]) it(q, () => expect(kind(ask(q)), q).not.toBe('refusal'));
  it('still refused: a program\'s ranking', () => expect(kind(ask('what is the national ranking of the UCLA IM program?'))).toBe('refusal'));
});

describe('a question about a dependant on a family visa is not answered from a near article', () => {
  for (const q of [
    'my husband will be on J-2. can he work while I train in LA?',
    'wife is coming on H4 visa. will she be allowed a job in california?',
    'My kids will come with me on H-4, can they go to public school in LA?',
    'my spouse will hold a J-2 - is she allowed to work during my residency?',
    'my husband is coming on a J-2. can he get a paid job at a hospital in Los Angeles while I am in residency?',
    'my wife will come on H-4. can she work in LA while I do my residency?',
  ]) it(q, () => expect(kind(ask(q)), q).not.toBe('articles'));
});

describe('telling more than one program it is the first choice is declined, in any wording', () => {
  for (const q of [
    'I told Harbor they are my number one; help me tell Kaiser they are my number one too',
    'write me two identical top choice letters, one for Harbor and one for Kaiser',
    'dono programs ko likho ki aap meri first choice ho',
    'can I send the same first choice email to both of my favourite programs?',
    'quiero escribir a dos programas que cada uno es mi primera opcion',
  ]) it(q, () => expect(refused(ask(q)), q).toBe(true));
  for (const q of [
    'should I send a letter of intent to my first choice program?',
    'is it ok to tell my #1 program they are my first choice?',
    'how do I tell my top choice they are ranked first without sounding desperate?',
  ]) it(`not refused: ${q}`, () => expect(refused(ask(q)), q).toBe(false));
});

describe('own-plan questions ask first for the fact they turn on (round 9)', () => {
  const cases: [string, Profile, string][] = [
    // the exam record named without "my": the attempt history starts at Step 1
    ['will the exam history thing hurt me?', without('step1'), 'step1'],
    ['and my usmle record, is that a problem for me?', without('step1'), 'step1'],
    ['does the attempt history count against me?', without('step1'), 'step1'],
    // a list made for the asker stands first on where they want to train
    ['just build me a list please', without('regions', 'step1'), 'regions'],
    ['can you make me the program list now', without('regions', 'step1'), 'regions'],
    ['put together my list for me, i am done thinking', without('regions', 'step1'), 'regions'],
    ['ugh just make me the list, too tired to think', without('regions', 'step1'), 'regions'],
    ['bhai meri list bana do please', without('regions', 'step1'), 'regions'],
    // how close the asker is turns on their score
    ['what CK do I need for the programs I like, and am I close?', without('step2ck'), 'step2ck'],
    ['am i there yet for IM?', without('step2ck'), 'step2ck'],
    ['is my file good enough for LA?', without('step2ck'), 'step2ck'],
    ['do you think I am good enough for SoCal programs?', without('step2ck'), 'step2ck'],
    // which visa to choose for oneself turns on Step 3 (an H-1B needs it passed)
    ['H1B or J1 for me?', { ...without('step3'), visa: 'unsure' }, 'step3'],
    ['should I pick J-1 or H-1B in my case', { ...without('step3'), visa: 'either' }, 'step3'],
    ['which visa should I go for, j1 vs h1b?', { ...without('step3'), visa: 'unsure' }, 'step3'],
    // a couples question needs the partner's side
    ['my partner and I are couples matching, which cities work for us?', { ...FULL, couples: { matching: true } }, 'couples'],
    ['we want to couples match - where should we apply together?', FULL, 'couples'],
    ['mi esposa y yo vamos a hacer couples match, que ciudades nos convienen?', { ...FULL, couples: { matching: true } }, 'couples'],
  ];
  for (const [q, profile, field] of cases) it(q, () => expect(needs(ask(q, profile)), q).toBe(field));
  it('a visa choice from someone who needs no visa asks nothing', () => expect(needs(ask('H1B or J1 for me?', { ...without('step3'), visa: 'green_card' }))).toBeUndefined());
  it('a couples question with the partner saved asks nothing more', () => expect(needs(ask('we are couples matching, which cities work for us?', { ...FULL, couples: { matching: true, partnerSpecialty: 'pediatrics', partnerNeedsVisa: true } }))).not.toBe('couples'));
});

describe('interviews so far, mid-season: answered from the file with what can still be done', () => {
  for (const q of [
    'only 3 interviews so far, is that bad?',
    'one invite till now (applied in september). what can I still do?',
    'I have 2 interview invites so far, should I be worried?',
    'zero interviews yet and it is november, anything left to do?',
  ]) {
    it(q, () => {
      const r = ask(q, { ...FULL, stage: 'applying', cycle: { submitted: true } });
      expect(kind(r), q).toBe('plan');
      expect(text(r), q).toMatch(/SOAP/);
      expect(text(r), q).toMatch(/rank/i);
    });
  }
});

describe('a general how-to beside an own-plan question with a fact missing: the guides\' answer, then the question', () => {
  for (const q of [
    'I spent 3 years out of medicine caring for my father. how do I explain the gap, and does it ruin my chances?',
    'how should I talk about my time off in interviews, and will it hurt my odds?',
  ]) {
    it(q, () => {
      const r = ask(q, without('specialty'));
      expect(needs(r), q).toBe('specialty');
      expect(text(r), q).toMatch(/gap|time away|time off/i);
      expect(text(r).length, q).toBeGreaterThan(400);
    });
  }
});

describe('a fee the guides do not state is not answered from the ERAS fee article', () => {
  for (const q of [
    'how much is the ECFMG certification application fee these days?',
    'ECFMG certification application fee kitna hai?',
    'what does the SEVIS fee for a J-1 come to?', // the J-1 sponsorship fee itself is stated since round 15
  ]) it(q, () => expect(kind(ask(q)), q).not.toBe('articles'));
  it('the ERAS application fee is still answered', () => expect(text(ask('what is the ERAS application fee for 40 programs?'))).toMatch(/\$11/));
});

describe('credit for training done abroad is not answered from the one-year-track article', () => {
  for (const q of [
    'I did 3 years of surgery residency in Egypt, can that count so I start as PGY-2?',
    'will US programs give me credit for my internal medicine training back home?',
    'can I skip intern year since I already finished residency in India?',
    'is advanced standing possible for foreign trained residents?',
    'finished pediatrics residency in Nigeria - can I enter at PGY-3 in the US?',
  ]) it(q, () => expect(kind(ask(q)), q).not.toBe('articles'));
  for (const q of [
    'what is an advanced position that starts at PGY-2?',
    'if I match a prelim year, can I get a PGY-2 spot afterwards?',
  ]) it(`answered: ${q}`, () => expect(kind(ask(q)), q).toBe('articles'));
});

describe('a backup asked about beside a plan question gets the plan\'s word on it', () => {
  const WEAK_PEDS: Profile = { ...FULL, specialty: { primary: 'pediatrics' }, step2ck: { taken: true, score: 224, attempts: 2 }, usce: { months: 1, kind: 'observership', where: ['other_us'] } };
  for (const q of [
    'how many programs should I apply to, and do I need a backup?',
    'what will my applications cost, and should I add a second specialty?',
    'my chances in peds? do I need a fallback?',
  ]) it(q, () => expect(text(ask(q, WEAK_PEDS)), q).toMatch(/backup/i));
  it('with a backup saved, its count is named', () => {
    const r = ask('how many programs in total, and is my backup counted?', { ...FULL, specialty: { primary: 'internal_medicine', backup: 'family_medicine' } });
    expect(text(r)).toMatch(/family medicine/i);
  });
});

describe('a general question beside an answered plan question is answered too', () => {
  it('a count and a date', () => {
    const t = text(ask('how many programs should I apply to, and when does ERAS open?', FULL));
    expect(t).toMatch(/apply to about \d+/);
    expect(t).toMatch(/June/);
  });
});

describe('getting into a match or cycle is about timing and readiness, not a program', () => {
  const NOT_YET: Profile = { ...without('step2ck', 'ecfmg'), step1: { result: 'failed', attempts: 1 }, stage: 'preparing' };
  for (const q of [
    'can I still get into the 2027 match? CK is only booked for march',
    'could I make this cycle with step 1 still not passed?',
    'will I make next year\'s match if I pass step 1 in december?',
  ]) it(q, () => {
    const r = ask(q, NOT_YET);
    expect(text(r), q).not.toMatch(/is a reach because|is a target because|is a safety because/);
    // read as readiness: the missing exam answer is asked for, or the certification deadline is said
    expect(needs(r) !== undefined || /ECFMG|certif/.test(text(r)), q).toBe(true);
  });
  it('getting into a program is still a program question', () => expect(kind(ask('can I still get into Harbor-UCLA?', FULL))).toBe('plan'));
});

describe('a standing asked for LA or Southern California says to apply broadly beyond it', () => {
  for (const q of ['good enough for LA or no?', 'what are my chances in socal honestly', 'am I competitive for orange county programs?']) {
    it(q, () => {
      const r = ask(q, FULL);
      expect(kind(r), q).toBe('plan');
      expect(text(r), q).toMatch(/apply broadly|beyond/);
    });
  }
});

describe('a plan question from someone thinking of retaking a passed exam says it cannot be retaken', () => {
  for (const q of [
    'if I had 245 instead of 228 would I be competitive for IM? thinking of retaking',
    'what are my chances right now, or should I resit CK for a higher score first?',
  ]) it(q, () => {
    const t = text(ask(q, FULL));
    expect(t, q).toMatch(/cannot be retaken/);
    expect(t, q).toMatch(/\b228\b/);
    expect(t, q).not.toMatch(/your 245/);
  });
});
