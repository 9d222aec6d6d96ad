// Proves the terminal, Discord and Slack front ends hold the same scripted conversation with the same outcomes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { BUNDLED_KNOWLEDGE } from '../../src/runtime/config.js';
import { createLogger } from '../../src/runtime/logger.js';
import { openApp, type App } from '../../src/runtime/open-app.js';
import { cliDriver } from './contract/cli-driver.js';
import { discordDriver } from './contract/discord-driver.js';
import { recording, type Driver, type DriverDeps } from './contract/driver.js';
import { expectedFrom, type Observed } from './contract/observed.js';
import { slackDriver } from './contract/slack-driver.js';

/** One real advisor (real flow, knowledge base and programs) behind all three front ends; turns are recorded. */
const app: App = openApp({ databasePath: ':memory:', knowledgeDir: BUNDLED_KNOWLEDGE, logLevel: 'silent', retentionDays: 365 }, createLogger('silent'), { clock: () => new Date('2026-11-26T12:00:00Z') });
const recorder = recording(app.advisor);
const deps: DriverDeps = { advisor: recorder.advisor, admin: app.admin, planText: app.planText };
afterAll(() => app.close());

const DRIVERS: Driver[] = [cliDriver(deps), discordDriver(deps), slackDriver(deps)];

/**
 * The messy interview: each line typed, the question that must follow, and what the reply must say. It holds a
 * clarifying question ("Indian citizen"), several facts in one message, a negation inside an answer, and corrections
 * with and without a cue word; the read-back comes before the plan.
 */
const INTERVIEW: { say: string; asks: string | undefined; shows: RegExp; skip?: true }[] = [
  { say: 'famly medicine, backup psych', asks: 'visa', shows: /Got it: Specialty = Family Medicine, backup Psychiatry/ },
  { say: 'banana', asks: 'visa', shows: /did not understand that\. For example: I need a J-1/ },
  { say: 'purple', asks: 'visa', shows: /did not understand that\. For example: I need a J-1/ },
  { say: 'qwerty', asks: 'visa', shows: /For example: I need a J-1 You can also pick one of the choices below, or type "skip"/, skip: true },
  { say: 'Indian citizen', asks: 'visa', shows: /With another citizenship, you would need a visa for residency: a J-1, an H-1B, or either\?/ },
  { say: 'J1', asks: 'step1', shows: /Visa = needs a J-1/ },
  { say: 'failed once then passed', asks: 'step2ck', shows: /Step 1 = passed on the second attempt/ },
  { say: 'two hundred twenty', asks: 'step3', shows: /Step 2 CK = 220 \(attempt not said\)/ },
  { say: 'my step 2 is actually 226', asks: 'step3', shows: /Updated Step 2 CK: 226 \(attempt not said\) \(was 220 \(attempt not said\)\)/ },
  { say: 'profile', asks: 'step3', shows: /Here is what I have saved about you:.*Step 2 CK: 226 \(attempt not said\)/ },
  { say: "not yet, class of '19, 4 months hands-on in LA", asks: 'usLors', shows: /I took these from your message.*Step 3: not taken.*Graduation year: 2019.*US clinical experience: 4 months, hands-on \(LA County\)/ },
  { say: 'is an observership enough?', asks: 'usLors', shows: /observership.*Sources: our guide "[^"]*observership[^"]*"/i },
  { say: '3 letters, 2 in FM, none from California', asks: 'languages', shows: /US letters = 3 \(some in your specialty, none from California\)/ },
  { say: 'english and spanish', asks: 'regions', shows: /Languages = English, Spanish/ },
  { say: 'LA and OC', asks: 'laTies', shows: /Preferred regions = LA County, Orange County/ },
  { say: 'graduated 2018', asks: 'laTies', shows: /Updated Graduation year: 2018 \(was 2019\)/ },
  { say: 'cousin in Glendale', asks: 'research', shows: /Ties to LA\/SoCal = family there/ },
  { say: 'one case report', asks: 'stage', shows: /Research = 1 publication/ },
  { say: 'applying this cycle', asks: 'ecfmg', shows: /Stage of the cycle = applying this cycle/ },
  { say: 'certified', asks: 'couples', shows: /ECFMG/ },
  { say: 'no', asks: 'cycle', shows: /Couples/ },
  { say: 'not yet', asks: 'confirmProfile', shows: /Before I build your plan, here is what I understood:.*Graduation year: 2018.*Is this right\?/ },
  { say: 'yes', asks: undefined, shows: /That is everything I need\. Here is your plan\./ },
];

/** The profile that interview must leave stored, whatever the front end. */
const EXPECTED_PROFILE: Profile = {
  specialty: { primary: 'family_medicine', backup: 'psychiatry' },
  visa: 'needs_j1',
  step1: { result: 'passed', attempts: 2 },
  step2ck: { taken: true, score: 226, attempts: 1, attemptsUnstated: true },
  step3: { status: 'not_taken' },
  graduationYear: 2018,
  usce: { months: 4, kind: 'hands_on', where: ['la_county'] },
  usLors: { count: 3, inSpecialty: true, fromCalifornia: false },
  languages: ['English', 'Spanish'],
  regions: ['la_county', 'orange_county'],
  laTies: { family: true, lived: false, trained: false },
  research: { publications: 1, posters: 0 },
  stage: 'applying',
  ecfmg: { status: 'certified' },
  couples: { matching: false },
  cycle: { submitted: false },
};

/** What a front end produced: the questions asked, each turn by label (without its platform wording), the profile. */
interface Result { asked: (string | undefined)[]; seen: Map<string, Omit<Observed, 'text'>>; profile: Profile | undefined }
const results = new Map<string, Result>();

/** A test for a feature only some front ends have (channels, buttons, mentions): the others get no test, not a skipped one. */
const onlyWhere = (feature: unknown) => (feature ? it : (_name: string, _fn: () => Promise<void>) => undefined);

describe.each(DRIVERS)('$name front end', (d) => {
  const result: Result = { asked: [], seen: new Map(), profile: undefined };

  beforeAll(async () => { await d.start(); results.set(d.name, result); });
  afterAll(async () => { await d.stop(); });

  /**
   * Runs one action and checks it against what the core answered in that same turn: every text shown, exactly its
   * questions (with their choices) and its plan, and no apology for a failure the adapter swallowed. The checks are
   * soft, so one rendering difference is reported without derailing the rest of the conversation.
   */
  const turn = async (label: string, action: () => Promise<Observed>): Promise<Observed> => {
    const mark = recorder.turns.length;
    const seen = await action();
    const { text: _text, ...rest } = seen;
    result.seen.set(label, rest);
    const core = recorder.turns.slice(mark);
    expect(core.map((t) => t.conversationId), label).toEqual([d.conversationId]); // exactly one turn, for this person
    const want = expectedFrom(core[0]!.replies);
    for (const text of want.texts) expect.soft(seen.text, `${label}: every text the core said is shown`).toContain(text);
    expect.soft(seen.questions, `${label}: the questions and choices the core asked`).toEqual(want.questions);
    expect.soft(seen.plan, `${label}: the plan the core made, in full`).toEqual(want.plan);
    expect.soft(seen.text, `${label}: no failure on the way`).not.toMatch(/Sorry, something went wrong/);
    return seen;
  };
  const asked = (seen: Observed) => seen.questions.at(-1)?.id;

  it('greets and asks for the specialty, with its choices', async () => {
    const seen = await turn('open', () => d.open());
    result.asked.push(asked(seen));
    expect(seen.text).toMatch(/^Hi! I am Match Advisor/);
    expect(seen.questions).toEqual([{ id: 'specialty', choices: expect.arrayContaining(['internal_medicine', 'family_medicine', 'psychiatry']) }]);
    expect(seen.private).toBe(true);
  });

  it('reads messy answers and several facts at once, asks when unsure, takes negations, corrections and a side question, reads back, and reaches a plan', async () => {
    for (const step of INTERVIEW) {
      const seen = await turn(step.say, () => d.say(step.say));
      result.asked.push(asked(seen));
      expect(seen.text, `after "${step.say}"`).toMatch(step.shows);
      expect(asked(seen), `after "${step.say}"`).toBe(step.asks);
      expect(seen.private, `after "${step.say}"`).toBe(true);
      if (step.skip) expect(seen.questions[0]?.choices.at(-1), 'a way out after three misses').toBe('skip');
    }
    expect(result.seen.get('yes')!.plan).toMatchObject({ applications: expect.stringMatching(/^\d+–\d+$/) });
    result.profile = await app.advisor.profileOf(d.conversationId);
    expect(result.profile).toEqual(EXPECTED_PROFILE);
  });

  onlyWhere(d.commandInChannel)('in a shared channel, shows the profile and the plan only to their owner', async () => {
    const profile = await turn('/profile in a channel', () => d.commandInChannel!('profile'));
    expect(profile.private).toBe(true);
    expect(profile.text).toMatch(/Step 2 CK: 226 \(attempt not said\).*Stage of the cycle: applying this cycle/);
    const plan = await turn('/plan in a channel', () => d.commandInChannel!('plan'));
    expect(plan.private).toBe(true);
    expect(plan.plan).toEqual(result.seen.get('yes')!.plan);
  });

  it('"forget me" asks first; "yes" deletes the profile, and "profile" then shows nothing stored', async () => {
    const ask = await turn('forget me', () => d.say('forget me'));
    expect(ask.questions).toEqual([{ id: 'confirmForget', choices: ['yes', 'no'] }]);
    expect(await app.advisor.profileOf(d.conversationId)).toEqual(EXPECTED_PROFILE); // nothing deleted before "yes"
    const yes = await turn('yes', () => d.say('yes'));
    expect(yes.text).toMatch(/everything I stored about you is deleted/);
    expect(yes.questions).toEqual([]);
    expect(await app.advisor.profileOf(d.conversationId)).toBeUndefined();
    const profile = await turn('profile after forget', () => d.say('profile'));
    expect(profile.text).toMatch(/I do not know anything about you yet\./);
    expect(asked(profile)).toBe('specialty');
    expect(await app.advisor.profileOf(d.conversationId)).toEqual({});
  });

  onlyWhere(d.sayMentioning)('reads a message that @mentions the bot as the same message without the mention', async () => {
    const help = await turn('help, mentioning the bot', () => d.sayMentioning!('help'));
    expect(help.text).toMatch(/^You can answer in your own words\. Commands:/);
    expect(asked(help)).toBe('specialty');
  });

  onlyWhere(d.click)('a click answers the pending question, a click on an earlier question gets the short notice, a click on yes forgets', async () => {
    expect(asked(await turn('IM', () => d.say('IM')))).toBe('visa');
    const visa = await turn('click visa', () => d.click!('visa', 'needs_j1')); // more than five choices: a select menu
    expect(visa.text).toMatch(/Got it: Visa = needs a J-1/);
    expect(asked(visa)).toBe('step1');
    const step1 = await turn('click step1', () => d.click!('step1', 'passed:1')); // up to five choices: buttons
    expect(step1.text).toMatch(/Got it: Step 1 = passed on the first attempt/);
    expect(asked(step1)).toBe('step2ck');
    const stale = await turn('stale click', () => d.click!('specialty', 'psychiatry')); // the specialty message, answered by typing
    expect(stale.text).toMatch(/^That button belongs to an earlier question/);
    expect(stale.questions).toEqual([]);
    expect(stale.private).toBe(true);
    expect(await app.advisor.profileOf(d.conversationId)).toEqual({
      specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 },
    });
    expect((await turn('forget me again', () => d.say('forget me'))).questions).toEqual([{ id: 'confirmForget', choices: ['yes', 'no'] }]);
    const yes = await turn('click yes', () => d.click!('confirmForget', 'yes'));
    expect(yes.text).toMatch(/everything I stored about you is deleted/);
    expect(await app.advisor.profileOf(d.conversationId)).toBeUndefined();
  });
});

describe('the three front ends agree', () => {
  it('asked the same questions in the same order, showed the same things, and stored the same profile', () => {
    const all = DRIVERS.map((d) => ({ name: d.name, ...results.get(d.name)! }));
    for (const r of all) expect.soft(r.asked, `${r.name}: questions asked`).toEqual(['specialty', ...INTERVIEW.map((s) => s.asks)]);
    for (const r of all) expect.soft(r.profile, `${r.name}: profile stored`).toEqual(EXPECTED_PROFILE);
    // every turn two front ends both had: the same questions, choices, plan and privacy
    all.forEach((a, i) => all.slice(i + 1).forEach((b) => {
      for (const [label, seen] of a.seen) if (b.seen.has(label)) expect.soft(b.seen.get(label), `${b.name} vs ${a.name}: ${label}`).toEqual(seen);
    }));
  });
});
