// Round 11 own-plan classes, in phrasings written for this test only (none from a question set), each with honest
// look-alikes that must keep their old answer: the fact that decides an own-plan answer is asked first (a visa saved
// as "not sure", the visa before Step 1 for a list, the stage for "what next", the asker's own CK when only someone
// else's is given, a graduation time given by an event); a visa asked about with no program named is answered for
// that visa; a budget is priced into a count from the fee table; a count and a cost asked together get both; "am I
// in the low range" sets the score beside the figures; a place in the asker's story is not the program asked about.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { ask, kind, needs, ROUTING_FULL, text, without as withoutAnswers } from '../helpers/ask-kit.js';
import { KB } from './grade.js';

const FULL = ROUTING_FULL;
const without = (...fields: (keyof Profile)[]): Profile => withoutAnswers(FULL, ...fields);

describe('a visa saved as "not sure" is unknown, and decides a list or a chances-to-apply question', () => {
  const unsure: Profile = { ...FULL, visa: 'unsure' };
  it('asks for the visa, saying it is saved as not sure', () => {
    for (const q of [
      'which LA programs should I apply to?',
      'what programs in Orange County should I be targeting?',
      'honestly no idea about my visa yet, my uncle is sorting it. can I still apply to IM in LA this cycle?',
      'visa situation unclear for me right now - can i apply to OC programs this year?',
      'idk which visa I will need, can I still apply this season to LA IM?',
    ]) {
      const r = ask(q, unsure);
      expect(needs(r), q).toBe('visa');
      expect(text(r), q).toMatch(/not sure/);
    }
  });
  it('look-alikes: a known visa, or a question not about the asker\'s list, is not asked the visa', () => {
    for (const [q, p] of [
      ['which LA programs should I apply to?', FULL],
      ['can I still apply to IM in LA this cycle?', FULL],
      ['not sure about the ERAS deadline, when does it open?', unsure],
      ['what is the difference between J-1 and H-1B?', unsure],
      ['how do I write my personal statement?', unsure],
    ] as [string, Profile][]) expect(needs(ask(q, p)), q).not.toBe('visa');
  });
});

describe('a list question asks for the visa before Step 1', () => {
  it('visa first when both are missing', () => {
    for (const q of [
      'which Orange County programs should I target?',
      'what IM programs in LA should I apply to?',
      'which hospitals in San Diego should I be applying to?',
      'list the programs I should apply to in socal',
      'where should I apply in LA?',
    ]) expect(needs(ask(q, without('visa', 'step1'))), q).toBe('visa');
  });
  it('look-alikes: with the visa saved, Step 1 is still asked; a readiness question still asks Step 1', () => {
    for (const q of ['which Orange County programs should I target?', 'what IM programs in LA should I apply to?', 'where should I apply in LA?']) {
      expect(needs(ask(q, without('step1'))), q).toBe('step1');
    }
    expect(needs(ask('am I ready to apply?', without('visa', 'step1'))), 'ready').toBe('step1');
    expect(needs(ask('is my CK good enough for IM?', without('visa', 'step1'))), 'standing').not.toBe('visa');
  });
});

describe('"what do I do next" asks where the asker is in the match when no stage is saved', () => {
  it('asks the stage', () => {
    for (const q of ['ok so what do I do next', 'what should I do first?', 'where do I even start?', 'what are my next steps?', "what's next for me?"]) {
      const r = ask(q, without('stage' as keyof Profile));
      expect(needs(r), q).toBe('stage');
      expect(text(r), q).toMatch(/applying|interviewing|reapplying/);
    }
  });
  it('look-alikes: with the stage saved (or an application submitted), the first steps are given', () => {
    for (const p of [{ ...FULL, stage: 'applying' }, { ...FULL, stage: 'preparing' }, { ...FULL, cycle: { submitted: true } }] as Profile[]) {
      for (const q of ['ok so what do I do next', 'what should I do first?']) {
        const r = ask(q, p);
        expect(needs(r), q).toBeUndefined();
        expect(text(r), q).toMatch(/first steps|steps/i);
      }
    }
  });
});

describe('someone else\'s score as the only number: the asker\'s own CK is asked for first', () => {
  it('asks for step2ck, saying the other score is not theirs', () => {
    for (const q of [
      'my cousin scored 248 on CK and matched IM in LA. I sit for CK in March, can I match there too?',
      'a friend with 239 got into a community program in Riverside. will I match in the IE?',
      'my roommate had 252 on step 2 and matched psych. what are my chances?',
      'my senior got 241 and matched FM in OC, same school as me. can I match?',
      'batchmate scored 250 on ck, matched at kaiser. will i get in too?',
    ]) {
      const r = ask(q, {});
      expect(needs(r), q).toBe('step2ck');
    }
  });
  it('look-alikes: the asker\'s own score beside the other, or a CK saved, is not asked for again', () => {
    for (const [q, p] of [
      ['my cousin scored 248 and matched IM; I have 229. can I match too?', { specialty: { primary: 'internal_medicine' }, step2ck: { taken: true, score: 229, attempts: 1 } }],
      ['a friend with 239 matched in Riverside. will I match in the IE?', { specialty: { primary: 'internal_medicine' }, step2ck: { taken: true, score: 231, attempts: 1 } }],
      ['I scored 236 on CK, will I match in LA?', {}],
      ['my roommate had 252 on step 2 and matched psych. what are my chances?', FULL],
      ['what are my chances?', { specialty: { primary: 'internal_medicine' }, step2ck: { taken: true, score: 231, attempts: 1 } }],
    ] as [string, Profile][]) expect(needs(ask(q, p)), q).not.toBe('step2ck');
  });
});

describe('a graduation time given by an event, not a year, asks for the year', () => {
  it('asks graduationYear', () => {
    for (const q of [
      'graduated around covid time, is that considered recent still?',
      'I finished med school right before the pandemic. does that count as an old grad?',
      'graduated during lockdown, will programs see me as recent?',
      'I graduated a few years back, is that too old for LA programs?',
      'got my degree some years ago, am I still a recent graduate?',
    ]) expect(needs(ask(q, {})), q).toBe('graduationYear');
  });
  it('look-alikes: a year given, someone else\'s graduation, or a general question are not asked the year', () => {
    for (const q of [
      'I graduated in 2020 during covid, is that still recent?',
      'my friend graduated around covid time, is she still a recent grad?',
      'do programs care about graduation year?',
      'did covid change how programs look at USCE?',
      'what counts as a recent graduate for residency?',
    ]) expect(needs(ask(q, {})), q).not.toBe('graduationYear');
  });
});

describe('a visa asked about with no program named is answered for that visa, not "which program do you mean"', () => {
  const h1b: Profile = { ...FULL, visa: 'needs_h1b', step3: { status: 'passed' } };
  it('says the H-1B fee and what the table holds', () => {
    for (const q of [
      'with that new 100k thing, is H-1B still realistic for me?',
      'is the H1B route even realistic for me now?',
      'H-1B for me - is it a long shot after the fee change?',
      'is an h1b a realistic option for me or should I switch to J1?',
      'is getting H-1B sponsorship in LA realistic for me?',
    ]) {
      const t = text(ask(q, h1b));
      expect(t, q).not.toMatch(/could not tell which program/);
      expect(t, q).toMatch(/100,000/);
    }
  });
  it('look-alikes: a named program still gets its own tier, a specialty its standing', () => {
    expect(text(ask('why is Cedars a reach for me?', FULL))).not.toMatch(/100,000/);
    expect(text(ask('is psychiatry realistic for me?', FULL))).toMatch(/Psychiatry/);
    expect(text(ask('is FM realistic for me?', h1b))).not.toMatch(/could not tell which program/);
    expect(kind(ask('is the H-1B fee paid by me or the program?'))).not.toBe('plan');
    expect(kind(ask('what is the new H-1B fee?'))).not.toBe('plan');
  });
});

describe('a budget for ERAS fees is priced into a number of programs from the fee table', () => {
  const cases: [string, string][] = [
    ['I have exactly $1000 for ERAS. How many IM programs can I afford?', '52'],
    ['my budget is $600 for applications, how many FM programs can I apply to?', '39'],
    ['only 800 dollars saved for ERAS - how many programs does that cover?', '45'],
    ['with a $1,500 ERAS budget how many programs can I apply to in one specialty?', '69'],
    ['I can spend $300 on ERAS fees, how many programs is that?', '27'],
  ];
  for (const [q, n] of cases) {
    it(q, () => {
      for (const p of [undefined, { specialty: { primary: 'internal_medicine' } }, FULL] as (Profile | undefined)[]) {
        expect(text(ask(q, p)), `${q} ${JSON.stringify(p)}`).toMatch(new RegExp(`\\b${n} programs\\b`));
      }
    });
  }
  it('look-alikes: money that is not an ERAS budget is not priced into a count', () => {
    for (const q of [
      'I spent $1000 on ERAS last year and matched nowhere, how many programs should I apply to now?',
      'the Step 3 fee is about $1000, how many attempts do I get?',
      'is $1000 enough for the whole match process including travel?',
      'I have $5000 saved, how many months of observership can I do?',
      'how many programs can I apply to?',
    ]) expect(text(ask(q, FULL)), q).not.toMatch(/With \$[\d,]+ for ERAS/);
  });
});

describe('a count and a cost asked together get both', () => {
  const p: Profile = { specialty: { primary: 'family_medicine' }, visa: 'needs_j1', step2ck: { taken: true, score: 226, attempts: 1 }, graduationYear: 2020, regions: ['la_county', 'orange_county', 'san_diego', 'inland_empire'] };
  it('the count and the ERAS fees', () => {
    for (const q of [
      'ck 226 yog 20 j1 fm socal how many progs + cost',
      'how many programs should I apply to and what will that cost?',
      'how many programs for me, and how much in fees?',
      'ck 226 fm j1: how many apps and total price?',
      'how many applications do I need and what does that come to in ERAS fees?',
    ]) {
      const t = text(ask(q, p));
      expect(t, q).toMatch(/apply to about/);
      expect(t, q).toMatch(/\$11\b/);
      expect(t, q).toMatch(/\$30\b/);
    }
  });
  it('look-alikes: a count alone is not priced, a statement of stats alone is not a plan question', () => {
    expect(text(ask('how many programs should I apply to?', p))).not.toMatch(/What it costs/);
    expect(text(ask('how many programs should I rank?', p))).not.toMatch(/What it costs/);
    expect(kind(ask('is ck 226 good for fm?'))).not.toBe('plan');
    expect(kind(ask('how many programs do most IMGs apply to and what does it cost?'))).not.toBe('plan');
    expect(text(ask('how many programs should I apply to and should I do a backup?', p))).not.toMatch(/What it costs/);
  });
});

describe('"am I in the low range" sets the asker\'s score beside the matched figures', () => {
  const p: Profile = { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 2 }, step2ck: { taken: true, score: 231, attempts: 1 }, graduationYear: 2021, regions: ['la_county'] };
  it('says the score and the figure', () => {
    for (const q of [
      "am i in the 'low' bucket?",
      'do I fall in the low-score group for IM?',
      'would I count as a low scorer?',
      'am I at the bottom end for internal medicine?',
      'is my file in the weak category?',
    ]) {
      const t = text(ask(q, p));
      expect(t, q).toMatch(/\b231\b/);
      expect(t, q).toMatch(/\b249\b|\b240\b/);
    }
  });
  it('look-alikes: a bucket or range that is not the asker\'s standing', () => {
    expect(kind(ask('what is the low range for Step 2 CK scores?'))).not.toBe('plan');
    expect(text(ask('which bucket should a program go in on my list?', p))).not.toMatch(/mean 249/);
    expect(kind(ask('what counts as a low score for IM?'))).not.toBe('plan');
    expect(text(ask('am I in the right time zone for interviews?', p))).not.toMatch(/mean 249/);
    expect(text(ask('is the low cost option for USMLE prep worth it?', p))).not.toMatch(/mean 249/);
  });
});

describe('a place in the asker\'s story is not the program asked about', () => {
  const j1: Profile = { specialty: { primary: 'family_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score: 229, attempts: 1 }, graduationYear: 2021, usce: { months: 3, kind: 'hands_on', where: ['la_county'] }, regions: ['la_county'] };
  const yesJ1 = new Set(KB.programs.filter((x) => x.visaJ1 === 'yes').map((x) => x.name));
  const notYes = KB.programs.filter((x) => x.visaJ1 !== 'yes' && x.region === 'la_county' && x.specialty === 'family_medicine').map((x) => x.name).filter((n) => !yesJ1.has(n));
  it('lists only programs with a stated J-1', () => {
    for (const q of [
      'I did 3 months hands-on in Long Beach. Which FM programs there take J-1?',
      'rotated at White Memorial last spring. which family medicine programs in LA sponsor J-1?',
      'Did an observership at Kaiser. What FM programs in LA County take J1?',
      'My USCE was in Pomona. Which LA FM programs accept J-1 visas?',
      'I shadowed at Cedars for a month - which FM programs around LA sponsor a J-1?',
    ]) {
      const t = text(ask(q, j1));
      for (const n of notYes) expect(t, `${q} names ${n}`).not.toContain(n);
    }
  });
  it('look-alikes: a program named in the question itself is answered for that program', () => {
    expect(text(ask('does Long Beach Memorial take J-1?', j1))).toMatch(/Long Beach Memorial/);
    expect(text(ask('which of these take J-1: White Memorial or Kaiser LA?', j1))).toMatch(/White Memorial/);
  });
});

describe('a part of the file the question names is weighed in the standing, not cut for length', () => {
  const p: Profile = { ...FULL, languages: ['Spanish', 'English'] } as Profile;
  const factorLines = (t: string) => t.split('\n').filter((l) => l.startsWith('- ') && !/matched non-US IMGs:|Match rate/.test(l));
  it('names the language, the letters or the USCE the asker brings up', () => {
    for (const [q, re] of [
      ['I speak Spanish fluently, what are my chances in LA?', /Spanish/],
      ['hablo español nativo, ¿tengo chance en internal medicine?', /Spanish/],
      ['being bilingual, how competitive am I?', /Spanish/],
      ['my letters are all from LA attendings - where do I stand?', /letter/i],
      ['with my hands-on USCE, how competitive am I?', /clinical experience/i],
    ] as [string, RegExp][]) {
      const lines = factorLines(text(ask(q, p)));
      expect(lines.slice(0, 2).join('\n'), q).toMatch(re);
    }
  });
  it('look-alikes: a question naming no part keeps the score first', () => {
    for (const q of ['what are my chances?', 'where do I stand?', 'how competitive am I?', 'am I competitive for IM in LA?', 'do I have a chance?']) {
      const lines = factorLines(text(ask(q, p)));
      expect(lines[0] ?? '', q).toMatch(/Step 2 CK/);
    }
  });
});

describe('"does <program> take J-1?" is answered from the program table, never refused', () => {
  it('a named program\'s stated visa policy', () => {
    for (const q of ['does Long Beach Memorial take J-1?', 'will Kaiser LA sponsor an H1B?', 'which of these take J-1: White Memorial or Kaiser LA?', 'can Harbor-UCLA sponsor H-1B?', 'does Cedars sponsor J1?']) {
      const r = ask(q, FULL);
      expect(kind(r), q).toBe('plan');
      expect(text(r), q).toMatch(/From our program table|source/);
    }
  });
  it('look-alikes: how sponsorship works is the guides\' answer', () => {
    for (const q of ['what documents do programs need to sponsor a J-1?', 'what does it take to get an H-1B?', 'how long does it take to get the J-1 after matching?', 'do programs take J-1 from old graduates?', 'can you explain how ECFMG sponsors the J-1?']) {
      expect(text(ask(q, FULL)), q).not.toMatch(/From our program table/);
    }
  });
  it('a visa saved as "not sure" is not asked again for a count of applications', () => {
    expect(needs(ask('how many programs should I apply to?', { ...FULL, visa: 'unsure' }))).not.toBe('visa');
  });
});
