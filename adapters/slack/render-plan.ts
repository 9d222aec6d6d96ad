// A plan as Block Kit: tiers, programs, next steps and caveats, paginated within Slack's message limits.
import type { types } from '@slack/bolt';
import type { PlannedProgram, Plan, Tier } from '../../src/domain/plan.js';
import type { Specialty } from '../../src/domain/profile.js';
import { SPECIALTY_NAMES } from '../../src/domain/specialty-names.js';
import { PLAN_CSV } from './action-ids.js';
import { button, context, divider, header, LIMITS, mrkdwnSection, packEntries, paginate, type Block, type SlackMessage } from './blocks.js';
import { escapeMrkdwn as esc } from './slack-text.js';

const TIER_TITLES: Record<Tier, string> = {
  reach: 'Reach: worth a try, odds against you',
  target: 'Target: a realistic fit',
  safety: 'Safety: your most likely interviews',
};

/** Items present in every list, in the order of the first. */
function common(lists: string[][]): string[] {
  const [first, ...rest] = lists;
  return (first ?? []).filter((x) => rest.every((l) => l.includes(x)));
}

/** What is said once for the whole plan instead of under every program: shared reasons per specialty, shared checks. */
interface Shared { reasons: Map<string, string[]>; verify: string[] }

function sharedOf(programs: PlannedProgram[]): Shared {
  const reasons = new Map<string, string[]>();
  for (const spec of new Set(programs.map((p) => p.specialty))) {
    const same = programs.filter((p) => p.specialty === spec);
    reasons.set(spec, same.length > 1 ? common(same.map((p) => p.reasons)) : []);
  }
  return { reasons, verify: programs.length > 1 ? common(programs.map((p) => p.verify)) : [] };
}

function programEntry(p: PlannedProgram, shared: Shared): string {
  const reasons = p.reasons.filter((r) => !(shared.reasons.get(p.specialty) ?? []).includes(r));
  const verify = p.verify.filter((v) => !shared.verify.includes(v));
  const lines = [`*${esc(p.name.trim())}* · ${esc(p.city.trim() || 'city not given')} · ${esc(p.band)}`];
  if (reasons.length) lines.push(esc(reasons.join('; ')));
  if (verify.length) lines.push(`_Check: ${esc(verify.join('; '))}_`);
  return lines.join('\n');
}

function tierBlocks(title: string, programs: PlannedProgram[], shared: Shared): Block[] {
  const blocks: Block[] = [mrkdwnSection(`*${esc(title)}* (${programs.length})${programs.length ? '' : '\n_None in our table._'}`)];
  for (const text of packEntries(programs.map((p) => programEntry(p, shared)), 2800, '\n\n')) blocks.push(mrkdwnSection(text));
  return blocks;
}

function sharedBlocks(shared: Shared): Block[] {
  const lines: string[] = [];
  for (const [spec, reasons] of shared.reasons) {
    if (reasons.length) lines.push(`*About you in ${SPECIALTY_NAMES[spec as Specialty] ?? spec}:* ${esc(reasons.join('; '))}.`);
  }
  if (shared.verify.length) lines.push(`*Check at every program below:* ${esc(shared.verify.join('; '))}.`);
  return packEntries(lines).map(mrkdwnSection);
}

/** Every block of a plan, unpaginated; `downloadKey` adds a "Download as CSV" button carrying that key. */
export function planBlocks(plan: Plan, opts: { downloadKey?: string } = {}): Block[] {
  const specialty = plan.profile.specialty ? SPECIALTY_NAMES[plan.profile.specialty.primary] : 'your specialty';
  const blocks: Block[] = [
    header(`Your residency plan: ${specialty}`),
    mrkdwnSection(`Apply to about *${plan.applications.min}–${plan.applications.max}* programs. ${esc(plan.applications.why)}`),
  ];
  for (const w of plan.warnings ?? []) blocks.push(mrkdwnSection(`:warning: ${esc(w)}`));
  if (plan.signaling) blocks.push(mrkdwnSection(`*Signaling:* ${esc(plan.signaling)}`));
  const tiers: Tier[] = ['reach', 'target', 'safety'];
  const listed = tiers.flatMap((t) => plan.tiers[t]);
  if (listed.length) {
    const shared = sharedOf(listed);
    blocks.push(divider(), ...sharedBlocks(shared), ...tiers.flatMap((t) => tierBlocks(TIER_TITLES[t], plan.tiers[t], shared)));
  } else {
    blocks.push(mrkdwnSection('_No program in our table matches this profile yet._'));
  }
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
  if (opts.downloadKey) blocks.push(planDownloadBlock(opts.downloadKey));
  return blocks;
}

/** The actions block with the "Download program list (CSV)" button for the plan stored under `key`. */
export function planDownloadBlock(key: string): types.ActionsBlock {
  return { type: 'actions', block_id: 'ma_plan_actions', elements: [button(PLAN_CSV, 'Download program list (CSV)', key)] };
}

/** The plan as one or more messages, each within 50 blocks and the character budget. */
export function renderPlanMessages(plan: Plan, opts: { downloadKey?: string } = {}): SlackMessage[] {
  const pages = paginate(planBlocks(plan, opts));
  return pages.map((blocks, i) => ({
    text: pages.length > 1 ? `Your residency plan (part ${i + 1} of ${pages.length})` : 'Your residency plan',
    blocks,
  }));
}
