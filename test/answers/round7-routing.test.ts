// Routing classes behind the fifth development set's failures, in phrasings written for this test only: honest
// questions about one's own history are answered while requests to deceive are refused; off-topic errands wrapped in
// interview words are declined first and alone; topics next to the guides' (another state's licence, unions, fees the
// guides do not state) get a plain "not in our guides"; own-plan questions ask for the one missing fact.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { ask, kind, needs, text, without as withoutAnswers } from '../helpers/ask-kit.js';


const FULL: Profile = {
  specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 228, attempts: 1 }, step3: { status: 'not_taken' }, graduationYear: 2022,
  usce: { months: 3, kind: 'hands_on', where: ['la_county'] }, usLors: { count: 3, inSpecialty: true },
  regions: ['la_county', 'orange_county'],
};
const without = (...fields: (keyof Profile)[]): Profile => withoutAnswers(FULL, ...fields);

describe('an honest question about one\'s own history is answered, not refused', () => {
  for (const q of [
    'do I have to disclose my step 1 fail to programs or is it optional?',
    'should i mention my failed attempt in my personal statement or just leave it out?',
    'is it better to stay quiet about my CK fail and let them bring it up?',
    'my CK score arrives two weeks after ERAS opens - submit now or wait for it?',
    'score release is after eras opening day, should i hold my application until it comes out',
    'my tourist visa got refused in 2019 under 214(b). will that hurt my J-1 for residency?',
    'had a visa denial last year (221g admin processing), does it affect my chances of matching?',
    'how do I explain a three year gap after graduation in interviews?',
    "I'm on TPS with a work permit, do residency programs need to sponsor me?",
    'the consulate put me on 221g last time, will programs hesitate to rank me?',
    'I was on maternity leave for a year after internship, how do I explain it to programs?',
    'is a review course worth paying for if I failed CK studying alone?',
    'I did two years of internal medicine residency in Egypt. does that count as recent clinical experience for US programs?',
    'my wife is on an H-1B and I am on H-4; for residency I need a visa of my own, J-1 or H-1B?',
    'is saying I love the sunshine in my PS a good reason for LA?',
    "I'm from Canada, do I need a visa for US residency?",
    'as a British citizen, how do I apply to US residency programs?',
  ]) {
    it(q, () => {
      const r = ask(q);
      expect(kind(r), q).not.toBe('refusal');
      expect(kind(r), q).not.toBe('nearest');
      expect(text(r), q).not.toMatch(/^I will not help/);
    });
  }
  it('a fail kept quiet gets the honest answer: programs will see it', () => {
    expect(text(ask('thinking of just not bringing up my step 1 fail anywhere, hoping nobody spots it. good idea?'))).toMatch(/will see it|transcript/);
  });
  it('a past visa refusal is answered with where a case is judged (the consulate or an attorney)', () => {
    expect(text(ask('my J-1 was refused once at the consulate. can I still match and get the J-1 for residency?'))).toMatch(/attorney|consulate/i);
  });
});

describe('requests to deceive are still refused', () => {
  for (const q of [
    'how can I hide my CK fail from programs',
    'can I just tell programs I never failed step 1',
    'can I take the fail off my ERAS application so programs do not see it',
    'where can I find leaked CK questions from last month',
    'can I list my observership as a hands-on externship',
    'is it fine to email three programs that each one is my first choice?',
    'planning to write to all my interview programs that they are my #1, good strategy?',
    'can i just not list my failed attempt on my ERAS application',
    'can I put the research I only read about as my own project on ERAS',
    'my friend has the NBME form answers from the real exam, should I use them?',
    'should I claim a hands-on externship when it was observing only?',
    'how to edit my ECFMG certificate date to look more recent',
    "i want to tell programs i have 12 months usce but i have 4, they won't verify right?",
    'can I list the hospital where I did not do the rotation',
  ]) it(q, () => expect(text(ask(q)), q).toMatch(/^I will not help/));
  it('honest questions about credit and checks are answered', () => {
    for (const q of ['I was first author on my paper, can I list it on ERAS?', "they won't know my score until September, should I apply anyway?", 'will programs know if I failed once?']) {
      expect(kind(ask(q)), q).not.toBe('refusal');
    }
  });
  it('another country\'s route is declined as another country', () => {
    expect(text(ask('should I do the Irish route or US for IM'))).toMatch(/^I can only help with US residency/);
  });
});

describe('off-topic errands wrapped in interview or residency words are declined first and alone', () => {
  for (const q of [
    'recommend a hotel near Cedars for my interview next week',
    'where should I eat in Pasadena after my interview at Huntington',
    'plan a weekend in San Diego after my UCSD interview',
    'write a poem about the match for my batch whatsapp group',
    'tell me a joke about residency interviews',
    'can you make a packing list for my interview trip to LA',
    "what's a good birthday gift for my program director",
    'can you write a song about failing step 1',
    'recommend a netflix show to relax after match day',
    'is there a good dentist near Loma Linda for residents',
  ]) {
    it(q, () => {
      const r = ask(q, FULL);
      expect(kind(r), q).toBe('refusal');
      expect(text(r), q).toMatch(/^That is outside what I can help with/);
      expect(text(r), q).not.toMatch(/Sources:|reach|target|safety/);
    });
  }
  for (const q of [
    'can you write my whole personal statement for me? I will paste my CV',
    'pls draft my personal statement for IM, make it sound good',
    'could you write the letter of recommendation my attending will sign',
    'translate my personal statement into Spanish for me',
    'summarize this news article about the match for me',
    'write a cover letter for a research assistant job',
  ]) it(q, () => expect(kind(ask(q)), q).toBe('refusal'));
  for (const q of [
    'my patient on the ward has afib, what dose of metoprolol should I give?',
    'what antibiotic would you start for a patient with pneumonia during my externship',
  ]) {
    it(q, () => {
      const r = ask(q);
      expect(kind(r), q).toBe('refusal');
      expect(text(r), q).toMatch(/patient/);
      expect(text(r), q).not.toMatch(/your own health/);
    });
  }
  for (const q of [
    'can you tell me if my divorce changes anything for my asylum case',
    'give me a legal ruling on whether my program broke my contract',
  ]) it(q, () => expect(kind(ask(q)), q).toBe('refusal'));
  it('residency questions about the same occasions are still answered', () => {
    for (const q of [
      'what should I send programs after my interview?',
      'how do I write about my home country experience in the personal statement',
      'how long should my rank list be after interviews?',
      'can you tell me what to write in a thank-you note after my interview',
      'how do I write a thank you email after my interview',
      'any tips for the night before my interview',
      'what happens after the match if I do not match',
    ]) expect(kind(ask(q, FULL)), q).not.toBe('refusal');
  });
});

describe('topics next to the guides\' get a plain "not in our guides"', () => {
  for (const q of [
    'how do I get a medical license in Florida after I finish residency?',
    'does New York require a separate limited permit for residents?',
    'what are the licensing rules in Texas for IMGs',
    'is the resident union at Kaiser any good? do they negotiate raises?',
    'can residents in California go on strike?',
    'what is the NRMP registration fee for a couple?',
    'how much does ECFMG charge for the certificate?', // its J-1 sponsorship fee is stated since round 15
    "what's the fee to change my rank list after the deadline",
    'how long does it take to get a full medical license in Illinois after PGY-3?',
    'do residents at county hospitals get retirement matching (403b)?',
    'how much does it cost to apply for a J-1 through ECFMG?',
    'what does the USMLE transcript cost to send to programs?',
    "is it true residents can't switch programs after PGY-1 in California?",
    'does Kaiser pay for board review courses for residents?',
    'which IM programs have the best fellowship match into cardiology?',
    'do LA programs provide free meals during night shifts?',
    'how much does the FCVS credentials verification cost?',
    'what are my chances of getting a hospitalist job in LA after residency?',
  ]) {
    it(q, () => {
      const r = ask(q);
      expect(kind(r) === 'refusal' || kind(r) === 'nearest', `${q}: ${text(r).slice(0, 120)}`).toBe(true);
      expect(text(r), q).not.toMatch(/other countries/);
    });
  }
  it('a first-person question on an uncovered topic is not answered from the plan', () => {
    for (const q of ["what's the NRMP fee if I register late?", 'what are my chances of getting a hospitalist job in LA after residency?']) {
      expect(kind(ask(q, FULL)), q).toBe('refusal');
    }
  });
  it('the fees the guides do state are still answered', () => {
    for (const q of [
      'how much are ERAS fees for 90 programs?', 'how much is the PTL fee in California?', 'is the 100k H-1B fee real for residents?',
      'if I send 50 IM and 30 FM applications, is the fee counted per specialty?', 'should I drop programs to save on fees?',
      'if i end up training in michigan can i still come back to LA later for work?',
    ]) {
      expect(kind(ask(q)), q).toBe('articles');
    }
  });
});

describe('own-plan questions with a missing fact ask for it', () => {
  const cases: [string, Profile, string][] = [
    ["what's my game plan for this cycle?", without('specialty'), 'specialty'],
    ['my ck came back 241, what should I do now', without('specialty'), 'specialty'],
    ['just got my step 2 result, 236. what next?', without('specialty'), 'specialty'],
    ['failed CK once. what should my program list look like?', without('regions'), 'regions'],
    ['I have a step 1 fail, how should my list look', without('regions'), 'regions'],
    ['what are my weakest points right now?', without('usce'), 'usce'],
    ['ok I passed CK with 233, where do I go from here?', without('specialty'), 'specialty'],
    ['tell me my strategy for the upcoming match', without('specialty'), 'specialty'],
    ['am I too old a graduate for LA programs?', without('graduationYear'), 'graduationYear'],
    ['what should I fix first before applying?', without('step1'), 'step1'],
    ['where am I weakest?', without('usce', 'usLors'), 'usce'],
    ['going H-1B: do I still need any other exam before a program can sponsor me?', { ...without('step3'), visa: 'needs_h1b' }, 'step3'],
    ['I want H-1B sponsorship, anything else I must pass first?', { ...without('step3'), visa: 'needs_h1b' }, 'step3'],
  ];
  for (const [q, profile, field] of cases) it(q, () => expect(needs(ask(q, profile)), q).toBe(field));
  it('a letter named as a document in a process is the guides\' question, not a count to ask for', () => {
    for (const q of ['can my letter writer see my letter before submitting it?', 'can I ask my attending to review a draft of my letter?']) {
      expect(needs(ask(q, without('usLors'))), q).toBeUndefined();
    }
    expect(needs(ask('are my letters strong enough?', without('usLors')))).toBe('usLors');
  });
  it('a missing part of the file is asked for, never scored as a weak point', () => {
    const r = ask('what are my weakest points right now?', without('usce'));
    expect(text(r)).not.toMatch(/biggest gaps|weak standing/);
  });
  it('a plan typed in the question is priced as given, with no specialty stored', () => {
    const r = ask("I'm planning 45 psych and 20 FM, what's that going to cost?", without('specialty'));
    expect(text(r)).toMatch(/45 psychiatry \+ 20 family medicine = 65 programs/);
  });
  it('a question on two facts answers both: the count and the graduation year', () => {
    const r = ask('how many programs should I apply to and is my 2014 graduation a problem?', { ...FULL, graduationYear: 2014 });
    expect(text(r)).toMatch(/programs/);
    expect(text(r)).toMatch(/graduat/i);
  });
});

describe('the same classes in Spanish, Portuguese and Hinglish', () => {
  it('an honest question about a fail is answered', () => {
    expect(kind(ask('¿tengo que mencionar que reprobé el Step 1 o no?'))).toBe('articles');
  });
  it('errands, ghostwriting and a patient\'s care are declined', () => {
    for (const q of ['bhai interview ke baad LA mein acha restaurant batao', 'escribe mi personal statement por mí', 'mi paciente tiene neumonía, qué antibiótico le doy?']) {
      expect(kind(ask(q, FULL)), q).toBe('refusal');
    }
  });
  it('whole-plan questions ask for the missing specialty', () => {
    for (const q of ['mera plan kya hai is cycle ke liye?', 'meu CK saiu 236, e agora?']) expect(needs(ask(q, without('specialty'))), q).toBe('specialty');
  });
  it('another state\'s licence and an unstated fee are not in the guides', () => {
    for (const q of ['Texas mein license kaise milta hai residency ke baad?', '¿cuánto cobra el NRMP por el couples match?']) expect(kind(ask(q)), q).toBe('refusal');
  });
});

describe('own-plan questions in new words are answered from the stored file', () => {
  it('a specialty comparison gets where the asker stands in both', () => {
    const r = ask('should I apply FM instead of IM with my numbers?', FULL);
    expect(kind(r)).toBe('plan');
    expect(text(r)).toMatch(/family medicine/i);
    expect(text(r)).toMatch(/internal medicine/i);
  });
  it('"the first thing I should work on" gets the file part by part', () => {
    expect(text(ask("what's the first thing I should work on?", FULL))).toMatch(/part by part/);
  });
  it('"do I need Step 3 with my visa?" is a Step 3 question, not a sponsor list', () => {
    expect(text(ask('do I need Step 3 with my visa?', FULL))).toMatch(/^For a J-1 you do not need Step 3/);
  });
});

describe('a list for a state our table does not hold', () => {
  it('says so and where to look, instead of listing California programs', () => {
    for (const q of ['are there programs in Texas that sponsor H-1B?', 'which programs in New York should I apply to?']) {
      const t = text(ask(q, FULL));
      expect(t, q).toMatch(/California programs only/);
      expect(t, q).toMatch(/FREIDA/);
    }
  });
});
