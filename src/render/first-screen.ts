// The plan's first screen: where you stand, what to do first, how many programs and the cost, the list's shape, key warnings.
import { usd } from '../domain/money.js';
import { countRange } from '../domain/count-range.js';
import { FIRST_STEPS_MAX, type NextStep, type Plan, type Standing } from '../domain/plan.js';
import { applicationsIn } from '../domain/profile.js';
import { notThisCycleHeadline } from '../plan/warning-words.en.js';
import { budgetLine } from './budget-line.js';
import { BANDS, DETAIL_COMMANDS, firstSentence, shapeOf, specialtyName, TIERS, type PlanScreen, type ScreenLine, type ScreenSection } from './plan-screen.js';

/** At most this many key warnings are shown (first steps: FIRST_STEPS_MAX, from the domain). */
const KEY_WARNINGS_MAX = 2;
/** Longest standing line or warning on the first screen, lead included (two terminal lines); the full text is in "steps". */
const LINE_MAX = 144;

/** "2026 season" from "2026" or "2026 ERAS season". */
export function seasonOf(season: string): string {
  return /season/i.test(season) ? season : `${season} season`;
}

/** The steps to do first: the plan's own ranked choice, or else its highest-priority next steps. */
function firstStepsOf(plan: Plan): NextStep[] {
  const chosen = plan.firstSteps?.length ? plan.firstSteps : [...plan.nextSteps].sort((a, b) => a.priority - b.priority);
  return chosen.slice(0, FIRST_STEPS_MAX);
}

/** The one or two warnings that change the strategy: the plan's choice, or else its first warnings (a regions-hold-few
 *  warning is left out where the count line already says that constraint). */
export function keyWarningsOf(plan: Plan): string[] {
  const said = regionLimit(plan) !== undefined;
  const key = plan.keyWarnings?.length ? plan.keyWarnings.filter((_, i) => !(said && plan.keyWarningCodes?.[i]?.code === 'warning.regions_hold_few')) : plan.warnings ?? [];
  return key.slice(0, KEY_WARNINGS_MAX);
}

function standingLine(s: Standing): ScreenLine {
  const name = specialtyName(s.specialty);
  const lead = `${name}${s.role === 'primary' ? '' : ` (${s.role})`}:`;
  // the line may already name the specialty ("Internal medicine: borderline (46/100) — ..."): say it once
  const own = s.line.trim().replace(new RegExp(`^${name.replace(/[()]/g, '\\$&')}\\s*:\\s*`, 'i'), '');
  const text = own.toLowerCase().startsWith(s.level) ? own : `${s.level}: ${own}`;
  return { kind: 'item', lead, text: firstSentence(text, LINE_MAX - lead.length, false) };
}

function standingSection(plan: Plan): ScreenSection {
  if (plan.standing?.length) return { heading: 'Where you stand', lines: plan.standing.map(standingLine) };
  const spec = plan.profile.specialty;
  const names = spec ? [spec.primary, ...(spec.backup ? [spec.backup] : [])].map(specialtyName).join(', ') : 'your specialty';
  return { heading: 'Where you stand', lines: [{ kind: 'item', lead: names, text: 'this plan carries no strength estimate; see "steps" for why it asks for this many applications.' }] };
}

/** The specialty carrying the full list when the applicant's regions hold fewer open programs than its count. */
function regionLimit(plan: Plan): { n: number; specialty: string; range: string } | undefined {
  const per = plan.applications.perSpecialty ?? [];
  const full = per.reduce<(typeof per)[number] | undefined>((best, c) => (!best || c.max > best.max ? c : best), undefined);
  if (!full || full.inRegions === undefined) return undefined;
  return { n: full.inRegions, specialty: specialtyName(full.specialty).toLowerCase(), range: countRange(full.min, full.max) };
}

/** The ways past a list the regions cannot fill: wider regions, a J-1 for an H-1B-only file, the next season. */
function tradeOffs(plan: Plan): string {
  return `widen them${plan.profile.visa === 'needs_h1b' ? ', accept a J-1 (far more programs take it)' : ''} or wait a season`;
}

function applicationsLine(plan: Plan): ScreenLine {
  const a = plan.applications;
  const limit = regionLimit(plan);
  const held = (n: number, s: string) => `${n} ${s} program${n === 1 ? '' : 's'}`;
  const per = a.perSpecialty && a.perSpecialty.length > 1 ? ` (${a.perSpecialty.map((c) => `${specialtyName(c.specialty)} ${countRange(c.min, c.max)}`).join(', ')})` : '';
  const year = a.cost ? /\d{4}/.exec(a.cost.season)?.[0] : undefined;
  // the fee table's own season; when it is older than the season under way, say so instead of calling it the latest
  const current = a.cost ? /the (\d{4}) season \(open since/.exec(a.cost.source)?.[1] : undefined;
  const cost = a.cost ? `ERAS fees for ${a.cost.programs}: about ${usd(a.cost.usd)} (${year ? `${year}-season fees` : seasonOf(a.cost.season)}${current ? `; ${current}: check aamc.org` : ''}).` : 'Cost: see "steps".';
  // when the plan advises not applying this cycle, the count is only what applying anyway would take
  if (plan.notThisCycle) {
    return { kind: 'plain', lead: `If you apply anyway: ${countRange(a.min, a.max)} programs${per};`, text: a.cost ? `about ${usd(a.cost.usd)} in ${year ? `${year}-season` : a.cost.season} ERAS fees${current ? ` (${current}: check aamc.org)` : ''}.` : 'cost: see "steps".' };
  }
  // applications already in: the count is for adding programs or for a next cycle, not a task for today
  if (applicationsIn(plan.profile)) {
    const n = plan.profile.cycle?.interviews;
    const invites = n !== undefined ? ` with ${n} interview${n === 1 ? '' : 's'} so far` : '';
    // the programs already sent, when told, count toward the full list: what is left is the number to add
    const sent = plan.profile.cycle?.applications;
    if (sent !== undefined) {
      const more = sent >= a.min ? `up to ${a.max - sent}` : `about ${countRange(a.min - sent, a.max - sent)}`;
      const left = sent >= a.max ? `your ${sent} already reach it, so add programs only where you fit best` : `with ${sent} sent, that is ${more} more, added only while invitations still go out`;
      const money = plan.profile.budget !== undefined ? ` ${budgetLine(plan.profile.budget, sent, undefined)}` : '';
      return { kind: 'plain', lead: `Your ${sent} applications are in${invites}.`, text: `A full list for a file like yours would be ${countRange(a.min, a.max)} programs${per}: ${left} (see "steps").${money}` };
    }
    if (limit) return { kind: 'plain', lead: `Your applications are in${invites}.`, text: `A full list for a file like yours would be ${countRange(a.min, a.max)} programs${per}, but your regions hold only ${held(limit.n, limit.specialty)} open to you: to add more, ${tradeOffs(plan)}.` };
    return { kind: 'plain', lead: `Your applications are in${invites}.`, text: `A full list for a file like yours would be ${countRange(a.min, a.max)} programs${per}: add programs now only while invitations still go out (see "steps").` };
  }
  const money = plan.profile.budget !== undefined ? ` ${budgetLine(plan.profile.budget, undefined, a.cost?.usd)}` : '';
  // the regions, not the file, limit the list: said before the count, with the ways past it
  if (limit) return { kind: 'plain', lead: `Your regions hold only ${held(limit.n, limit.specialty)} open to you; your file calls for ${limit.range}${per ? ` (${countRange(a.min, a.max)} in all)` : ''}.`, text: `Apply to ${limit.n === 1 ? 'it' : `all ${limit.n}`}, then ${tradeOffs(plan)}. ${cost}${money}` };
  return { kind: 'plain', lead: `Apply to ${countRange(a.min, a.max)} programs${per}.`, text: `${cost}${money}` };
}

function shapeLines(plan: Plan): ScreenLine[] {
  const shape = shapeOf(plan);
  const count = (tier: (typeof TIERS)[number]) => BANDS.reduce((n, b) => n + shape[b][tier], 0);
  const closed = plan.excluded.length ? `; ${plan.excluded.length} more closed to you` : '';
  const unchecked = plan.unverified?.length ? `; ${plan.unverified.length} unverified` : '';
  const lines: ScreenLine[] = [{ kind: 'plain', lead: 'Your list:', text: `${TIERS.map((t) => `${count(t)} ${t}`).join(' · ')} in our table${closed}${unchecked}` }];
  for (const b of BANDS) {
    const row = shape[b];
    if (row.reach + row.target + row.safety === 0) continue;
    lines.push({ kind: 'item', lead: b, text: TIERS.map((t) => `${row[t]} ${t}`).join(' · ') });
  }
  return lines;
}

/**
 * The first screen: answers "where do I stand and what do I do first" and names the commands for the rest.
 * With `whatIf` (the change, in words) it is titled as a hypothetical plan, so it is never mistaken for the saved one.
 */
export function firstScreen(plan: Plan, whatIf?: string): PlanScreen {
  const spec = plan.profile.specialty;
  const specs = spec ? `${specialtyName(spec.primary)}${spec.backup ? `, backup ${specialtyName(spec.backup)}` : ''}` : '';
  const title = whatIf
    ? `What-if plan (not saved): if ${whatIf}${specs ? ` (${specs})` : ''}`
    : spec ? `Your residency plan: ${specs}` : 'Your residency plan';
  const steps = firstStepsOf(plan);
  const warnings = keyWarningsOf(plan);
  const sections: ScreenSection[] = [
    standingSection(plan),
    ...(plan.notThisCycle ? [{ lines: [{ kind: 'warning' as const, text: notThisCycleHeadline(plan.notThisCycle.whyCode) }] }] : []),
    { heading: 'Do first', lines: steps.length ? steps.map((s) => ({ kind: 'step' as const, text: s.title })) : [{ kind: 'plain', text: 'No step stands out; see "steps".' }] },
    { lines: [applicationsLine(plan), ...shapeLines(plan)] },
  ];
  if (warnings.length) sections.push({ lines: warnings.map((w) => ({ kind: 'warning' as const, text: firstSentence(w, LINE_MAX) })) });
  return { title, sections, footer: `More: ${DETAIL_COMMANDS}` };
}
