// Round 13 (understand13b): whose fact, a question asked before answering, a choice handed back. Each class has new
// inputs of its family and look-alikes that must keep their reading.
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { grade } from './grade.js';
import { read } from './read-message.js';

const BASE: Profile = { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1', step1: { result: 'passed', attempts: 1 } };

/** One turn through the whole engine: what changed in the profile, and the field asked about. */
function turn(pending: ProfileField, message: string, before: Profile = BASE) {
  const g = grade({ id: 't', kind: 't', pending, before, message, expect: { set: {} } });
  const changed: Partial<Record<ProfileField, unknown>> = {};
  for (const k of Object.keys({ ...g.after, ...before }) as ProfileField[]) if (JSON.stringify(g.after[k]) !== JSON.stringify(before[k])) changed[k] = g.after[k];
  return { changed, clarified: g.clarified };
}

describe("someone else's number told with no verb ('my roommate 251') is theirs", () => {
  it.each([
    ['mine 219 my roommate 251', 219],
    ['238, my wife 251', 238],
    ['229 first try. my gf 260 lol', 229],
    ['231 my brother 255 ugh', 231],
    ['i got 226 my husband: 248', 226],
  ])('"%s" -> CK %s', (m, score) => expect((turn('step2ck', m).changed.step2ck as { score?: number } | undefined)?.score).toBe(score));
  it('research counts beside a roommate\'s', () => expect(read('research', '1 pub, my roommate 6 pubs').got.research).toMatchObject({ publications: 1 }));
  it.each([
    ['my step 2 was 245', 245],
    ['245 thanks to my roommate', 245],
    ['my roommate helped me study, 241', 241],
  ])('look-alike "%s" -> CK %s', (m, score) => expect((turn('step2ck', m).changed.step2ck as { score?: number } | undefined)?.score).toBe(score));
  it.each([
    ['my 3 letters are all IM', 3],
    ['my mentor 1 letter and my PD 2 letters', 3],
    ["my attending 2 letters", 2],
  ])('look-alike letters "%s" -> %s (letters people wrote are the applicant\'s)', (m, count) => expect((turn('usLors', m).changed.usLors as { count?: number } | undefined)?.count).toBe(count));
});

describe('a question asked before answering is no answer', () => {
  it.each([
    ['step3', 'wait before i answer that, does step 3 matter'],
    ['step3', 'ok quick q first, is step 3 needed for h1b'],
    ['usce', 'hold on, does observership count as usce'],
    ['visa', 'before i answer, is a j1 waiver hard to get'],
    ['step3', 'one question first, do programs care about step 3'],
  ] as const)('%s: "%s" -> nothing stored', (pending, m) => {
    const r = turn(pending, m);
    expect(r.changed).toEqual({});
  });
  it.each([
    ['step3', 'not taken, does that matter?', { step3: { status: 'not_taken' } }],
    ['specialty', "psych, he's in IM and is a US citizen", { specialty: { primary: 'psychiatry' } }],
    ['step3', 'wait, passed it last month', { step3: { status: 'passed' } }],
  ] as const)('look-alike %s: "%s" -> stored', (pending, m, want) => expect(turn(pending, m, {}).changed).toMatchObject(want));
});

describe('a choice handed back to the advisor stores nothing', () => {
  it.each([
    'im open to anything',
    "i'll go with whatever you say",
    'honestly whatever you recommend, i just want to match',
    "what's the easiest specialty to match as an IMG with a fail? i'll go with whatever you say",
    'anything non surgical, whatever is easiest',
  ])('"%s" -> no specialty stored', (m) => expect(turn('specialty', m, {}).changed.specialty).toBeUndefined());
  it.each([
    ['IM or FM, whatever gets me in', { primary: 'internal_medicine', backup: 'family_medicine' }],
    ['psych, whatever you say about backup', { primary: 'psychiatry' }],
    ['FM or peds, either is fine', { primary: 'family_medicine', backup: 'pediatrics' }],
  ])('look-alike "%s" -> %j', (m, want) => expect(turn('specialty', m, {}).changed.specialty).toEqual(want));
});
