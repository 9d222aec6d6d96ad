// A plan view as Block Kit: the same screens as the terminal, with buttons and selects for the details, paginated within limits.
import type { types } from '@slack/bolt';
import type { PlanView } from '../../src/domain/io.js';
import type { Plan } from '../../src/domain/plan.js';
import { BANDS, listed, placeOf, shapeOf, TIER_NAMES, TIERS, type PlanScreen, type ScreenLine } from '../../src/render/plan-screen.js';
import { planScreen } from '../../src/render/plan-views.js';
import { PLAN_COMMAND_BUTTON, PLAN_COMMAND_SELECT, PLAN_CSV } from './action-ids.js';
import { button, context, header, LIMITS, mrkdwnSection, packEntries, paginate, type Block, type SlackMessage } from './blocks.js';
import { escapeMrkdwn as esc, truncate } from './slack-text.js';

function lineMrkdwn(l: ScreenLine, n: number): string {
  const lead = l.lead ? `*${esc(l.lead)}* ` : '';
  switch (l.kind) {
    case 'plain': return `${lead}${esc(l.text)}`;
    case 'item': return `• ${lead}${esc(l.text)}`;
    case 'warning': return `:warning: ${esc(l.text)}`;
    case 'step': return l.lead ? `${n}. *${esc(l.lead)}*: ${esc(l.text)}` : `${n}. ${esc(l.text)}`;
  }
}

/** A screen's blocks: its title as a header, each section as sections of at most 2,800 characters, the footer as context. */
function screenBlocks(screen: PlanScreen): Block[] {
  const blocks: Block[] = [header(screen.title)];
  for (const s of screen.sections) {
    let n = 0;
    const lines = s.lines.map((l) => lineMrkdwn(l, l.kind === 'step' ? ++n : n));
    const entries = s.heading ? [`*${esc(s.heading)}*`, ...lines] : lines;
    for (const text of packEntries(entries, 2800)) blocks.push(mrkdwnSection(text));
  }
  if (screen.footer) blocks.push(context(esc(screen.footer)));
  return blocks;
}

const option = (text: string, value: string): types.PlainTextOption => ({ text: { type: 'plain_text', text: truncate(text, LIMITS.optionText), emoji: true }, value });

function select(name: string, placeholder: string, options: types.PlainTextOption[]): types.StaticSelect {
  return { type: 'static_select', action_id: `${PLAN_COMMAND_SELECT}${name}`, placeholder: { type: 'plain_text', text: truncate(placeholder, 150) }, options: options.slice(0, LIMITS.selectOptions) };
}

/** The first screen's controls: detail buttons (and the CSV download when the plan is cached), a list select, a program select. */
function summaryControls(plan: Plan, downloadKey?: string): Block[] {
  const buttons = [button(`${PLAN_COMMAND_BUTTON}programs`, 'All programs', 'all'), button(`${PLAN_COMMAND_BUTTON}steps`, 'Every step', 'all'), button(`${PLAN_COMMAND_BUTTON}chart`, 'Chart (PNG)', 'all')];
  const shape = shapeOf(plan);
  const lists = [
    option('All programs', 'all'),
    ...TIERS.filter((t) => plan.tiers[t].length).map((t) => option(`${TIER_NAMES[t].name} (${plan.tiers[t].length})`, t)),
    ...BANDS.map((b) => ({ b, n: TIERS.reduce((n, t) => n + shape[b][t], 0) })).filter((x) => x.n > 0).map(({ b, n }) => option(`${b} (${n})`, b)),
  ];
  // an id longer than Slack allows travels as its first 75 characters, which the engine reads as that id
  const programs = listed(plan).map(({ tier, program }) => option(`${program.name.trim() || program.id} · ${tier} · ${placeOf(program)}`, program.id.slice(0, LIMITS.optionValue)));
  const pickers: types.StaticSelect[] = [select('programs', 'List one tier or band…', lists)];
  if (programs.length) pickers.push(select('program', programs.length > LIMITS.selectOptions ? 'One program… (or type "program <name>")' : 'One program…', programs));
  return [{ type: 'actions', block_id: 'ma_plan_details', elements: buttons }, { type: 'actions', block_id: 'ma_plan_pickers', elements: pickers }, ...(downloadKey ? [planDownloadBlock(downloadKey)] : [])];
}

function detailControls(view: PlanView): Block[] {
  const nav: [string, string][] = [['plan', 'First screen'], ['programs', 'All programs'], ['steps', 'Every step']];
  return [{ type: 'actions', block_id: 'ma_plan_nav', elements: nav.filter(([name]) => name !== view.kind).map(([name, label]) => button(`${PLAN_COMMAND_BUTTON}${name}`, label, 'all')) }];
}

/** Every block of a plan view, unpaginated; `downloadKey` adds the "Download as CSV" button carrying that key. */
export function planBlocks(plan: Plan, opts: { downloadKey?: string; view?: PlanView } = {}): Block[] {
  const view = opts.view ?? { kind: 'summary' };
  const blocks = screenBlocks(planScreen(plan, view));
  if (view.kind === 'summary') blocks.push(...summaryControls(plan, opts.downloadKey));
  else blocks.push(...detailControls(view));
  return blocks;
}

/** The actions block with the "Download program list (CSV)" button for the plan stored under `key`. */
export function planDownloadBlock(key: string): types.ActionsBlock {
  return { type: 'actions', block_id: 'ma_plan_actions', elements: [button(PLAN_CSV, 'Download program list (CSV)', key)] };
}

/** The plan view as one or more messages, each within 50 blocks and the character budget. */
export function renderPlanMessages(plan: Plan, opts: { downloadKey?: string; view?: PlanView } = {}): SlackMessage[] {
  const pages = paginate(planBlocks(plan, opts));
  return pages.map((blocks, i) => ({
    text: pages.length > 1 ? `Your residency plan (part ${i + 1} of ${pages.length})` : 'Your residency plan',
    blocks,
  }));
}
