// Round 10 answer classes, in phrasings written for this test only (none from a question set): the asker's own number
// is the one they settle on (a typo corrected in the message, a score in words, theirs beside someone else's); an
// own-plan answer names or asks for the fact that decides it (the visa for adding programs mid-season, the regions
// for a list, the graduation year of an old graduate); the weakest part of a stored file is read from the file; and
// the passage is found by what is asked, not by the chat around it.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { ask, kind, needs, ROUTING_FULL, text, without as withoutAnswers } from '../helpers/ask-kit.js';

const FULL = ROUTING_FULL;
const without = (...fields: (keyof Profile)[]): Profile => withoutAnswers(FULL, ...fields);

describe('the asker\'s own score is the one they settle on', () => {
  const cases: [string, string, string][] = [
    ['my CK is 219, sorry I mean 239, is that competitive for IM?', '239', '219'],
    ['step 2 ck 224 - typo, it is 234 - how far am I from the average for family medicine?', '234', '224'],
    ['CK 241 no wait 231, is that decent for psych?', '231', '241'],
    ['ck two thirty six, j1, IM. is that a low score?', '236', '219'],
    ['got two forty on CK, is that good enough for peds?', '240', '241'],
    ['Step 2 CK 226 (correction: 228), is that low for internal medicine?', '228', '226'],
  ];
  for (const [q, mine, not] of cases) {
    it(q, () => {
      const t = text(ask(q));
      expect(t, q).toMatch(new RegExp(`Your Step 2 CK of ${mine}\\b`));
      expect(t, q).not.toMatch(new RegExp(`CK of ${not}\\b`));
    });
  }
});

describe('a result of someone else beside the asker\'s own is compared, the asker\'s number first', () => {
  const cases: [string, string][] = [
    ['My roommate got 252 on CK and matched at a university IM program. I have 229. Same school. So I should be fine there too, right?', '229'],
    ['my cousin had CK 247 and matched family medicine in San Diego; mine is 224, should be ok for me as well?', '224'],
    ['A friend with 239 matched psych last year. I scored 221 on step 2. Am I safe applying to the same places?', '221'],
    ['batchmate ne 250 score kiya tha aur match ho gaya, mera CK 226 hai, mera bhi ho jayega na?', '226'],
    ['my sister matched IM with a 245 on CK; I got 230. Same chances for me, right?', '230'],
  ];
  for (const [q, mine] of cases) {
    it(q, () => {
      const r = ask(q);
      const t = text(r);
      expect(kind(r), q).not.toBe('nearest');
      expect(t, q).toMatch(new RegExp(`Your Step 2 CK of ${mine}\\b`));
      expect(t, q).toMatch(/\b(lower|below|reach)\b/);
    });
  }
});

describe('an own-plan answer asks for the fact that decides it', () => {
  it('adding programs mid-season with no visa saved asks for the visa', () => {
    for (const q of [
      "It's January, I have two interviews. Should I send out more applications now?",
      'only 1 invite so far this season, do I add more programs or is it too late',
      'december and zero interviews so far. apply to more programs?',
      'Got 3 interviews till now, should I be adding extra programs at this point?',
      'with just one interview this cycle should I apply to additional programs?',
    ]) {
      const r = ask(q, { ...without('visa'), stage: 'interviewing', cycle: { submitted: true } });
      expect(needs(r), q).toBe('visa');
      expect(text(r), q).toMatch(/interview/i);
    }
  });
  it('a list of programs with no regions saved asks for the regions', () => {
    for (const q of [
      'make me a list of target programs pls',
      'give me my reach and safety programs',
      'which programs should be my targets?',
      'can you pull up some safety programs for me',
      'show me a few target hospitals for me',
    ]) expect(needs(ask(q, without('regions'))), q).toBe('regions');
  });
  it('the same questions with the regions saved are answered', () => {
    expect(needs(ask('make me a list of target programs pls', FULL))).toBeUndefined();
  });
  it('an old graduate asked for a missing fact hears the graduation year that decides as much', () => {
    for (const [q, year] of [
      ['Is IM in Orange County possible at all for me?', 2006],
      ['can I still realistically match into family medicine?', 2009],
      ['what are my chances in psych honestly', 2011],
      ['do I have a real chance at internal medicine in LA?', 2004],
      ['am I competitive for FM anywhere?', 2012],
    ] as [string, number][]) {
      const r = ask(q, { ...without('step2ck'), graduationYear: year });
      expect(needs(r), q).toBe('step2ck');
      expect(text(r), q).toMatch(new RegExp(`\\b${year}\\b`));
    }
  });
});

describe('the weakest part of a stored file is read from the file', () => {
  const h1b: Profile = { ...FULL, visa: 'needs_h1b', step2ck: { taken: true, score: 246, attempts: 1 }, step3: { status: 'not_taken' }, usce: { months: 5, kind: 'hands_on', where: ['la_county'] } };
  for (const q of [
    "what's the biggest hole in my application? be specific",
    'where is my file weakest?',
    'what is holding my application back the most',
    'whats the weakest part of my profile right now',
    'be brutal: what are the red flags in my application?',
  ]) {
    it(q, () => {
      const r = ask(q, h1b);
      expect(kind(r), q).toBe('plan');
      expect(text(r), q).toMatch(/Step 3/);
    });
  }
  it('an observership-only file with one letter names those, not the score it does not have', () => {
    const t = text(ask('what is the weakest part of my application?', { ...FULL, step2ck: { taken: true, score: 250, attempts: 1 }, usce: { months: 2, kind: 'observership', where: ['other_us'] }, usLors: { count: 1, inSpecialty: false } }));
    expect(t).toMatch(/observership|letter/i);
  });
  it('a part of the file not saved is asked for, never scored weak', () => {
    expect(needs(ask('what is the biggest weakness in my application?', without('usce')))).toBe('usce');
  });
  it('a question about presenting being an IMG is not a file reading', () => {
    expect(kind(ask('how do I present being an IMG so it is not a weakness?', FULL))).not.toBe('plan');
  });
});

describe('the passage is found by what is asked, not by the chat around it', () => {
  const cases: [string, RegExp][] = [
    ['when do residencies start in the US? my job in Doha needs 3 months notice', /July/],
    ['when does residency start? I have to tell my employer in Karachi early', /July/],
    ['My hospital in Lagos wants me to give notice early. When is the first day of intern year?', /July/],
    ['when is the rank list due? my brother is getting married in February and I want to plan travel', /rank/i],
    ['When does ERAS open? I am flying home in the summer for my sister wedding', /ERAS/],
  ];
  for (const [q, re] of cases) it(q, () => expect(text(ask(q)), q).toMatch(re));
});

describe('a status named once in the chat is what a sponsorship question is about', () => {
  for (const q of [
    'I have a work permit through my pending asylum case, valid until 2027. Can I apply to programs as someone who needs no sponsorship?',
    'My green card is pending and I hold an EAD for now. Will programs count me as needing a visa?',
    "I'm on TPS with an EAD that gets renewed every 18 months. Do I list myself as needing sponsorship on ERAS?",
    'DACA recipient here, work permit renewed last year. Can I rank programs that do not sponsor visas?',
    'I am in the US on parole with a work permit valid through 2028. Does a program need to sponsor anything for me?',
  ]) it(q, () => expect(text(ask(q)), q).toMatch(/\bEAD\b|work permit|Employment Authorization/));
});

describe('a long message quoting the question it needs answered finds that passage', () => {
  for (const q of [
    'my form for the program asks me to explain a gap in my training, 2 years at home with my sick father. help!!',
    'coordinator emailed a form, one question is about the gap after med school, I did nothing clinical 2020-2023, how do I answer',
  ]) it(q, () => expect(text(ask(q)), q).toMatch(/gap|recent/i));
});

describe('a judgement of one\'s own chances, however it is put, is answered from the file', () => {
  for (const q of [
    'Now I want family medicine in LA at 45. Am I crazy?',
    'am i kidding myself applying IM with my file?',
    "honestly, am I just dreaming with psych?",
    'I am 44 and switching to pediatrics, am I wasting my time?',
    'be real with me, am I being unrealistic about internal medicine?',
  ]) {
    it(q, () => {
      const r = ask(q, { ...without('step2ck'), graduationYear: 2005 });
      expect(needs(r), q).toBe('step2ck');
      expect(text(r), q).toMatch(/2005/);
    });
  }
});

describe('a visa choice for someone who saved "either" names what each costs them', () => {
  const either: Profile = { ...FULL, visa: 'either', step3: { status: 'passed', score: 219 } };
  for (const q of [
    'Step 3 is done. should I go H1B only now or still J1?',
    'now that I passed step 3, J-1 or H-1B for me?',
    'with step 3 passed is the H1B the better visa for me?',
  ]) it(q, () => expect(text(ask(q, either)), q).toMatch(/100,000/));
});

describe('an old numeric Step 1 below a later CK is read as the trend to point to', () => {
  for (const q of [
    'My numeric step 1 was 196 back in 2020 and my CK is 243. Will the old step 1 score still hurt me?',
    'step 1 score 201 (old scoring), CK 238 - do programs still care about my step 1?',
    'old step 1 = 199, step 2 ck = 236. should I worry about the step 1 number?',
    'Step 1 was 210 in 2018, CK 245 in 2021. How do programs read my scores?',
  ]) it(q, () => expect(text(ask(q)), q).toMatch(/upward trend/));
});

describe('how the asker wants it said is not what they ask about', () => {
  const pairs: [string, string][] = [
    ['difference between J1 and H1B in simple words plz', 'difference between J1 and H1B'],
    ['honestly, is an observership worth it?', 'is an observership worth it?'],
    ['be brutal with me: does research matter for IM?', 'does research matter for IM?'],
    ['explain the couples match in plain english pls', 'explain the couples match'],
    ['bhai what is SOAP, asap', 'what is SOAP'],
  ];
  for (const [styled, plain] of pairs) {
    it(styled, () => {
      const a = ask(styled);
      const b = ask(plain);
      expect(a.found && a.articleId, styled).toBe(b.found && b.articleId);
    });
  }
});
describe('a visa comparison asked "in simple words" gets the visa differences, not a passage about wording', () => {
  it('names what each visa needs', () => expect(text(ask('difference between J1 and H1B in simple words plz'))).toMatch(/Step 3/));
});
describe('a problem named in passing is not a request to read the file\'s weakest part', () => {
  for (const q of [
    'my biggest problem is money, how do I budget ERAS?',
    'the main issue with my visa is timing, when should I apply?',
    'how do I explain the gap in my CV?',
    'how should I address the biggest weakness in my application in my personal statement?',
  ]) it(q, () => expect(text(ask(q, ROUTING_FULL)), q).not.toMatch(/^The biggest hole in your file/));
});
