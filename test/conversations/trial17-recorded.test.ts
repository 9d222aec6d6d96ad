// A new user's trial, round 17, classes 1 and 7: facts stated are kept (how many programs were sent, a budget, a
// partner's answer to the couples question) and a request to skip the interview is a request, not a fact, after which
// answers come without the interview's questions. Conversations of our own, not the trial's.
import { describe, expect, it } from 'vitest';
import { conversation } from '../helpers/conversation.js';

// answers in the interview's order, up to the question named
const upTo = {
  letters: ['hi', 'FM', 'green card', 'passed first try', 'ck 224', 'no step 3', '2017', 'none'],
  regions: ['hi', 'FM', 'green card', 'passed first try', 'ck 224', 'no step 3', '2017', 'none', '2 letters', 'english'],
  couples: ['hi', 'FM', 'green card', 'passed first try', 'ck 224', 'no step 3', '2017', 'none', '2 letters', 'english', 'orange county', 'no ties', 'no research', 'applying this cycle', 'certified'],
  stage: ['hi', 'FM', 'green card', 'passed first try', 'ck 224', 'no step 3', '2017', 'none', '2 letters', 'english', 'orange county', 'no ties', 'no research'],
};
function at(step: keyof typeof upTo) {
  const c = conversation();
  upTo[step].forEach((t) => c.say(t));
  return c;
}

describe('declining the interview is a request, never a fact', () => {
  it('"skip the interview please" opening a question stores no interview count and asks nothing after the answer', () => {
    const c = conversation();
    c.say('skip the interview, what does the NRMP charge?');
    expect(c.profile.cycle).toBeUndefined();
    expect(c.text).toMatch(/No interview, then/);
    expect(c.asking).toBeUndefined();
    c.say('and is step 3 needed for H1B?');
    expect(c.asking).toBeUndefined();
    expect(c.text).not.toMatch(/No interview, then/);
  });
  it('Spanish and Hindi-Urdu: "sin entrevista por favor", "bas ek sawal" keep the profile empty', () => {
    const c = conversation();
    c.say('sin entrevista por favor. cuanto cuesta ERAS?');
    expect(c.profile).toEqual({});
    expect(c.asking).toBeUndefined();
    const d = conversation();
    d.say('bas ek sawal hai: observership USCE count hota hai kya?');
    expect(d.profile).toEqual({});
    expect(d.asking).toBeUndefined();
  });
  it('the interview comes back once its question is answered', () => {
    const c = conversation();
    c.say("don't need a plan, just tell me when ERAS opens");
    expect(c.asking).toBeUndefined();
    c.say('psychiatry');
    expect(c.profile.specialty?.primary).toBe('psychiatry');
    expect(c.asking).toBe('visa');
  });
  it('"no interviews yet" told of the cycle is still 0 invitations', () => {
    const c = at('stage');
    c.say('applied in september, no interviews yet');
    expect(c.profile.cycle).toMatchObject({ submitted: true, interviews: 0 });
  });
});

describe('how many programs the applications went to is kept', () => {
  it('"sent 45 programs" beside the interviews', () => {
    const c = at('stage');
    c.say('interviewing now: 3 invites, sent 45 programs back in september');
    expect(c.profile.cycle).toMatchObject({ submitted: true, interviews: 3, applications: 45 });
    expect(c.text).toMatch(/submitted to 45 programs/);
  });
  it('the count before its verb, in Hindi-Urdu and Portuguese', () => {
    const c = at('stage');
    c.say('70 programs mein apply kiya tha, 1 interview aaya');
    expect(c.profile.cycle).toMatchObject({ applications: 70 });
    const d = at('stage');
    d.say('enviei para 55 programas em setembro');
    expect(d.profile.cycle).toMatchObject({ submitted: true, applications: 55 });
  });
  it('a count still planned ("going to apply to 90 programs") is not sent', () => {
    const c = at('stage');
    c.say('applying this cycle, going to apply to 90 programs');
    expect(c.profile.cycle?.applications).toBeUndefined();
  });
});

describe('a budget told is kept, and no sum of money is read as a score or a count', () => {
  it('"I can put about $2,000 toward applications" while Step 1 is asked keeps the budget and asks Step 1 again', () => {
    const c = conversation();
    ['hi', 'psych', 'need a J1'].forEach((t) => c.say(t));
    c.say('I can put about $2,000 toward applications, nothing more');
    expect(c.profile.budget).toBe(2000);
    expect(c.profile.step1).toBeUndefined();
    expect(c.text).toMatch(/Budget for applying = \$2,000/);
    expect(c.asking).toBe('step1');
  });
  it('a budget in Spanish and in Hindi-Urdu, beside other facts', () => {
    const c = conversation();
    c.say('medicina familiar, green card. mi presupuesto máximo es 900 dólares');
    expect(c.profile.budget).toBe(900);
    const d = conversation();
    d.say('IM chahiye, mere paas sirf 1200 dollar hain applications ke liye');
    expect(d.profile.budget).toBe(1200);
  });
  it('a sum spent, a fee quoted or a sum asked about is no budget', () => {
    const c = conversation();
    c.say('IM');
    c.say('I paid $1,800 for an observership last year, J1');
    expect(c.profile.budget).toBeUndefined();
    c.say('would $3000 be enough for 100 programs?');
    expect(c.profile.budget).toBeUndefined();
  });
  it('a new budget replaces the old one and says so', () => {
    const c = conversation();
    c.say('IM. my budget is 1000 bucks');
    c.say('actually my budget is $1,400 now');
    expect(c.profile.budget).toBe(1400);
    expect(c.text).toMatch(/was \$1,000|\$1,400/);
  });
});

describe('"someone else" is said only where someone was named, and a partner\'s answer to the couples question is kept', () => {
  it('a pronoun for things ("they are from 2019 though") is no other person', () => {
    const c = at('letters');
    c.say('3 letters, they are from 2019 though');
    expect(c.profile.usLors?.count).toBe(3);
    expect(c.text).not.toMatch(/someone else/);
  });
  it('a named person still gets the notice', () => {
    const c = at('letters');
    c.say('2 letters. my cousin has 5 of them');
    expect(c.profile.usLors?.count).toBe(2);
    expect(c.text).toMatch(/someone else/);
  });
  it('"yes, with my fiance, he is in psych and a citizen" keeps the partner\'s specialty and visa, with no notice', () => {
    const c = at('couples');
    c.say('yes, with my fiance, he is in psych and a citizen');
    expect(c.profile.couples).toMatchObject({ matching: true, partnerSpecialty: 'psychiatry', partnerNeedsVisa: false });
    expect(c.text).not.toMatch(/someone else/);
    expect(c.text).toMatch(/partner: Psychiatry, needs no visa/);
  });
});

describe('places and counts said in other languages', () => {
  it('"kahin bhi theek hai SoCal mein" is anywhere in Southern California, not anywhere in the US', () => {
    const c = at('regions');
    c.say('orange county ya San Diego, kahin bhi theek hai SoCal mein');
    expect(c.profile.regions).toEqual(expect.arrayContaining(['orange_county', 'san_diego', 'la_county', 'inland_empire']));
    expect(c.profile.regions).not.toContain('anywhere');
  });
  it('interview invitations counted in Portuguese and Spanish', () => {
    const c = at('stage');
    c.say('já estou nas entrevistas, tenho 3 convites');
    expect(c.profile.cycle).toMatchObject({ submitted: true, interviews: 3 });
    const d = at('stage');
    d.say('ya tengo 5 invitaciones hasta ahora');
    expect(d.profile.cycle).toMatchObject({ submitted: true, interviews: 5 });
  });
});
