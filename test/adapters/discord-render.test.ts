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
  it('a long plan is split into messages within the embed limits, the CSV on the first', () => {
    const plan = bigPlan({});
    const out = renderPlan(plan);
    expect(out.length).toBeGreaterThan(1);
    for (const m of out) expect(bodyProblems(m)).toEqual([]);
    expect(out[0]!.files!.map((f) => f.name)).toEqual([PLAN_CSV_NAME]);
    expect(out.slice(1).every((m) => !m.files)).toBe(true);
    const summary = out[0]!.embeds![0]!;
    expect(summary.fields!.map((f) => f.name)).toEqual(['Reach (35)', 'Target (35)', 'Safety (35)', 'Not a fit now (8)']);
    expect(summary.fields![0]!.value).toMatch(/…and \d+ more in match-plan\.csv$/);
    expect(summary.fields![1]!.value).toContain('\\*target\\*'); // markdown in data is shown literally
    const steps = out.flatMap((m) => m.embeds!).filter((e) => e.title?.startsWith('Next steps'));
    expect(steps.length).toBeGreaterThan(1);
    expect(steps[0]!.description).toMatch(/^\*\*1\. Step 14:/); // lowest priority number first
  });

  it('an empty plan is one message without a file', () => {
    const out = renderReplies([{ type: 'text', text: 'Here is your plan.' }, { type: 'plan', plan: fakeAdvice().plan({}, new Date('2026-11-26T12:00:00Z')), private: true }], { typedAnswers: false });
    expect(out.map((m) => Boolean(m.content))).toEqual([true, false]);
    expect(out[1]!.files).toBeUndefined();
    expect(out[1]!.embeds![0]!.fields![0]!.value).toBe('None for this profile.');
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
