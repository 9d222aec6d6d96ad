// Render side for plans: each plan view as embeds within Discord's limits, with buttons and selects for the details.
import { escapeMarkdown as escapeAll, type APIEmbed } from 'discord.js';
import type { PlanView } from '../../src/domain/io.js';
import type { Plan } from '../../src/domain/plan.js';
import { renderPlanCsv } from '../../src/render/plan-text.js';
import type { PlanScreen, ScreenLine } from '../../src/render/plan-screen.js';
import { PLAN_FILES, planScreen } from '../../src/render/plan-views.js';
import { LIMITS, splitText, truncate } from './limits.js';
import { embedLength, type OutMessage } from './out-message.js';
import { planRows } from './plan-components.js';

/** The name of the attached program list. */
export const PLAN_CSV_NAME = PLAN_FILES.csv;
/** The name of the attached chart. */
export const PLAN_CHART_NAME = PLAN_FILES.chart;

const COLOR = 0x2b6cb0;

/** Escapes Discord markdown (including headings, lists and masked links) so data texts show literally. */
export function escapeMarkdown(text: string): string {
  return escapeAll(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
}

function lineMarkdown(l: ScreenLine, n: number): string {
  const lead = l.lead ? `**${escapeMarkdown(l.lead)}** ` : '';
  const text = escapeMarkdown(l.text);
  switch (l.kind) {
    case 'plain': return `${lead}${text}`;
    case 'item': return `• ${lead}${text}`;
    case 'warning': return `⚠️ ${text}`;
    case 'step': return l.lead ? `**${n}. ${escapeMarkdown(l.lead)}**\n${text}` : `**${n}.** ${text}`;
  }
}

/** A screen as markdown paragraphs, one per section. */
function screenMarkdown(screen: PlanScreen): string {
  return screen.sections.map((s) => {
    let n = 0;
    const lines = s.lines.map((l) => lineMarkdown(l, l.kind === 'step' ? ++n : n));
    return [...(s.heading ? [`__**${escapeMarkdown(s.heading)}**__`] : []), ...lines].join('\n');
  }).join('\n\n');
}

/** A screen as embeds of the same title, each description within its limit; the footer goes on the last. */
function screenEmbeds(screen: PlanScreen): APIEmbed[] {
  const pieces = splitText(screenMarkdown(screen), LIMITS.embedDescription - 96);
  return pieces.map((description, i) => ({
    title: truncate(i === 0 ? screen.title : `${screen.title} (continued)`, LIMITS.embedTitle),
    color: COLOR,
    description,
    ...(i === pieces.length - 1 && screen.footer ? { footer: { text: truncate(screen.footer, LIMITS.footer) } } : {}),
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

/**
 * A plan view as messages: its embeds in order, the detail buttons and selects under the last, the CSV on the
 * first (first screen and csv), and for the chart a marker that the delivery side turns into the PNG.
 */
export function renderPlan(plan: Plan, view: PlanView = { kind: 'summary' }): OutMessage[] {
  const screen = planScreen(plan, view);
  const messages: OutMessage[] = packEmbeds(screenEmbeds(screen)).map((group) => ({ embeds: group }));
  const first = messages[0]!;
  const last = messages[messages.length - 1]!;
  const rows = planRows(plan, view);
  if (rows.length) last.components = rows;
  if ((view.kind === 'summary' || view.kind === 'csv') && planProgramCount(plan) > 0) {
    first.files = [{ name: PLAN_CSV_NAME, data: Buffer.from(renderPlanCsv(plan), 'utf8'), description: 'Your full program list' }];
  }
  if (view.kind === 'chart') {
    first.chart = plan;
    first.embeds![0] = { ...first.embeds![0]!, image: { url: `attachment://${PLAN_CHART_NAME}` } };
  }
  return messages;
}
