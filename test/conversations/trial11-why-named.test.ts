// "why <X>" explains X or says it cannot: a specialty gets its standing from the plan, a program name (or its
// acronym) gets that program, and a name that fits no program is said to fit none, never answered for another program.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/domain/io.js';
import type { Plan } from '../../src/domain/plan.js';
import { programById } from '../../src/domain/plan-facts.js';
import { openApp } from '../../src/runtime/open-app.js';
import { BUNDLED_KNOWLEDGE } from '../../src/runtime/config.js';
import { createLogger } from '../../src/runtime/logger.js';

const INTERVIEW = ['start', 'pediatrics', 'green card holder', 'step 1 passed first attempt, ck 231 first attempt, no step 3', 'graduated 2015', 'ECFMG certified',
  '4 months hands on usce in LA, 3 US LORs from pediatricians', 'LA and orange county', 'english and spanish', 'no research', 'applying now, not submitted yet', 'no couples', 'family in Irvine', 'yes'];

let app: ReturnType<typeof openApp>;
beforeAll(async () => {
  app = openApp({ databasePath: ':memory:', knowledgeDir: BUNDLED_KNOWLEDGE, logLevel: 'silent', retentionDays: 365 }, createLogger('silent'), { clock: () => new Date('2026-12-06T12:00:00Z') });
  for (const t of INTERVIEW) await app.advisor.handle('peds', { kind: 'text', text: t });
});
afterAll(() => app.close());

const say = (text: string) => app.advisor.handle('peds', { kind: 'text', text });
const words = (replies: Reply[]) => replies.map((r) => (r.type === 'text' ? r.text : '')).join('\n');
/** The name of the program a "why" reply explains, if it shows one. */
function explained(replies: Reply[]): string | undefined {
  const r = replies.find((x) => x.type === 'plan');
  if (r?.type !== 'plan' || r.view?.kind !== 'why') return undefined;
  return programById(r.plan as Plan, r.view.id)?.name;
}

describe('"why" about a specialty gets its standing, never a program', () => {
  for (const [q, name] of [['why is pediatrics a reach for me', 'Pediatrics'], ['why is peds so hard for me?', 'Pediatrics'], ['why is internal medicine so competitive', 'Internal medicine'],
    ['why is family medicine difficult for me', 'Family medicine'], ['por que pediatria es tan dificil para mi', 'Pediatrics']] as const)
    it(`"${q}"`, async () => {
      const replies = await say(q);
      expect(explained(replies)).toBeUndefined();
      expect(words(replies)).toMatch(new RegExp(`${name} \\((primary|if you applied in it)\\): (weak|borderline|competitive|strong)`, 'i'));
    });
});

describe('"why" about a program name: that program, by name or acronym, or a plain "none fits"', () => {
  for (const [q, name] of [['why is CHOC a reach? its 10 min from my house', /Children's Hospital of Orange County/], ['why is uci a reach', /Irvine/],
    ['why is childrens hospital LA a reach', /Children's Hospital of Los Angeles/], ['why is cedars a reach', /Cedars-Sinai/]] as const)
    it(`"${q}" explains ${String(name)}`, async () => {
      expect(explained(await say(q))).toMatch(name);
    });
  for (const [q, asked] of [['why is Brookdale a target', 'brookdale'], ['why is Zzyzx Memorial a reach?', 'zzyzx memorial'], ['why is St Elsewhere a safety', 'st elsewhere']] as const)
    it(`"${q}" fits no program: said so, with no other program explained`, async () => {
      const replies = await say(q);
      expect(explained(replies)).toBeUndefined();
      expect(words(replies)).toMatch(new RegExp(`No program in your plan matches "${asked}"`));
      expect(words(replies)).not.toMatch(/WellSpan|York/i);
    });
});

describe('look-alikes: "why" questions about other things still go to the guides', () => {
  for (const q of ['why is LA so hard', 'why do programs care about usce', 'why is my file a reach', 'why is the match so competitive'])
    it(`"${q}"`, async () => {
      const replies = await say(q);
      expect(words(replies)).not.toMatch(/No program in your plan matches/);
      expect(explained(replies)).toBeUndefined();
    });
});

describe('before the plan, "why is <specialty> hard for me" is the specialty\'s standing too', () => {
  it('mid-interview, the standing is given and the open question asked again', async () => {
    for (const t of ['start', 'psychiatry', 'need an H1B', 'failed step 1 once then passed, ck 229 first attempt']) await app.advisor.handle('mid', { kind: 'text', text: t });
    const replies = await app.advisor.handle('mid', { kind: 'text', text: 'why is psychiatry hard for me?' });
    expect(words(replies)).not.toMatch(/I don't know that one/);
    expect(replies.at(-1)?.type).toBe('question');
  });
});
