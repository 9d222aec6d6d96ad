// Trial-13 class: a program named in a question is resolved the way the `program` command resolves it. A name that
// fits several programs alike ("UCLA": Harbor-UCLA, Olive View-UCLA, UCLA-Kern...) asks which, or takes the one in the
// asker's regions and says so; a tie-break never silently picks a distant one (UCLA-Kern in Bakersfield).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/domain/io.js';
import type { Plan } from '../../src/domain/plan.js';
import { programById } from '../../src/domain/plan-facts.js';
import { openApp } from '../../src/runtime/open-app.js';
import { BUNDLED_KNOWLEDGE } from '../../src/runtime/config.js';
import { createLogger } from '../../src/runtime/logger.js';

// a psychiatry applicant still in the interview (the ties question waits), then one done with it
const PSYCH = ['start', 'psychiatry', 'H1B', 'step 1 pass first attempt, ck 235 first attempt', 'no step 3', '2020', '2 months observership in Orange County',
  '3 letters', 'English and Urdu', 'anywhere in california'];
const DONE = [...PSYCH, 'applying this cycle', 'no ties', 'no research', 'ecfmg certified', 'no couples', 'not submitted yet', 'yes'];
// a family medicine applicant who wants Orange County only
const FM_OC = ['start', 'family medicine', 'green card', 'step 1 passed first attempt, ck 228 first attempt', 'no step 3', '2019', '3 months hands on in Anaheim',
  '2 US letters', 'English and Spanish', 'orange county only'];

let app: ReturnType<typeof openApp>;
beforeAll(async () => {
  app = openApp({ databasePath: ':memory:', knowledgeDir: BUNDLED_KNOWLEDGE, logLevel: 'silent', retentionDays: 365 }, createLogger('silent'), { clock: () => new Date('2026-12-06T12:00:00Z') });
  for (const t of PSYCH) await app.advisor.handle('mid', { kind: 'text', text: t });
  for (const t of DONE) await app.advisor.handle('done', { kind: 'text', text: t });
  for (const t of FM_OC) await app.advisor.handle('oc', { kind: 'text', text: t });
});
afterAll(() => app.close());

const say = (who: string, text: string) => app.advisor.handle(who, { kind: 'text', text });
const words = (replies: Reply[]) => replies.map((r) => (r.type === 'text' ? r.text : '')).join('\n');
/** The program a reply explains: a "why" view's, or the one a text reply names first as its subject. */
function explained(replies: Reply[]): string | undefined {
  const r = replies.find((x) => x.type === 'plan');
  if (r?.type === 'plan' && r.view?.kind === 'why') return programById(r.plan as Plan, r.view.id)?.name;
  return /^(.+? Program[^ ]*(?: \([^)]*\))?) is (?:a |not |at best)/m.exec(words(replies))?.[1];
}
const ASKS_WHICH = /Which one do you mean|Several programs in your plan match/;

describe('a name several programs share: asked which, never one picked silently', () => {
  for (const q of ['why is UCLA a reach', 'is ucla realistic for me?', 'is ucla a target or a reach for me?', 'why is ucla in my check first group', 'how about UCLA, would it be a safety for me'])
    for (const who of ['mid', 'done'])
      it(`"${q}" (${who === 'mid' ? 'during' : 'after'} the interview)`, async () => {
        const replies = await say(who, q);
        expect(words(replies)).toMatch(ASKS_WHICH);
        expect(words(replies)).toMatch(/Harbor-UCLA/);
        expect(explained(replies)).toBeUndefined();
      });
});

describe('look-alikes: a name that says one program gets that program', () => {
  for (const [q, name] of [['why is harbor ucla a reach', /Harbor-UCLA/], ['why is ucla kern a reach', /Kern/], ['is olive view realistic for me', /Olive View/],
    ['why is ucla san fernando valley a reach', /San Fernando/], ['why is UCLA-Kern in my check first group', /Kern/]] as const)
    for (const who of ['mid', 'done'])
      it(`"${q}" (${who === 'mid' ? 'during' : 'after'} the interview) explains ${String(name)}`, async () => {
        const replies = await say(who, q);
        expect(words(replies), words(replies)).not.toMatch(ASKS_WHICH);
        expect(explained(replies) ?? JSON.stringify(replies.map((r) => (r.type === 'plan' ? r.view : r.type === 'text' ? r.text : r.type)))).toMatch(name);
      });
});

describe('several fit, one of them in the asker\'s regions: that one, saying so', () => {
  it('"why is kaiser a reach" from an Orange County-only family medicine applicant', async () => {
    const replies = await say('oc', 'why is kaiser a reach');
    expect(explained(replies) ?? words(replies)).toMatch(/Anaheim/);
    expect(words(replies)).not.toMatch(/Woodland Hills\) Program is|Fontana\) Program is/);
  });
});
