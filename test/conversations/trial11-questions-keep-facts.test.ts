// A question never changes what is stored, and a message that gets a refusal stores nothing; a message that tells a
// fact beside its question still stores the fact. Run on the real knowledge base (refusals come from the guides' router).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import { interpret, type View } from '../../src/engine/interpret.js';
import { openApp } from '../../src/runtime/open-app.js';
import { BUNDLED_KNOWLEDGE } from '../../src/runtime/config.js';
import { createLogger } from '../../src/runtime/logger.js';

const PROFILE: Profile = {
  specialty: { primary: 'psychiatry', backup: 'internal_medicine' }, visa: 'needs_h1b', step1: { result: 'passed', attempts: 1 },
  step2ck: { taken: true, score: 229, attempts: 1 }, step3: { status: 'passed', score: 221 }, graduationYear: 2020,
  usce: { months: 8, kind: 'mixed', where: [] }, usLors: { count: 4, inSpecialty: true }, languages: ['English'],
  regions: ['anywhere'], laTies: { family: false, lived: false, trained: false }, research: { publications: 1, posters: 3 },
  stage: 'applying', cycle: { submitted: false }, couples: { matching: false }, ecfmg: { status: 'certified' },
} as Profile;
const VIEW: View = { mode: 'done', profile: PROFILE, now: new Date('2026-12-06T12:00:00Z'), planShown: true };
const changes = (text: string) => interpret({ kind: 'text', text }, VIEW).filter((c) => c.type === 'set' || c.type === 'correct');

describe('a message that only asks changes nothing stored', () => {
  for (const q of ['how many programs should i apply for psych and IM', 'how many programs should I apply to for FM and IM', 'how many programs would I need for neuro and FM?',
    'what would it cost to apply to psych and FM', 'is it realistic to apply in pediatrics and IM with my file?', 'should I apply to FM and IM instead?'])
    it(`"${q}" is answered and stores nothing`, () => {
      expect(changes(q)).toEqual([]);
    });
});

describe('look-alikes: a fact told beside a question is still stored', () => {
  it('"my CK was 232 not 229. does that change anything?" corrects CK', () => {
    expect(changes('my CK was 232 not 229. does that change anything?')).toMatchObject([{ update: { field: 'step2ck', value: { score: 232 } } }]);
  });
  it('"I want FM now, not psych. how many programs then?" changes the specialty', () => {
    expect(changes('I want FM now, not psych. how many programs then?')).toMatchObject([{ update: { field: 'specialty' } }]);
  });
  it('"switching to family medicine. what changes?" changes the specialty', () => {
    expect(changes('switching to family medicine. what changes?')).toMatchObject([{ update: { field: 'specialty' } }]);
  });
  it('"CK 240 now after the rescore, how many programs should I apply to?" stores CK', () => {
    expect(changes('CK 240 now after the rescore, how many programs should I apply to?')).toMatchObject([{ update: { field: 'step2ck' } }]);
  });
  it('"does it matter that I graduated in 2015?" keeps the fact it rests on', () => {
    expect(changes('does it matter that I graduated in 2015?')).toMatchObject([{ update: { field: 'graduationYear', value: 2015 } }]);
  });
});

describe('a message that gets a refusal stores nothing', () => {
  let app: ReturnType<typeof openApp>;
  beforeAll(() => {
    app = openApp({ databasePath: ':memory:', knowledgeDir: BUNDLED_KNOWLEDGE, logLevel: 'silent', retentionDays: 365 }, createLogger('silent'), { clock: () => new Date('2026-12-06T12:00:00Z') });
  });
  afterAll(() => app.close());
  const interview = ['start', 'psychiatry, backup IM', 'need H1B', 'step 1 passed first attempt, ck 229 first attempt, step 3 passed 221', 'graduated 2020', 'ECFMG certified',
    '5 months hands on usce and 3 months observership, 4 US LORs from psychiatrists', 'anywhere in the US', 'english', '1 publication and 3 posters', 'applying now, not submitted yet', 'no couples', 'no ties', 'yes'];
  let n = 0;
  async function ready() {
    const id = `u${n += 1}`;
    for (const t of interview) await app.advisor.handle(id, { kind: 'text', text: t });
    return id;
  }
  for (const msg of ['can i pay a US doctor for a letter? someone offered 1500$ for LOR + 4 week rotation',
    'can I pay for a rotation letter package, 2000$ for 1 month hands on and a LOR?',
    'can i buy a LOR? someone is selling 2 letters from US IM doctors'])
    it(`"${msg.slice(0, 50)}…" is refused and the profile stays as it was`, async () => {
      const id = await ready();
      const before = await app.advisor.profileOf(id);
      const replies = await app.advisor.handle(id, { kind: 'text', text: msg });
      expect(replies.map((r) => (r.type === 'text' ? r.text : '')).join('\n')).toMatch(/I will not help|do not cover/);
      expect(await app.advisor.profileOf(id)).toEqual(before);
    });
  it('a question the guides do not cover (pay) beside a fact still stores the fact', async () => {
    const id = await ready();
    await app.advisor.handle(id, { kind: 'text', text: 'I now have 6 US letters. what is the salary of a PGY1 in LA?' });
    expect((await app.advisor.profileOf(id))?.usLors?.count).toBe(6);
  });
  it('an honest question beside a fact still stores the fact: "I now have 5 US letters, do I need more?"', async () => {
    const id = await ready();
    await app.advisor.handle(id, { kind: 'text', text: 'I now have 5 US letters, do I need more?' });
    expect((await app.advisor.profileOf(id))?.usLors?.count).toBe(5);
  });
});
