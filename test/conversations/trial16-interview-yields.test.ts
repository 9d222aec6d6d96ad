// A new user's trial, round 16, class 7: after a long opening post the user answers their own way and asks their own
// questions. An optional question passed over twice in a row (other facts told, a question asked, a plan detail asked
// for, or a bare "yes") sets the optional questions aside together; the core ones still missing are asked, then the
// read-back comes, listing what was never told, and the "yes" after it builds the plan. No "asked three times" line
// comes while the user is asking questions. Conversations written for this test, not taken from the trial.
import { describe, expect, it } from 'vitest';
import { conversation } from '../helpers/conversation.js';

// everything the plan needs, in one post
const LONG_POST = 'Psych is what I want. Green card holder. Step 1 passed first go, CK 241 on the first try, graduated 2020, 5 months hands-on in Orange County. I want to stay in Orange County or San Diego.';

describe('a user who asks questions between the bot questions still reaches the read-back', () => {
  it('two questions of their own after the long post: the optional questions are set aside and the read-back comes', () => {
    const c = conversation();
    c.say('start');
    c.say(LONG_POST);
    const optional = c.asking;
    expect(optional).not.toBe('confirmProfile');
    c.say('how competitive is psychiatry for IMGs?');
    expect(c.text).not.toMatch(/asked this three times/);
    c.say('and do programs care about the year I graduated?');
    expect(c.text).not.toMatch(/asked this three times/);
    expect(c.keys).toContain('setAside');
    expect(c.asking).toBe('confirmProfile');
    expect(c.text).toMatch(/Not told yet .*US letters/);
    c.say('yes');
    expect(c.state.planShown).toBe(true);
    expect(c.keys).toContain('plan');
  });

  it('facts from the user\'s own list, then a bare "yes": the yes is not stored and the read-back follows, and the next yes confirms', () => {
    const c = conversation();
    c.say('start');
    c.say('FM, J-1 needed, step 1 pass 1st attempt, ck 228, grad 2019, 3 months observership in Riverside, Inland Empire only');
    // the screen asks something optional; the user goes on with their own list instead
    c.say('I also have 2 posters');
    c.say('yes');
    expect(c.profile.usLors).toBeUndefined();
    expect(c.asking).toBe('confirmProfile');
    expect(c.keys).toContain('bareAnswerSetAside');
    c.say('yes');
    expect(c.state.planShown).toBe(true);
  });

  it('a plan detail asked for twice sets the optional questions aside, in Spanish too', () => {
    const c = conversation();
    c.say('start');
    c.say('medicina interna, necesito J1, step 1 aprobado al primer intento, CK 236, me gradué en 2021, 4 meses hands-on en Los Angeles, quiero LA');
    c.say('plan');
    c.say('steps');
    expect(c.asking).toBe('confirmProfile');
    c.say('si');
    expect(c.state.planShown).toBe(true);
  });

  it('a core question passed over is still asked: the plan needs it', () => {
    const c = conversation();
    c.say('start');
    c.say('IM, need H1B, step 1 passed, CK 233 first attempt, graduated 2018');
    c.say('is Step 3 needed for H1B?');
    c.say('what about letters from home?');
    // US clinical experience is core: it comes back, never set aside silently
    expect(c.asking).toBe('usce');
  });

  it('a correction or a look at the profile is housekeeping, not a pass-over', () => {
    const c = conversation();
    ['start', 'peds', 'green card', 'passed', 'ck 239 first try'].forEach((t) => c.say(t));
    expect(c.asking).toBe('step3');
    c.say('sorry, CK was 237');
    c.say('profile');
    expect(c.asking).toBe('step3');
    expect(c.state.skipped).not.toContain('step3');
  });
});
