// Proves the render side: the core's replies become Block Kit within Slack's limits (50 blocks, 3,000-char sections,
// 75-char buttons and options, a character budget per message), buttons for ≤5 choices and a select beyond, text
// escaped so nobody can inject a mention, the plan's first screen in one message with its detail controls, long
// details paginated (a real plan from the bundled knowledge base too), and rendered clicks parse back to the same input.
import { describe, expect, it } from 'vitest';
import { parseBlockAction } from '../../adapters/slack/parse.js';
import { renderHome } from '../../adapters/slack/render-home.js';
import { renderPlanMessages } from '../../adapters/slack/render-plan.js';
import { renderReplies } from '../../adapters/slack/render.js';
import { LIMITS, textChars } from '../../adapters/slack/blocks.js';
import type { Reply } from '../../src/domain/io.js';
import type { Plan, PlannedProgram } from '../../src/domain/plan.js';
import { renderPlanCsv } from '../../src/render/plan-text.js';
import { createLogger } from '../../src/runtime/logger.js';
import { openApp } from '../../src/runtime/open-app.js';
import { blockProblems } from './slack/block-limits.js';
import { blockAction } from './slack/payloads.js';
import { FIXTURE_NAMES, fixturePlan } from '../fixtures/plans/index.js';
import { repeatedSentences } from '../helpers/plan-text.js';
import { realPlan } from '../fixtures/plans/real.js';

/** Hand-made plans in the new shape, and buildPlan's own plans for the same three applicants. */
const SOURCES = [['hand-made', fixturePlan], ['buildPlan', realPlan]] as const;

const question = (n: number, id: 'visa' | 'regions' = 'visa'): Extract<Reply, { type: 'question' }> => ({
  type: 'question', id, text: 'What is your visa situation?',
  choices: Array.from({ length: n }, (_, i) => ({ value: `v${i}`, label: `Choice ${i}` })),
});

function program(i: number, extra = ''): PlannedProgram {
  return {
    id: `p${i}`, name: `Program ${i} Medical Center ${extra}`, specialty: 'internal_medicine', city: 'Los Angeles', region: 'la_county', band: 'core LA',
    reasons: ['sponsors J-1', 'takes IMGs with a Step 2 CK around your score', 'values Spanish'], verify: ['current visa policy', 'graduation-year cutoff'],
  };
}

function plan(programs: number): Plan {
  const all = Array.from({ length: programs }, (_, i) => program(i));
  return {
    profile: { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1' },
    tiers: { reach: all.slice(0, programs / 3), target: all.slice(programs / 3, (2 * programs) / 3), safety: all.slice((2 * programs) / 3) },
    excluded: [program(999)],
    nextSteps: [{ id: 's2', title: 'Second', detail: 'later', priority: 2 }, { id: 's1', title: 'First', detail: 'now', priority: 1 }],
    applications: { min: 80, max: 120, why: 'IMG applicants in IM apply widely.' },
    warnings: ['Your Step 2 CK is below many LA screens.'],
    signaling: 'Use your signals on target programs.',
    caveats: ['Program policies change; verify on each website.', 'Not official advice.'],
  };
}

describe('renderReplies', () => {
  it('puts one turn (texts and a question) in one message with escaped text and a fallback', () => {
    const messages = renderReplies([{ type: 'text', text: 'Got it: Languages = <!channel> & more.' }, question(3)]);
    expect(messages).toHaveLength(1);
    const [m] = messages;
    expect(m!.text).toContain('&lt;!channel&gt; &amp; more');
    expect(JSON.stringify(m!.blocks)).not.toContain('<!channel>');
    expect(blockProblems(m!.blocks)).toEqual([]);
  });

  it('renders up to five choices as buttons, with the question id in the block_id', () => {
    const [m] = renderReplies([question(5)]);
    const actions = m!.blocks.find((b) => b.type === 'actions') as any;
    expect(actions.block_id).toBe('ma_q:visa:0');
    expect(actions.elements.map((e: any) => [e.type, e.action_id, e.value])).toEqual([0, 1, 2, 3, 4].map((i) => ['button', `ma_choice_${i}`, `v${i}`]));
  });

  it('renders more than five choices as one static select', () => {
    const [m] = renderReplies([question(6, 'regions')]);
    const actions = m!.blocks.find((b) => b.type === 'actions') as any;
    expect(actions.elements).toHaveLength(1);
    expect(actions.elements[0]).toMatchObject({ type: 'static_select', action_id: 'ma_select' });
    expect(actions.elements[0].options).toHaveLength(6);
  });

  it('asks to type when a question has no choices, and marks the delete button as dangerous', () => {
    const [m] = renderReplies([{ type: 'question', id: 'graduationYear', text: 'What year?', choices: [] }]);
    expect(m!.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(JSON.stringify(m!.blocks)).toContain('Type your answer');
    const [f] = renderReplies([{ type: 'question', id: 'confirmForget', text: 'Sure?', choices: [{ value: 'yes', label: 'Yes, delete everything' }, { value: 'no', label: 'No' }] }]);
    const buttons = (f!.blocks.find((b) => b.type === 'actions') as any).elements;
    expect(buttons[0].style).toBe('danger');
    expect(buttons[1].style).toBeUndefined();
  });

  it('cuts labels to 75 characters and drops select options whose value Slack would refuse', () => {
    const long = 'x'.repeat(120);
    const q: Reply = { type: 'question', id: 'regions', text: 'Where?', choices: [
      ...Array.from({ length: 6 }, (_, i) => ({ value: `r${i}`, label: long })),
      { value: 'y'.repeat(80), label: 'too long a value' },
    ] };
    const [m] = renderReplies([q]);
    expect(blockProblems(m!.blocks)).toEqual([]);
    const select = (m!.blocks.find((b) => b.type === 'actions') as any).elements[0];
    expect(select.options).toHaveLength(6);
    expect(select.options[0].text.text).toHaveLength(75);
    const [b] = renderReplies([{ ...question(2), choices: [{ value: 'a', label: long }] }]);
    expect((b!.blocks.find((x) => x.type === 'actions') as any).elements[0].text.text.endsWith('…')).toBe(true);
  });

  it('splits very long text into sections of at most 3,000 characters and messages within the limits', () => {
    const paragraph = `${'word '.repeat(200)}\n`;
    const messages = renderReplies([{ type: 'text', text: paragraph.repeat(200) }, question(2)]);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(blockProblems(m.blocks)).toEqual([]);
      expect(m.blocks.reduce((n, b) => n + textChars(b), 0)).toBeLessThanOrEqual(LIMITS.messageChars);
      expect(m.text.length).toBeLessThanOrEqual(3000);
    }
    expect(JSON.stringify(messages.at(-1)!.blocks)).toContain('ma_q:visa');
  });

  it('gives each plan its own message(s) with a download key', () => {
    const p = plan(6);
    const messages = renderReplies([{ type: 'text', text: 'That is everything I need.' }, { type: 'plan', plan: p, private: true }, { type: 'text', text: 'after' }], { planKey: (x) => (x === p ? 'KEY1' : undefined) });
    expect(messages).toHaveLength(3);
    const actions = messages[1]!.blocks.find((b) => b.type === 'actions' && b.block_id === 'ma_plan_actions') as any;
    expect(actions.elements[0]).toMatchObject({ action_id: 'ma_plan_csv', value: 'KEY1' });
  });

  it('round-trips: a click on a rendered button or select parses back to the same choice', () => {
    for (const n of [4, 8]) {
      const [m] = renderReplies([question(n)]);
      const actions = m!.blocks.find((b) => b.type === 'actions') as any;
      const el = actions.elements[n > 5 ? 0 : 3];
      const click = el.type === 'button'
        ? { actionId: el.action_id, blockId: actions.block_id, value: el.value }
        : { actionId: el.action_id, blockId: actions.block_id, selected: el.options[3].value };
      expect(parseBlockAction(blockAction(click))).toMatchObject({ kind: 'choice', input: { kind: 'choice', questionId: 'visa', value: 'v3' } });
    }
  });
});

describe('renderPlanMessages', () => {
  it('shows the first screen in order: header, standing, first steps, applications, list shape, key warnings, commands', () => {
    const p = fixturePlan('typical');
    const [m, ...rest] = renderPlanMessages(p, { downloadKey: 'K' });
    expect(rest).toEqual([]);
    const text = JSON.stringify(m!.blocks);
    const order = ['Your residency plan: Internal Medicine', 'Where you stand', 'borderline', 'Do first', `1. ${p.firstSteps![0]!.title}`, 'Apply to 80–120 programs', 'Your list:', '*core LA*', ':warning:', 'More: programs'];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((x) => x >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).not.toContain(p.caveats[0]!.slice(0, 40));
  });

  for (const [source, planOf] of SOURCES) for (const name of FIXTURE_NAMES) {
    it(`keeps the ${name} first screen (${source}) within one message and a reading budget of 2,500 characters`, () => {
      const messages = renderPlanMessages(planOf(name), { downloadKey: 'K' });
      expect(messages).toHaveLength(1);
      expect(blockProblems(messages[0]!.blocks)).toEqual([]);
      const shown = messages[0]!.blocks.filter((b) => b.type !== 'actions').reduce((n, b) => n + textChars(b), 0);
      expect(shown).toBeLessThanOrEqual(2500);
      const steps = messages[0]!.blocks.flatMap((b) => (b.type === 'section' ? b.text!.text.split('\n') : [])).filter((l) => /^\d+\. /.test(l));
      expect(steps.length).toBeLessThanOrEqual(5);
    });
  }

  for (const [source, planOf] of SOURCES) for (const name of FIXTURE_NAMES) {
    it(`says no sentence more than twice across the ${name} first screen, steps and program list (${source})`, () => {
      const p = planOf(name);
      const views = [{ kind: 'summary' as const }, { kind: 'steps' as const }, { kind: 'programs' as const }];
      const text = views.flatMap((view) => renderPlanMessages(p, { view })).flatMap((m) => m.blocks)
        .flatMap((b: any) => (b.type === 'section' ? [b.text.text] : b.type === 'context' ? b.elements.map((e: any) => e.text) : [])).join('\n');
      expect(repeatedSentences(text)).toEqual([]);
    });
  }

  it('puts the detail buttons and selects under the first screen, and each click parses to its command', () => {
    const p = fixturePlan('typical');
    const [m] = renderPlanMessages(p, { downloadKey: 'K' });
    const actions = m!.blocks.filter((b) => b.type === 'actions') as any[];
    const elements = actions.flatMap((a) => a.elements.map((e: any) => ({ ...e, block: a.block_id })));
    expect(elements.at(-1)).toMatchObject({ action_id: 'ma_plan_csv', value: 'K', block: 'ma_plan_actions' });
    const press = (actionId: string, value?: string, selected?: string) => parseBlockAction(blockAction({ actionId, blockId: 'ma_plan_details', ...(value ? { value } : {}), ...(selected ? { selected } : {}) }));
    const programsButton = elements.find((e) => e.action_id === 'ma_plan_cmd_programs');
    expect(press(programsButton.action_id, programsButton.value)).toMatchObject({ kind: 'choice', input: { kind: 'command', name: 'programs' } });
    const list = elements.find((e) => e.action_id === 'ma_plan_pick_programs');
    expect(list.options.map((o: any) => o.value)).toEqual(['all', 'reach', 'target', 'safety', 'core LA', 'SoCal', 'rest of California']);
    expect(press(list.action_id, undefined, 'SoCal')).toMatchObject({ input: { kind: 'command', name: 'programs', arg: 'SoCal' } });
    const one = elements.find((e) => e.action_id === 'ma_plan_pick_program');
    expect(one.options).toHaveLength(p.tiers.reach.length + p.tiers.target.length + p.tiers.safety.length);
    expect(press(one.action_id, undefined, one.options[2].value)).toMatchObject({ input: { kind: 'command', name: 'program', arg: one.options[2].value } });
  });

  it('paginates the whole program list within 50 blocks and the character budget, with the way back last', () => {
    const p = plan(120);
    // (round 14: a list screen shows 12 per tier, so the reasons are longer to need several parts)
    for (const x of [...p.tiers.reach, ...p.tiers.target, ...p.tiers.safety]) x.reasons = [`a reason of ${x.id} alone `.repeat(40)];
    const messages = renderPlanMessages(p, { view: { kind: 'programs' } });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(blockProblems(m.blocks)).toEqual([]);
      expect(m.blocks.reduce((n, b) => n + textChars(b), 0)).toBeLessThanOrEqual(LIMITS.messageChars);
    }
    expect(messages[0]!.text).toMatch(/part 1 of/);
    expect(JSON.stringify(messages.at(-1)!.blocks)).toContain('ma_plan_cmd_plan');
  });

  it('says reasons and checks that many programs share once above the list, not under each program', () => {
    const p = plan(6);
    p.tiers.target[0]!.reasons = [...p.tiers.target[0]!.reasons, 'only here'];
    const text = JSON.stringify(renderPlanMessages(p, { view: { kind: 'programs' } }));
    expect(text.split('values Spanish').length - 1).toBe(1);
    expect(text.split('current visa policy').length - 1).toBe(1);
    expect(text).toContain('only here');
  });

  it('shows one program with its facts and sources', () => {
    const p = fixturePlan('typical');
    const text = JSON.stringify(renderPlanMessages(p, { view: { kind: 'program', id: p.tiers.target[0]!.id } }));
    expect(text).toContain('ACGME public program list, as of 2025');
    expect(text).toContain('Why it is a target program');
  });

  it('renders a real plan from the bundled knowledge base within the limits', async () => {
    const core = openApp({ databasePath: ':memory:', knowledgeDir: new URL('../../knowledge', import.meta.url).pathname, logLevel: 'silent', retentionDays: 365 }, createLogger('silent'));
    try {
      const answers = ['hi', 'IM', 'J-1', 'passed first attempt', '226', 'not taken', '2019', '4 months hands-on in LA', '3, 2 in IM, 1 from California', 'English and Spanish', 'LA and Orange County', 'family in LA', 'none', 'applying', 'certified', 'no', 'not yet', 'yes'];
      let replies: Reply[] = [];
      for (const a of answers) replies = await core.advisor.handle('slack:T:U', { kind: 'text', text: a });
      const planReply = replies.find((r) => r.type === 'plan');
      expect(planReply).toBeDefined();
      const messages = renderReplies(replies, { planKey: () => 'K' });
      for (const m of messages) {
        expect(blockProblems(m.blocks)).toEqual([]);
        expect(m.blocks.reduce((n, b) => n + textChars(b), 0)).toBeLessThanOrEqual(LIMITS.messageChars);
      }
      const home = renderHome({ profileLines: ['Visa: needs a J-1'], plan: (planReply as Extract<Reply, { type: 'plan' }>).plan, planKey: 'K' });
      expect(blockProblems(home.blocks, 100)).toEqual([]);
    } finally {
      core.close();
    }
  });

  it('escapes program text taken from the table', () => {
    const p = plan(3);
    p.tiers.reach[0]!.name = '<!everyone> Hospital & Clinic';
    expect(JSON.stringify(renderPlanMessages(p, { view: { kind: 'programs' } }))).toContain('&lt;!everyone&gt; Hospital &amp; Clinic');
  });
});

describe('renderHome', () => {
  it('shows profile lines, a start button, and the plan within 100 blocks even for a huge plan', () => {
    const view = renderHome({ profileLines: ['Visa: needs a J-1'], plan: plan(600), planKey: 'K' });
    expect(view.type).toBe('home');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(blockProblems(view.blocks, 100)).toEqual([]);
    expect(view.blocks.reduce((n, b) => n + textChars(b), 0)).toBeLessThanOrEqual(LIMITS.homeChars);
    const text = JSON.stringify(view.blocks);
    expect(text.includes('Visa: needs a J-1')).toBe(true);
    expect(text.includes('Continue the interview')).toBe(true);
    expect(view.blocks.at(-2)).toMatchObject({ type: 'actions', elements: [{ action_id: 'ma_plan_csv', value: 'K' }] });
  });

  it('invites a new person to start', () => {
    const text = JSON.stringify(renderHome({ profileLines: [] }).blocks);
    expect(text).toContain('Start the interview');
    expect(text).toContain('Nothing saved yet');
  });
});

describe('plan CSV download content', () => {
  it('is formula-safe (cells starting with = + - @ get a quote)', () => {
    const p = plan(3);
    p.tiers.reach[0]!.name = '=HYPERLINK("http://evil","x")';
    p.tiers.target[0]!.city = '@SUM(A1)';
    const csv = renderPlanCsv(p);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csv).toContain("'@SUM(A1)");
  });
});
