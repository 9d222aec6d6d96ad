// A new user's trial, round 15, classes 1 and 7: what is recorded is what was said (a denial, "done", "pending" are not
// turned round), answers told while a deletion waits are kept, a home in Southern California told to the regions question
// asks whether to train there, and one's data is reached in plain words. Conversations of our own, not the trial's.
import { describe, expect, it } from 'vitest';
import { exportView } from '../../src/runtime/export-view.js';
import { conversation } from '../helpers/conversation.js';

// answers in the interview's order, up to the question named
const upTo = {
  visa: ['hi', 'IM'],
  step1: ['hi', 'IM', 'need a J1'],
  step3: ['hi', 'FM', 'green card', 'passed first try', 'ck 224'],
  regions: ['hi', 'FM', 'green card', 'passed first try', 'ck 224', 'no step 3', '2017', 'none', '2 letters', 'english'],
  research: ['hi', 'FM', 'green card', 'passed first try', 'ck 224', 'no step 3', '2017', 'none', '2 letters', 'english', 'orange county', 'no ties'],
};
function at(step: keyof typeof upTo) {
  const c = conversation();
  upTo[step].forEach((t) => c.say(t));
  return c;
}

describe('a count of no failures is no failure', () => {
  it('"zero failed attempts" said once gives each exam told its first attempt', () => {
    const c = at('step1');
    c.say('passed step 1, CK 233 and zero failed attempts');
    expect(c.profile.step1).toEqual({ result: 'passed', attempts: 1 });
    expect(c.profile.step2ck).toMatchObject({ score: 233, attempts: 1 });
  });
  it('"none of my attempts failed" after one score is that score\'s first attempt', () => {
    const c = at('step1');
    c.say('step 1 pass. ck 241 - none of my attempts failed');
    expect(c.profile.step2ck).toEqual({ taken: true, score: 241, attempts: 1 });
  });
  it('"no fails at all" beside two exams, and a failure told of one exam is still that exam\'s', () => {
    const c = at('step1');
    c.say('step1 passed & ck 226, no fails at all');
    expect(c.profile.step1).toEqual({ result: 'passed', attempts: 1 });
    expect(c.profile.step2ck).toMatchObject({ attempts: 1 });
    const d = at('step1');
    d.say('failed step 1 once then passed, ck 230');
    expect(d.profile.step1).toMatchObject({ attempts: 2 });
  });
});

describe('a visa ruled out after its name is not the one needed', () => {
  for (const [said, visa] of [['h1b - not an option for me, so J1', 'needs_j1'], ['J-1 is not for me (home ministry issue). H-1B please', 'needs_h1b'], ['only H1B, j1 not possible because of the 2 year rule', 'needs_h1b']] as const)
    it(`"${said}" is ${visa}`, () => {
      const c = at('visa');
      c.say(said);
      expect(c.profile.visa).toBe(visa);
    });
});

describe('a visa found fine, denied, or still ahead is read as said', () => {
  for (const [said, visa] of [['h1b is ok', 'needs_h1b'], ['j1 works, no need for an h1b', 'needs_j1'], ['H-1B is fine by me, I dont need a J1', 'needs_h1b'], ['j1 or h1b, both are fine', 'either']] as const)
    it(`"${said}" is ${visa}`, () => {
      const c = at('visa');
      c.say(said);
      expect(c.profile.visa).toBe(visa);
    });
  for (const said of ['expecting my GC sometime in 2027', "should be getting my green card next spring, on F-1 now", "i'll have a green card soon hopefully"])
    it(`"${said}" stores no green card`, () => {
      const c = at('visa');
      c.say(said);
      expect(c.profile.visa).not.toBe('green_card');
    });
  for (const [said, visa] of [['dual citizen of Ghana and the UK', undefined], ['dual citizen (Nigeria + Canada), need a J1', 'needs_j1'], ['dual citizen, Egypt and US', 'us_citizen']] as const)
    it(`"${said}" is ${visa ?? 'asked'}`, () => {
      const c = at('visa');
      c.say(said);
      expect(c.profile.visa).toBe(visa);
    });
});

describe('California ruled out is the rest of the US', () => {
  for (const said of ['I will go anywhere but cali', "honestly flexible, as long as it isn't California", 'I will not train in California, too pricey'])
    it(`"${said}" is the rest of the US`, () => {
      const c = at('regions');
      c.say(said);
      expect(c.profile.regions).toEqual(['other_us']);
    });
  it('"anywhere but preferably OC" keeps the favourite beside anywhere', () => {
    const c = at('regions');
    c.say('anywhere but preferably OC');
    expect(c.profile.regions).toEqual(expect.arrayContaining(['orange_county', 'anywhere']));
  });
});

describe('an EAD resting on a pending case is held', () => {
  for (const said of ['I have my EAD, pending asylum case', 'EAD through a pending asylum', 'ead (asylum still pending)'])
    it(`"${said}" needs no sponsorship`, () => {
      const c = at('visa');
      c.say(said);
      expect(c.profile.visa).toBe('ead');
    });
  it('"EAD still pending" is asked about, not stored', () => {
    const c = at('visa');
    c.say('EAD still pending');
    expect(c.profile.visa).toBeUndefined();
  });
});

describe('ECFMG items said done beside one still awaited stay done', () => {
  for (const [said, missing] of [['not certified yet: step 1 cleared, OET pass, CK result awaited', ['step2ck']], ['in progress - ck done, oet results pending', ['oet']], ['not yet. waiting on the OET score; both steps passed', ['oet']]] as const)
    it(`"${said}" misses ${missing.join(', ')} only`, () => {
      const c = at('step1');
      c.say(said);
      expect(c.profile.ecfmg).toEqual({ status: 'in_progress', missing });
    });
});

describe('the application\'s date told while an exam is asked is no exam plan', () => {
  for (const said of ['getting ready for the 2028 match', 'prepping, applying in september 2027', 'preparing for the match, will apply next cycle'])
    it(`"${said}" to the Step 3 question stores no Step 3`, () => {
      const c = at('step3');
      c.say(said);
      expect(c.profile.step3).toBeUndefined();
      expect(c.profile.stage).toBe('preparing');
    });
});

describe('a bare yes or no answers no either-or question', () => {
  it('"1" to the research question, then "no", keeps nothing and asks again; the counts then stand', () => {
    const c = at('research');
    c.say('1');
    expect(c.text).toMatch(/1 publication, or 1 poster/);
    c.say('nope');
    expect(c.profile.research).toBeUndefined();
    c.say('one poster, no papers');
    expect(c.profile.research).toEqual({ publications: 0, posters: 1 });
  });
});

describe('answers told while "forget me" waits are kept', () => {
  it('an answer is stored and the deletion asked again once; "no" then keeps everything', () => {
    const c = at('visa');
    c.say('forget me');
    c.say('H-1B only');
    expect(c.profile.visa).toBe('needs_h1b');
    expect(c.asking).toBe('confirmForget');
    c.say('no');
    expect(c.keys).toContain('forgetCancelled');
    expect(c.profile.specialty).toEqual({ primary: 'internal_medicine' });
  });
  it('a second answer after that carries on: nothing deleted, the interview goes on', () => {
    const c = at('visa');
    c.say('delete everything');
    c.say('need j-1');
    c.say('step 1 passed, second attempt');
    expect(c.profile.step1).toEqual({ result: 'passed', attempts: 2 });
    expect(c.effects).toEqual([]);
    expect(c.asking).not.toBe('confirmForget');
  });
  it('a fact with a "not" in it is an answer, not a no; "yes" still deletes', () => {
    const c = at('step3');
    c.say('forget me');
    c.say('step 3 not taken yet');
    expect(c.profile.step3).toEqual({ status: 'not_taken' });
    expect(c.asking).toBe('confirmForget');
    c.say('yes');
    expect(c.effects).toEqual([{ type: 'forget' }]);
    expect(c.profile).toEqual({});
  });
});

describe('a home in Southern California told to the regions question', () => {
  it('"live in pasadena since 2021" is a tie, and "train there?" is asked; "yes" makes it the region', () => {
    const c = at('regions');
    c.say('live in pasadena since 2021');
    expect(c.profile.laTies).toMatchObject({ lived: true });
    expect(c.text).toMatch(/LA County: do you want to train there/);
    c.say('yes');
    expect(c.profile.regions).toEqual(['la_county']);
  });
  it('a wish to stay said with it makes it the region at once', () => {
    const c = at('regions');
    c.say("my home is in irvine and i can't relocate");
    expect(c.profile.regions).toEqual(['orange_county']);
  });
  it('"no" asks which regions, and the next answer is read', () => {
    const c = at('regions');
    c.say('grew up in chula vista');
    c.say('no');
    expect(c.profile.regions).toBeUndefined();
    expect(c.text).toMatch(/Which regions should I plan for/);
    c.say('anywhere in the country');
    expect(c.profile.regions).toEqual(['anywhere']);
  });
});

describe('one\'s data in plain words', () => {
  for (const said of ['show me my data', 'can I see what you saved', 'what info have you got on me?'])
    it(`"${said}" shows the profile`, () => {
      const c = at('step1');
      c.say(said);
      expect(c.text).toMatch(/Specialty: Internal Medicine/);
      expect(c.profile.specialty).toEqual({ primary: 'internal_medicine' });
    });
  for (const said of ["don't store anything", 'please do not save my data', 'DONT KEEP MY INFO'])
    it(`"${said}" says what is kept and how to delete it, and stores nothing`, () => {
      const c = at('step1');
      const before = structuredClone(c.profile);
      c.say(said);
      expect(c.text).toMatch(/What I keep.*forget me/s);
      expect(c.profile).toEqual(before);
    });
  it('a "do not save" sentence before a question: what is kept, then the question is answered', () => {
    const c = at('step1');
    c.say('Do not save my info. how many programs should an IMG apply to?');
    expect(c.text).toMatch(/What I keep/);
    expect(c.text.split('\n').length).toBeGreaterThan(1);
  });
  it('the export leads with the answers as the read-back says them', () => {
    const c = at('step1');
    c.say('step 1 pass, ck 231');
    const view = exportView({ conversationId: 'x', state: c.state, setAside: [] });
    expect(view.yourAnswers).toEqual(expect.arrayContaining(['Specialty: Internal Medicine', 'Step 2 CK: 231 (attempt not said)']));
  });
});
