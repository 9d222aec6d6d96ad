// Render side for plans: summary, next steps and caveats as embeds split within Discord's limits, plus the CSV.
import { escapeMarkdown as escapeAll, type APIEmbed } from 'discord.js';
import type { NextStep, Plan, PlannedProgram } from '../../src/domain/plan.js';
import { LIMITS, splitText, truncate } from './limits.js';
import { embedLength, type OutMessage } from './out-message.js';
import { renderPlanCsv } from '../../src/knowledge/plan/render-plan-text.js';

/** The name of the attached program list. */
export const PLAN_CSV_NAME = 'match-plan.csv';

const COLOR = 0x2b6cb0;
const TIER_FIELD_BUDGET = 900;
const SUMMARY_DESCRIPTION_BUDGET = 1900; // the applications paragraph; with four fields of at most ~950 characters the summary stays under 6,000

/** Escapes Discord markdown (including headings, lists and masked links) so data texts show literally. */
export function escapeMarkdown(text: string): string {
  return escapeAll(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
}

function programList(programs: PlannedProgram[], hasCsv: boolean): string {
  if (programs.length === 0) return 'None for this profile.';
  const lines: string[] = [];
  let used = 0;
  for (const [i, p] of programs.entries()) {
    const line = `• **${escapeMarkdown(p.name)}** — ${escapeMarkdown(p.city)} (${p.band})`;
    const more = `…and ${programs.length - i} more${hasCsv ? ` in ${PLAN_CSV_NAME}` : ''}`;
    if (used + line.length + 1 + more.length > TIER_FIELD_BUDGET) { lines.push(more); break; }
    lines.push(line);
    used += line.length + 1;
  }
  return truncate(lines.join('\n'), LIMITS.fieldValue);
}

function summaryEmbed(plan: Plan, hasCsv: boolean): APIEmbed {
  const a = plan.applications;
  const fields = [
    { name: `Reach (${plan.tiers.reach.length})`, value: programList(plan.tiers.reach, hasCsv) },
    { name: `Target (${plan.tiers.target.length})`, value: programList(plan.tiers.target, hasCsv) },
    { name: `Safety (${plan.tiers.safety.length})`, value: programList(plan.tiers.safety, hasCsv) },
  ];
  if (plan.excluded.length) fields.push({ name: `Not a fit now (${plan.excluded.length})`, value: programList(plan.excluded, hasCsv) });
  return {
    title: 'Your residency application plan',
    color: COLOR,
    description: truncate(`**Apply to about ${a.min}–${a.max} programs.** ${escapeMarkdown(a.why)}`, SUMMARY_DESCRIPTION_BUDGET),
    fields,
    ...(hasCsv ? { footer: { text: `Every program with its reasons and what to verify: ${PLAN_CSV_NAME}` } } : {}),
  };
}

/** Warnings and signalling advice in embeds of their own, split rather than cut, so nothing is lost. */
function readFirstEmbeds(plan: Plan): APIEmbed[] {
  const parts = (plan.warnings ?? []).map((w) => `⚠️ ${escapeMarkdown(w)}`);
  if (plan.signaling) parts.push(`**Signaling:** ${escapeMarkdown(plan.signaling)}`);
  return parts.length ? textEmbeds('Read first', parts.join('\n\n')) : [];
}

const stepLine = (s: NextStep, n: number) => `**${n}. ${escapeMarkdown(s.title)}**\n${escapeMarkdown(s.detail)}`;

/** Long text as one or more embeds with the same title, each description within the limit. */
function textEmbeds(title: string, text: string): APIEmbed[] {
  return splitText(text, LIMITS.embedDescription).map((description, i) => ({
    title: truncate(i === 0 ? title : `${title} (continued)`, LIMITS.embedTitle),
    color: COLOR,
    description,
  }));
}

/** Packs embeds into messages of at most 10 embeds and 6,000 characters each. */
export function packEmbeds(embeds: APIEmbed[]): APIEmbed[][] {
  const groups: APIEmbed[][] = [];
  let group: APIEmbed[] = [];
  let size = 0;
  for (const e of embeds) {
    const n = embedLength(e);
    if (group.length && (group.length === LIMITS.embedsPerMessage || size + n > LIMITS.embedTotal)) {
      groups.push(group);
      group = [];
      size = 0;
    }
    group.push(e);
    size += n;
  }
  if (group.length) groups.push(group);
  return groups;
}

/** How many programs the plan names (all tiers and the excluded ones). */
export function planProgramCount(plan: Plan): number {
  return plan.tiers.reach.length + plan.tiers.target.length + plan.tiers.safety.length + plan.excluded.length;
}

/** The plan as messages: embeds in order, with the full program list attached to the first as CSV. */
export function renderPlan(plan: Plan): OutMessage[] {
  const hasCsv = planProgramCount(plan) > 0;
  const steps = [...plan.nextSteps].sort((a, b) => a.priority - b.priority);
  const embeds = [
    summaryEmbed(plan, hasCsv),
    ...readFirstEmbeds(plan),
    ...(steps.length ? textEmbeds('Next steps', steps.map((s, i) => stepLine(s, i + 1)).join('\n\n')) : []),
    ...(plan.caveats.length ? textEmbeds('Keep in mind', plan.caveats.map((c) => `• ${escapeMarkdown(c)}`).join('\n')) : []),
  ];
  const messages: OutMessage[] = packEmbeds(embeds).map((group) => ({ embeds: group }));
  if (hasCsv && messages[0]) messages[0].files = [{ name: PLAN_CSV_NAME, data: Buffer.from(renderPlanCsv(plan), 'utf8'), description: 'Your full program list' }];
  return messages;
}
