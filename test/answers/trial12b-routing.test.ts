// Trial-12 routing classes, in phrasings written for this test: a question about the asker's own standing or a
// specialty "for me" is answered from the standing lines, never about a program whose initials spell a word of the
// question ("why" is Wellspan Health York's); a bare "why <program>" or "is <program> a real program" is that program's
// place in the list. Each with honest look-alikes that keep their old answer.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { ask, kind, refused, ROUTING_FULL, text } from '../helpers/ask-kit.js';
import { programsNamed } from '../../src/answers/program-names.js';
import { KB } from './grade.js';

const NEURO: Profile = { ...ROUTING_FULL, specialty: { primary: 'neurology' } };
const PSYCH: Profile = { ...ROUTING_FULL, specialty: { primary: 'psychiatry' } };

describe('initials that spell an everyday word name no program', () => {
  const rows = [...KB.programs.filter((p) => p.specialty === 'psychiatry'), { name: 'Wellspan Health/York Hospital Program', city: 'York' }];
  it('"why", "phd" or "umm" typed as words name nothing', () => {
    for (const q of ['why is my standing borderline', 'why so weak', 'umm why tho', 'why is neuro worse for me', 'ok but why']) expect(programsNamed(rows, q), q).toEqual([]);
  });
  it('look-alikes: initials meant as initials still name the program', () => {
    expect(programsNamed(rows, 'why is ucsd a reach').map((r) => r.city)).toContain('La Jolla');
    expect(programsNamed(rows, 'is WHY a good program').map((r) => r.city)).toEqual(['York']);
    expect(programsNamed(rows, 'wellspan york, does it sponsor').map((r) => r.city)).toEqual(['York']);
  });
});

describe('"why is my standing X" and "why is <specialty> better for me" are answered from the standing', () => {
  it('the standing lines, naming no program', () => {
    for (const q of ['why is my standing borderline', 'why am i so borderline', 'why is my profile weak?', 'why is neuro better or worse for me',
      'why would psych be easier for me than neuro', 'why are my chances so low', 'is neuro a real option for me']) {
      const r = ask(q, NEURO);
      expect(kind(r), q).toBe('plan');
      expect(text(r), q).toMatch(/\b(weak|borderline|strong|competitive)\b, \d+\/100/);
      expect(text(r), q).not.toMatch(/Wellspan|York/i);
    }
  });
  it('before any plan, the question asks for what is missing instead of being refused', () => {
    for (const q of ['why is my standing weak', 'why am i borderline']) expect(refused(ask(q, { specialty: { primary: 'psychiatry' } } as Profile)), q).toBe(false);
  });
  it('look-alikes: another part of the file or a general question is not the standing', () => {
    for (const q of ['why is my personal statement weak', 'why are my letters weak']) expect(text(ask(q, NEURO)), q).not.toMatch(/\d+\/100/);
    expect(text(ask('why is psych a reach for me', PSYCH))).toMatch(/Psychiatry/);
  });
});

describe('"why <program>" and "is <program> a real program" give that program\'s place in the list', () => {
  it('the named program, in the plan or said to be outside it', () => {
    expect(text(ask('why UCSD psych', PSYCH))).toMatch(/San Diego\) Medical Center Program[\s\S]*not on your plan/);
    expect(text(ask('why ucla psych?', PSYCH))).toMatch(/UCLA/);
    expect(text(ask('ok why kaiser fontana', ROUTING_FULL))).toMatch(/Kaiser/);
    const ov = text(ask('is Olive View neuro a real program? why is it not in my list', NEURO));
    expect(ov).toMatch(/Olive View[\s\S]*internal medicine[\s\S]*not on your list/);
    expect(ov).not.toMatch(/core LA/);
    expect(text(ask('does harbor ucla neurology even exist?', NEURO))).toMatch(/Harbor/);
  });
  it('look-alikes: "why" before a place, a specialty, a visa or nothing is a general question', () => {
    for (const q of ['why LA', 'why psych', 'why j1', 'why not', 'is the match a real thing']) expect(kind(ask(q, PSYCH)), q).not.toBe('plan');
  });
});

describe('honest questions are answered, not refused', () => {
  it('alternative licence pathways: lawful, said to vary by state, never declined as dishonest', () => {
    for (const q of ['is there a way to practise in the US without doing residency again? some states passed new laws for foreign doctors',
      'can I get licensed in the US without repeating residency, I am already a cardiologist back home',
      'which states have alternative licensing pathways for IMGs?', 'are there new laws for internationally trained physicians to skip residency',
      'heard about provisional licence routes for foreign trained doctors in some states, true?']) {
      const t = text(ask(q, ROUTING_FULL));
      expect(t, q).toMatch(/lawful question[\s\S]*vary by state[\s\S]*unknown/);
      expect(t, q).not.toMatch(/dishonest/);
    }
  });
  it('look-alikes: practising without a licence, residency without exams, California or one state\'s rules keep their answers', () => {
    for (const q of ['can I practice in the US without a license?', 'can I do residency without USMLE?', 'do I need a California licence for residency?',
      'tennessee license rules for residents', 'what are the new H-1B laws for foreign doctors']) expect(text(ask(q, ROUTING_FULL)), q).not.toMatch(/lawful question/);
  });
  it('two specialties together, or one alone, are priced from the plan rebuilt on a copy', () => {
    for (const q of ['can i apply to neuro and psych both?', 'is it ok to apply IM and FM at the same time', 'thinking of applying psych + neuro, can I?']) {
      const t = text(ask(q, NEURO));
      expect(t, q).toMatch(/^Yes, you can apply/);
      expect(t, q).toMatch(/nothing is changed[\s\S]*programs/);
    }
    for (const q of ['what if I only apply psych', 'should i just apply fm', 'can I apply psych only this year?']) expect(text(ask(q, NEURO)), q).toMatch(/alone \(your saved choice is neurology; nothing is changed\)[\s\S]*apply to about \d+/);
  });
  it('look-alikes: other people, a past cycle or a difference between specialties are not the asker\'s mix', () => {
    for (const q of ['do IMGs apply to IM and FM both?', 'what is the difference between IM and FM', 'I applied IM and FM last year', 'my wife applies peds only, can she?',
      'I have $1200 for ERAS, how do I split between IM and FM?', 'how many should I send to psych and neuro each?']) {
      expect(text(ask(q, NEURO)), q).not.toMatch(/nothing is changed/);
    }
  });
  it('Hindi-Urdu and Tagalog count and cost questions get the English answer', () => {
    for (const q of ['kya 60 programs kaafi hain?', '60 programs kafi hai kya', 'sapat na ba ang 50 programs?', 'ilang programs ang dapat ko i-apply?']) {
      expect(text(ask(q, ROUTING_FULL)), q).toMatch(/apply to about \d+/);
    }
    expect(text(ask('magkano for 40 programs?', ROUTING_FULL))).toMatch(/\$630/);
    expect(text(ask('magkano ang ERAS fee for 40 programs po?', ROUTING_FULL))).toMatch(/\$630/);
  });
});

describe('near-topic questions get their own answer', () => {
  it('marrying a US citizen or green-card holder before the Match: a J-1 or H-1B is still needed until an EAD or green card is in hand', () => {
    for (const q of ['my girlfriend is a US citizen, if we marry before match does that change anything?', 'if I marry my american fiancee next spring do I still need a J1 for residency?',
      'getting married to a green card holder in march, will that help with the visa for residency?', 'if we get married do I still need sponsorship?', 'planning to marry a US citizen this year, does it matter for the match?']) {
      expect(text(ask(q, ROUTING_FULL)), q).toMatch(/July 1[\s\S]*still need a J-1 or an H-1B/);
    }
  });
  it('look-alikes: an existing spouse\'s status, the couples match or a wedding date are not this case', () => {
    for (const q of ['my wife is a US citizen, so I need no visa?', 'do we need to be married to do the couples match?', 'can my husband and i apply as a couple?', 'my wedding is during interview season, can I reschedule interviews?']) {
      expect(text(ask(q, ROUTING_FULL)), q).not.toMatch(/family-based green-card case/);
    }
  });
  it('a J-1 prelim moving to another specialty: ECFMG, a new Statement of Need, the seven-year cap, the rest unknown', () => {
    for (const q of ['can I switch from J1 prelim to J1 peds? ECFMG sponsor still?', 'I am in a J-1 prelim year, can I change to a categorical psych spot next year?',
      'can I change my specialty on a J1?', 'moving from my TY to pediatrics next year on the same j1, what happens?', 'switching from preliminary surgery to IM, J-1 ok?']) {
      expect(text(ask(q, ROUTING_FULL)), q).toMatch(/Statement of Need[\s\S]*seven-year cap[\s\S]*unknown to us/);
    }
  });
  it('look-alikes: a specialty choice, what a prelim year is or another visa change keep their answers', () => {
    for (const q of ['can I switch from IM to FM?', 'what is a preliminary year?', 'can I switch from F1 to H1B', 'what is the j1 statement of need?']) {
      expect(text(ask(q, ROUTING_FULL)), q).not.toMatch(/seven-year cap, and the two-year/);
    }
  });
});

describe('a US citizen asking why the figures are non-US IMG figures', () => {
  const CITIZEN: Profile = { ...NEURO, visa: 'us_citizen' };
  it('is told what the figures are, what we do not hold, and the two groups\' rates', () => {
    for (const q of ['why am i compared with non-US IMGs? im a citizen', 'how come you measure me against foreign IMG stats', 'why are you using non-US IMG numbers for me',
      'why compare me to non us imgs, I am american', 'why am I judged against international applicants?']) {
      const p = /citizen|american/i.test(q) ? NEURO : CITIZEN;
      expect(text(ask(q, p)), q).toMatch(/non-US IMGs[\s\S]*not in our data[\s\S]*US-citizen IMGs matched at 70%/);
    }
  });
  it('look-alikes: a non-citizen, a green-card holder or a general question about the groups is not answered so', () => {
    for (const [q, p] of [['why am i compared with non-US IMGs?', NEURO], ['why am i compared with non-US IMGs?', { ...NEURO, visa: 'green_card' }],
      ['what is the match rate of non-US IMGs?', CITIZEN], ['are US IMGs and non-US IMGs compared differently?', CITIZEN]] as [string, Profile][]) {
      expect(text(ask(q, p)), q).not.toMatch(/not in our data/);
    }
  });
});

describe('a count asked for a named specialty in a few words is the asker\'s plan', () => {
  it('the plan\'s count, with the cost when asked', () => {
    const t = text(ask('how many programs for psych and how much', PSYCH));
    expect(t).toMatch(/apply to about \d+/);
    expect(t).toMatch(/\$/);
    expect(text(ask('how many apps to send in IM?', ROUTING_FULL))).toMatch(/apply to about \d+/);
  });
  it('look-alikes: a count of programs that exist or sponsor, or other people\'s counts, are not the plan\'s', () => {
    for (const q of ['how many programs should IMGs apply to for psych', 'how many psych programs are there in LA', 'how many programs in psych exist in the us']) {
      expect(text(ask(q, PSYCH)), q).not.toMatch(/^For your plan/);
    }
  });
});

describe('a count question while the plan still needs an answer gets the guides\' count passage', () => {
  const NO_VISA: Profile = { specialty: { primary: 'internal_medicine' }, step1: { result: 'passed', attempts: 1 }, step2ck: { taken: true, score: 241, attempts: 1 }, graduationYear: 2016 };
  it('the count passage, then the missing answer asked for', () => {
    for (const q of ['is 60 programs enough?', 'kya 60 programs kaafi hain?', 'are 70 applications ok for me?']) {
      const t = text(ask(q, NO_VISA));
      expect(t, q).toMatch(/80–120 or more programs/);
      expect(t, q).not.toMatch(/^In short: Reach:/);
    }
  });
});
