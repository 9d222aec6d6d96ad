// Round 10's new-user trial, as classes of conversation: answers kept while the user talks about other things,
// questions in other languages while a question waits, questions about a partner, cycle news at any point.
import { describe, expect, it } from 'vitest';
import type { Advice } from '../../src/domain/advice.js';
import { conversation } from '../helpers/conversation.js';
import { fakeAdvice } from '../helpers/fake-advice.js';

/** Advice that remembers every question it was asked. */
function listening() {
  const base = fakeAdvice();
  const asked: string[] = [];
  const advice: Advice = { plan: base.plan.bind(base), ask: (q, c) => { asked.push(q); return base.ask(q, c); } };
  return { advice, asked };
}

/** A whole interview up to the read-back, the answers given one by one. */
const INTERVIEW = ['IM, backup FM', 'need a J-1', 'step 1 passed first try', 'ck 226 first attempt', 'no step 3', 'graduated 2019', '4 months hands-on in LA',
  '3 US letters', 'English and Spanish', 'LA and Orange County', 'my family lives in Glendale', 'no research', 'applying this cycle', 'certified', 'no', 'not submitted yet'];

describe('two specialties named with no preference are kept, never lost to a side question', () => {
  for (const words of ['want FM or IM, whatever gets me in', 'IM or FM, either is fine', 'psych or neuro, doesnt matter to me', 'family medicine or internal medicine, any of them honestly', 'peds or FM no preference'])
    it(`"${words}" stores both, in the order named, and goes on`, () => {
      const c = conversation();
      c.say('hi');
      c.say(words);
      expect(c.profile.specialty?.primary).toBeDefined();
      expect(c.profile.specialty?.backup).toBeDefined();
      expect(c.asking).not.toBe('specialty');
    });
  // (trial 13: "FM or IM" alone names an order and is taken; a doubt keeps the question, and "either" settles it)
  it('"FM or IM, not sure" then side questions and other answers: asked once more at most, and "either" settles it', () => {
    const c = conversation();
    c.say('hi');
    c.say('FM or IM, not sure');
    expect(c.asking).toBe('specialty');
    c.say('i have EAD, is that same as green card for programs?');
    expect(c.asking).toBe('specialty');
    c.say('either');
    c.say('step1 212, ck 220 both first try');
    c.say('step 3 not yet');
    expect(c.profile.step3).toBeDefined();
    expect(c.profile.specialty?.backup).toBeDefined();
    c.say('plan');
    expect(c.replies.some((r) => r.type === 'plan')).toBe(true);
  });
});

describe('a clarification passed over while other things are answered: asked twice at most, never assumed from silence', () => {
  for (const later of [['step 1 passed 2nd attempt, ck 218 first try', 'no step 3 yet', 'graduated 2021'], ['2 months usce in LA, observership', 'no research', 'english urdu']])
    it(`"im from pakistan", then ${later.length} other answers: the visa is asked once more, then left open (not assumed) and taken when told`, () => {
      const c = conversation();
      c.say('hi');
      c.say('IM, backup FM');
      c.say('im from pakistan');
      expect(c.asking).toBe('visa');
      c.say(later[0]!);
      expect(c.asking).toBe('visa');
      c.say(later[1]!);
      expect(c.text).toMatch(/leave it open/);
      expect(c.asking).not.toBe('visa');
      c.say(later[2]!);
      expect(c.asking).not.toBe('visa');
      expect(c.profile.visa).toBeUndefined();
      expect(c.text).not.toMatch(/I will assume/);
      c.say('I need a J-1');
      expect(c.profile.visa).toBe('needs_j1');
    });
});

describe('an answer to another field than the one asked is kept (the pending question does not hide it)', () => {
  const cases: [string, string[], string][] = [
    ['glendale resident. LA or orange county or inland empire', ['IM', 'need a J-1', 'step 1 passed first try', 'ck 226', 'no step 3'], 'regions'],
    ['LA or OC or IE', ['IM', 'need a J-1', 'step 1 passed first try', 'ck 226', 'no step 3'], 'regions'],
    ['applying sept 2027', ['IM', 'need a J-1', 'step 1 passed first try', 'ck 226'], 'stage'],
    ['i would like orange county or san diego', ['IM', 'need a J-1', 'step 1 passed first try'], 'regions'],
  ];
  for (const [words, before, field] of cases)
    it(`"${words}" is stored as ${field}`, () => {
      const c = conversation();
      c.say('hi');
      for (const b of before) c.say(b);
      const asking = c.asking;
      c.say(words);
      expect(c.profile[field as 'regions']).toBeDefined();
      expect(c.text).not.toMatch(/did not understand/);
      expect(c.asking).toBe(asking);
    });
  it('what is read as nothing at all is said so, and the same question is asked again', () => {
    const c = conversation();
    c.say('hi');
    c.say('IM');
    c.say('zzz qqq');
    expect(c.text).toMatch(/did not understand/);
    expect(c.asking).toBe('visa');
    expect(c.profile).toEqual({ specialty: { primary: 'internal_medicine' } });
  });
});

describe('a question in another language while an interview question waits goes to the guides, never read as an answer', () => {
  for (const q of ['que es el match de parejas', 'cuanto cuesta aplicar a 80 programas', '¿puedo aplicar con visa J1 a programas de California', 'kitna kharcha hoga 100 programs ka', 'quanto custa aplicar para 50 programas', 'como funciona el SOAP', 'kya mujhe step 3 dena chahiye'])
    it(`"${q}"`, () => {
      const { advice, asked } = listening();
      const c = conversation(advice);
      c.say('hi');
      c.say('IM');
      c.say('need a J-1');
      c.say('step 1 passed first try');
      c.say('ck 226');
      const before = structuredClone(c.profile);
      const asking = c.asking;
      c.say(q);
      expect(asked).toEqual([q]);
      expect(c.profile).toEqual(before);
      expect(c.asking).toBe(asking);
      expect(c.text).not.toMatch(/did not understand|does not look like/);
    });
});

describe('in a couples match, a question about the partner says the plan is the user\'s own', () => {
  for (const q of ['why is chla a reach for her', 'what should he apply to?', 'is her step 2 score good enough for IM', 'which programs should my husband pick', 'how many programs should my wife apply to'])
    it(`"${q}"`, () => {
      const { advice, asked } = listening();
      const c = conversation(advice);
      c.say('hi');
      for (const a of INTERVIEW.slice(0, -2)) c.say(a);
      c.say('yes couples match with my wife, she is doing peds');
      c.say('not submitted yet');
      c.say('yes');
      expect(c.profile.couples?.matching).toBe(true);
      c.say(q);
      expect(c.text).toMatch(/for you alone/);
      expect(c.text).toMatch(/own conversation/);
      expect(asked).toEqual([]);
    });
  it('a question about both of us still goes to the guides', () => {
    const { advice, asked } = listening();
    const c = conversation(advice);
    c.say('hi');
    for (const a of INTERVIEW.slice(0, -2)) c.say(a);
    c.say('yes couples match with my wife, she is doing peds');
    c.say('does couples match hurt our chances?');
    expect(asked).toEqual(['does couples match hurt our chances?']);
  });
});

describe('after the plan, the read-back is never asked again', () => {
  it('"plan" at the read-back shows the plan and ends the read-back', () => {
    const c = conversation();
    c.say('hi');
    for (const a of INTERVIEW) c.say(a);
    expect(c.asking).toBe('confirmProfile');
    c.say('plan');
    expect(c.replies.some((r) => r.type === 'plan')).toBe(true);
    expect(c.asking).toBeUndefined();
    c.say('what about observerships?');
    expect(c.asking).toBeUndefined();
    expect(c.text).not.toMatch(/Is this right/);
  });
});

describe('cycle news at any point is applied and confirmed', () => {
  const cases: [string, number][] = [
    ['actually i just got a 3rd interview today at a program in michigan', 3],
    ['got another interview invite today', 3],
    ['one more interview came in this morning!', 3],
    ['just received my fourth interview invitation', 4],
    ['2 more interviews this week', 4],
  ];
  for (const [words, n] of cases) {
    it(`"${words}" at the read-back makes ${n} interviews`, () => {
      const c = conversation();
      c.say('hi');
      for (const a of INTERVIEW.slice(0, -1)) c.say(a);
      c.say('submitted in september, 2 interviews so far');
      expect(c.profile.cycle?.interviews).toBe(2);
      c.say(words);
      expect(c.profile.cycle?.interviews).toBe(n);
      expect(c.text).toMatch(new RegExp(`${n} interview`));
    });
    it(`"${words}" after the plan makes ${n} interviews`, () => {
      const c = conversation();
      c.say('hi');
      for (const a of INTERVIEW.slice(0, -1)) c.say(a);
      c.say('submitted in september, 2 interviews so far');
      c.say('yes');
      c.say(words);
      expect(c.profile.cycle?.interviews).toBe(n);
    });
  }
  it('a question about another interview changes nothing', () => {
    const c = conversation();
    c.say('hi');
    for (const a of INTERVIEW.slice(0, -1)) c.say(a);
    c.say('submitted in september, 2 interviews so far');
    c.say('yes');
    c.say('should i expect another interview?');
    c.say('no new interview yet');
    expect(c.profile.cycle?.interviews).toBe(2);
  });
});

describe('list fields: add and remove in what-ifs and corrections', () => {
  function done() {
    const c = conversation();
    c.say('hi');
    for (const a of INTERVIEW) c.say(a);
    c.say('yes');
    return c;
  }
  it('"what if i add san diego and inland empire" adds to the saved regions', () => {
    const c = done();
    c.say('what if i add san diego and inland empire');
    expect(c.text).toMatch(/LA County, Orange County, San Diego, Inland Empire/);
    expect(c.profile.regions).toEqual(['la_county', 'orange_county']);
  });
  for (const words of ['remove orange county', 'take out OC from my regions', 'drop orange county please'])
    it(`"${words}" removes it and keeps the rest`, () => {
      const c = done();
      c.say(words);
      expect(c.profile.regions).toEqual(['la_county']);
    });
  it('"what if i drop orange county" tries it on a copy', () => {
    const c = done();
    c.say('what if i drop orange county');
    expect(c.text).toMatch(/What if Preferred regions were LA County\b/);
    expect(c.profile.regions).toEqual(['la_county', 'orange_county']);
  });
});

describe('a supposition in another language is tried on a copy, never stored', () => {
  for (const words of ['y si saco 240 en step 3?', 'que pasa si saco 240 en el step 3', 'si saco 240 en step 3', 'e se eu tirar 240 no step 3?', 'agar step 3 mein 240 aaye to?'])
    it(`"${words}"`, () => {
      const c = conversation();
      c.say('hi');
      for (const a of INTERVIEW) c.say(a);
      c.say('yes');
      const before = structuredClone(c.profile);
      c.say(words);
      expect(c.profile).toEqual(before);
      expect(c.text).toMatch(/What if Step 3 were passed with 240/);
    });
  it('"si, tengo J1" is still a yes with a fact', () => {
    const c = conversation();
    c.say('hi');
    c.say('IM');
    c.say('si, tengo J1');
    expect(c.profile.visa).toBe('needs_j1');
  });
});

describe('a message that only asks stores nothing, in any wording', () => {
  for (const q of ['eras fee?', 'externship vs observership which is better', 'make my tier list pls', 'bhai total budget kitna rakhu for ERAS plus exams', 'wat counts as a gap in my profile'])
    it(`"${q}" goes to the guides and the question waiting stays`, () => {
      const { advice, asked } = listening();
      const c = conversation(advice);
      c.say('hi');
      c.say('IM');
      c.say('need a J-1');
      c.say('step 1 passed first try');
      const before = structuredClone(c.profile);
      c.say(q);
      expect(asked).toEqual([q]);
      expect(c.profile).toEqual(before);
      expect(c.asking).toBe('step2ck');
    });
  it('a fact told beside a question is still kept ("CK 245. any tips?")', () => {
    const c = conversation();
    c.say('hi');
    c.say('IM');
    c.say('need a J-1');
    c.say('step 1 passed first try');
    c.say('CK 245 first attempt. alguna dica?');
    expect(c.profile.step2ck).toMatchObject({ score: 245 });
  });
});

describe('answers that open like questions in another language stay answers', () => {
  for (const [say, field] of [['y tengo 3 cartas de recomendacion de EEUU', 'usLors'], ['puedo hablar español e ingles', 'languages'], ['what I want is neurology, IM as backup', 'specialty']] as const)
    it(`"${say}" is stored as ${field}`, () => {
      const c = conversation();
      c.say('hi');
      if (field !== 'specialty') for (const a of INTERVIEW.slice(0, field === 'usLors' ? 7 : 8)) c.say(a);
      c.say(say);
      expect(c.profile[field]).toBeDefined();
    });
});
