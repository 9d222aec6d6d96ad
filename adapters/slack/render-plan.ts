// A plan as Block Kit: tiers, programs, next steps and caveats, paginated within Slack's message limits.
import type { types } from '@slack/bolt';
import type { PlannedProgram, Plan, Tier } from '../../src/domain/plan.js';
import { specialtyLabel } from '../../src/knowledge/plan/specialty-info.js';
import { PLAN_CSV } from './action-ids.js';
import { button, context, divider, header, LIMITS, mrkdwnSection, packEntries, paginate, type Block, type SlackMessage } from './blocks.js';
import { escapeMrkdwn as esc } from './slack-text.js';

const TIER_TITLES: Record<Tier, string> = {
  reach: 'Reach: worth a try, odds against you',
  target: 'Target: a realistic fit',
  safety: 'Safety: your most likely interviews',
};

function programEntry(p: PlannedProgram): string {
  const lines = [`*${esc(p.name)}* · ${esc(p.city)} · ${esc(p.band)}`];
  if (p.reasons.length) lines.push(esc(p.reasons.join('; ')));
  if (p.verify.length) lines.push(`_Check before applying: ${esc(p.verify.join('; '))}_`);
  return lines.join('\n');
}

function tierBlocks(title: string, programs: PlannedProgram[]): Block[] {
  if (programs.length === 0) return [];
  const blocks: Block[] = [mrkdwnSection(`*${esc(title)}* (${programs.length})`)];
  for (const text of packEntries(programs.map(programEntry), 2800, '\n\n')) blocks.push(mrkdwnSection(text));
  return blocks;
}

/** Every block of a plan, unpaginated; `downloadKey` adds a "Download as CSV" button carrying that key. */
export function planBlocks(plan: Plan, opts: { downloadKey?: string } = {}): Block[] {
  const specialty = plan.profile.specialty ? specialtyLabel(plan.profile.specialty.primary) : 'your specialty';
  const blocks: Block[] = [
    header(`Your residency plan: ${specialty}`),
    mrkdwnSection(`Apply to about *${plan.applications.min}–${plan.applications.max}* programs. ${esc(plan.applications.why)}`),
  ];
  for (const w of plan.warnings ?? []) blocks.push(mrkdwnSection(`:warning: ${esc(w)}`));
  if (plan.signaling) blocks.push(mrkdwnSection(`*Signaling:* ${esc(plan.signaling)}`));
  const tiers: Tier[] = ['reach', 'target', 'safety'];
  const listed = tiers.flatMap((t) => tierBlocks(TIER_TITLES[t], plan.tiers[t]));
  if (listed.length) blocks.push(divider(), ...listed);
  else blocks.push(mrkdwnSection('_No program in the table matches this profile yet._'));
  if (plan.excluded.length) {
    const entries = plan.excluded.map((p) => `• ${esc(p.name)}: ${esc(p.reasons[0] ?? 'not a fit')}`);
    blocks.push(mrkdwnSection(`*Not a fit right now* (${plan.excluded.length})`));
    for (const text of packEntries(entries)) blocks.push(mrkdwnSection(text));
  }
  if (plan.nextSteps.length) {
    const steps = [...plan.nextSteps].sort((a, b) => a.priority - b.priority);
    blocks.push(divider(), mrkdwnSection('*Next steps*'));
    for (const text of packEntries(steps.map((s, i) => `${i + 1}. *${esc(s.title)}*: ${esc(s.detail)}`))) blocks.push(mrkdwnSection(text));
  }
  for (const text of packEntries(plan.caveats.map(esc), LIMITS.contextText)) blocks.push(context(text));
  if (opts.downloadKey) {
    const actions: types.ActionsBlock = { type: 'actions', block_id: 'ma_plan_actions', elements: [button(PLAN_CSV, 'Download program list (CSV)', opts.downloadKey)] };
    blocks.push(actions);
  }
  return blocks;
}

/** The plan as one or more messages, each within 50 blocks and the character budget. */
export function renderPlanMessages(plan: Plan, opts: { downloadKey?: string } = {}): SlackMessage[] {
  const pages = paginate(planBlocks(plan, opts));
  return pages.map((blocks, i) => ({
    text: pages.length > 1 ? `Your residency plan (part ${i + 1} of ${pages.length})` : 'Your residency plan',
    blocks,
  }));
}
