// Proves the render side turns replies into Discord message payloads within Discord's documented limits.
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/domain/io.js';
import { LIMITS, splitText } from '../../adapters/discord/limits.js';
import { renderReplies } from '../../adapters/discord/render.js';
import { importSummary, exportMessage } from '../../adapters/discord/render-admin.js';
import { PLAN_CSV_NAME, renderPlan } from '../../adapters/discord/render-plan.js';
import { answerModal } from '../../adapters/discord/render-question.js';
import { fakeAdvice } from '../helpers/fake-advice.js';
import { bigPlan } from './discord/big-plan.js';
import { ComponentType } from 'discord.js';
import { parseComponent } from '../../adapters/discord/parse.js';
import { FIXTURE_NAMES, fixturePlan } from '../fixtures/plans/index.js';
import { repeatedSentences } from '../helpers/plan-text.js';
import { realPlan } from '../fixtures/plans/real.js';

/** Hand-made plans in the new shape, and buildPlan's own plans for the same three applicants. */
const SOURCES = [['hand-made', fixturePlan], ['buildPlan', realPlan]] as const;
import { bodyProblems } from './discord/limits-check.js';

const question = (id: string, n: number, value = (i: number) => `v${i}`): Reply =>
  ({ type: 'question', id: id as never, text: `Question ${id}?`, choices: Array.from({ length: n }, (_, i) => ({ value: value(i), label: `Choice ${i}` })) });
const ids = (m: { components?: any[] }) => (m.components ?? []).flatMap((r) => r.components.map((c: any) => c.custom_id));

describe('texts and questions', () => {
  it('consecutive texts share a message and a question ends it with its components', () => {
    const out = renderReplies([{ type: 'text', text: 'Got it.' }, question('step1', 3)], { typedAnswers: false });
    expect(out).toHaveLength(1);
    expect(out[0]!.content).toBe('Got it.\n\nQuestion step1?');
    expect(ids(out[0]!)).toEqual(['ma:q:step1:v0', 'ma:q:step1:v1', 'ma:q:step1:v2']);
    expect(out[0]!.components![0]!.components.every((b: any) => b.type === 2 && b.style === 1)).toBe(true);
  });

  it('long text is split under 2,000 characters at word boundaries', () => {
    const words = Array.from({ length: 900 }, (_, i) => `word${i}`).join(' ');
    const out = renderReplies([{ type: 'text', text: words }], { typedAnswers: false });
    expect(out.length).toBeGreaterThan(2);
    expect(out.every((m) => m.content!.length <= LIMITS.content)).toBe(true);
    expect(out.map((m) => m.content).join(' ')).toBe(words);
    expect(splitText('a'.repeat(4500))).toEqual(['a'.repeat(2000), 'a'.repeat(2000), 'a'.repeat(500)]);
  });

  it('more than five choices become one select menu; beyond 25 only 25 are offered', () => {
    const [ten] = renderReplies([question('specialty', 10)], { typedAnswers: false });
    expect(ten!.components).toHaveLength(1);
    expect(ten!.components![0]!.components[0]).toMatchObject({ type: 3, custom_id: 'ma:s:specialty', min_values: 1, max_values: 1 });
    const [thirty] = renderReplies([question('specialty', 30)], { typedAnswers: false });
    expect((thirty!.components![0]!.components[0] as any).options).toHaveLength(25);
    expect(bodyProblems(thirty)).toEqual([]);
  });

  it('a value too long for a button id is carried by a select instead', () => {
    const [m] = renderReplies([question('languages', 2, (i) => `${'English, Spanish, Tagalog, '.repeat(3)}and Armenian ${i}`)], { typedAnswers: false });
    expect(m!.components![0]!.components[0]!.type).toBe(3);
    expect(bodyProblems(m)).toEqual([]);
  });

  it('servers get a "Type an answer" button; skip is secondary and "yes, delete" is red', () => {
    const [m] = renderReplies([{ type: 'question', id: 'usce', text: 'US clinical experience?', choices: [{ value: 'none', label: 'None' }, { value: 'skip', label: 'Skip' }] }], { typedAnswers: true });
    expect(ids(m!)).toEqual(['ma:q:usce:none', 'ma:q:usce:skip', 'ma:t:usce']);
    expect(m!.components![0]!.components.map((b: any) => b.style)).toEqual([1, 2]);
    const [forget] = renderReplies([{ type: 'question', id: 'confirmForget', text: 'Sure?', choices: [{ value: 'yes', label: 'Yes, delete everything' }, { value: 'no', label: 'No, keep it' }] }], { typedAnswers: false });
    expect(forget!.components![0]!.components.map((b: any) => b.style)).toEqual([4, 2]);
  });

  it('a question without choices in a DM has no components at all', () => {
    const [m] = renderReplies([question('graduationYear', 0)], { typedAnswers: false });
    expect(m).toEqual({ content: 'Question graduationYear?' });
  });

  it('the typed-answer modal stays within the modal limits', () => {
    const modal = answerModal('usce', 'How much US clinical experience do you have: how many months, hands-on or observership, and where (LA County, Orange County, ...)?')!;
    expect(modal.custom_id).toBe('ma:m:usce');
    const input = (modal.components[0] as any).components[0];
    expect([modal.title.length <= 45, input.label.length <= 45, input.placeholder.length <= 100, input.custom_id]).toEqual([true, true, true, 'answer']);
  });
});

describe('plans', () => {
  for (const [source, planOf] of SOURCES) for (const name of FIXTURE_NAMES) {
    it(`the ${name} first screen (${source}) is one embed of at most 2,500 characters, with the CSV and the detail controls`, () => {
      const p = planOf(name);
      const out = renderPlan(p);
      expect(out).toHaveLength(1);
      expect(bodyProblems(out[0]!)).toEqual([]);
      const [embed, ...more] = out[0]!.embeds!;
      expect(more).toEqual([]);
      expect(embed!.title).toMatch(/^Your residency plan: /);
      expect(embed!.description!.length).toBeLessThanOrEqual(2500);
      expect(embed!.description!.split('\n').filter((l) => /^\*\*\d+\.\*\* /.test(l)).length).toBeLessThanOrEqual(5);
      for (const st of p.standing ?? []) expect(embed!.description).toContain(st.level);
      expect(out[0]!.files!.map((f) => f.name)).toEqual([PLAN_CSV_NAME]);
      // a plan with no program in a tier (e.g. a weak file limited to regions where none is open to it) has no program select
      const anyListed = [...p.tiers.reach, ...p.tiers.target, ...p.tiers.safety].length > 0;
      expect(ids(out[0]!)).toEqual(['ma:p:programs', 'ma:p:steps', 'ma:p:chart', 'ma:p:csv', 'ma:ps:programs', ...(anyListed ? ['ma:ps:program'] : [])]);
    });
  }

  for (const [source, planOf] of SOURCES) for (const name of FIXTURE_NAMES) {
    it(`says no sentence more than twice across the ${name} first screen, steps and program list (${source})`, () => {
      const p = planOf(name);
      const views = [undefined, { kind: 'steps' as const }, { kind: 'programs' as const }];
      const text = views.flatMap((v) => renderPlan(p, v)).flatMap((m) => m.embeds ?? []).map((e) => `${e.description}\n${e.footer?.text ?? ''}`).join('\n').replace(/\\(?=[^\w\s])/g, '');
      expect(repeatedSentences(text)).toEqual([]);
    });
  }

  it('every control under the first screen parses back to a plan command', () => {
    const p = fixturePlan('weak');
    const rows = renderPlan(p)[0]!.components!;
    const items = rows.flatMap((r: any) => r.components);
    expect(parseComponent({ custom_id: items[0].custom_id, component_type: ComponentType.Button })).toEqual({ kind: 'input', input: { kind: 'command', name: 'programs' } });
    const list = items.find((i: any) => i.custom_id === 'ma:ps:programs');
    expect(list.options.map((o: any) => o.value)).toEqual(['all', 'reach', 'core LA', 'SoCal', 'rest of California']);
    expect(parseComponent({ custom_id: list.custom_id, component_type: ComponentType.StringSelect, values: ['reach'] })).toEqual({ kind: 'input', input: { kind: 'command', name: 'programs', arg: 'reach' } });
    expect(parseComponent({ custom_id: list.custom_id, component_type: ComponentType.StringSelect, values: ['all'] })).toEqual({ kind: 'input', input: { kind: 'command', name: 'programs' } });
    const one = items.find((i: any) => i.custom_id === 'ma:ps:program');
    expect(one.options).toHaveLength(25); // 60 programs: the first 25, and the placeholder says to type the others
    expect(one.placeholder).toMatch(/type "program <name>"/);
    expect(parseComponent({ custom_id: one.custom_id, component_type: ComponentType.StringSelect, values: [one.options[0].value] })).toMatchObject({ input: { kind: 'command', name: 'program', arg: one.options[0].value } });
  });

  it('a long program list is split into messages within the embed limits, the way back under the last', () => {
    const out = renderPlan(bigPlan({}), { kind: 'programs' });
    expect(out.length).toBeGreaterThan(1);
    for (const m of out) expect(bodyProblems(m)).toEqual([]);
    expect(out.slice(0, -1).every((m) => !m.components)).toBe(true);
    expect(ids(out.at(-1)!)).toEqual(['ma:p:plan', 'ma:p:steps']);
    const text = out.flatMap((m) => m.embeds!).map((e) => e.description).join('\n');
    expect(text).toContain('\\*target\\*'); // markdown in data is shown literally
    expect(text.split('community program — usually the most open to IMGs').length - 1).toBe(1); // shared by all: said once
  });

  it('the chart view carries the plan to draw and shows the image in its embed', () => {
    const p = fixturePlan('typical');
    const [m] = renderPlan(p, { kind: 'chart' });
    expect(m!.chart).toBe(p);
    expect(m!.embeds![0]!.image).toEqual({ url: 'attachment://match-plan.png' });
  });

  it('an empty plan is one message without a file', () => {
    const out = renderReplies([{ type: 'text', text: 'Here is your plan.' }, { type: 'plan', plan: fakeAdvice().plan({}, new Date('2026-11-26T12:00:00Z')), private: true }], { typedAnswers: false });
    expect(out.map((m) => Boolean(m.content))).toEqual([true, false]);
    expect(out[1]!.files).toBeUndefined();
    expect(out[1]!.embeds![0]!.description).toContain('0 reach · 0 target · 0 safety');
  });
});

describe('program administration', () => {
  it('an import result fits one message, however many problems', () => {
    expect(importSummary({ ok: true, imported: 42 }).content).toBe('Imported 42 programs. The new table is in use now.');
    const errors = Array.from({ length: 300 }, (_, i) => ({ line: i + 2, message: `name: too long \`${'x'.repeat(50)}\`` }));
    const summary = importSummary({ ok: false, errors }).content!;
    expect(summary.length).toBeLessThanOrEqual(2000);
    expect(summary).toMatch(/^Nothing was imported: 300 problems/);
    expect(summary.match(/```/g)).toHaveLength(2);
  });

  it('an export comes as programs.csv with the row count', () => {
    const m = exportMessage('id,name\r\np1,A\r\np2,B\r\n');
    expect(m.content).toMatch(/2 programs/);
    expect(m.files!.map((f) => [f.name, f.data.toString()])).toEqual([['programs.csv', 'id,name\r\np1,A\r\np2,B\r\n']]);
  });
});
