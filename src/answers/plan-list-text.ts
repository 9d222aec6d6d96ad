// The plan's list and one program's tier in words: which programs stand where for this asker, and why a named one
// is a reach, target or safety, unverified or closed (with the table's own notes and the Step 2 CK comparison).
import type { Plan, PlannedProgram, Tier } from '../domain/plan.js';
import type { Profile, Region, Specialty } from '../domain/profile.js';
import { capitalize } from '../domain/capitalize.js';
import type { PlanKb } from '../plan/build-plan.js';
import type { Program } from '../knowledge/import/program-schema.js';
import type { NationalProgram } from '../knowledge/import/national-schema.js';
import { specialtyLabel } from '../plan/specialty-info.js';
import { primaryFirst } from '../plan/source-kind.js';
import { regionsNamed } from './plan-questions.js';
import { joinedTable, programsNamed } from './program-names.js';
import { ambiguousNames } from './plan-named.js';
import { asksTakesImgs, takesImgsText } from './takes-imgs.js';
import { oneSystem, systemText } from './program-system.js';
import { SPECIALTY_WORDS } from './plan-applications.js';
import { reachOnlyLine } from './list-widen.js';

const EMPTY: readonly NationalProgram[] = [];

const TIERS: readonly Tier[] = ['reach', 'target', 'safety'];

function tierOf(plan: Plan, p: PlannedProgram): Tier | 'unverified' | 'excluded' {
  return TIERS.find((t) => plan.tiers[t].includes(p)) ?? ((plan.unverified ?? []).includes(p) ? 'unverified' : 'excluded');
}

/** The applicant's Step 2 CK against matched non-US IMGs in the program's specialty, said only when it argues for the tier. */
function scoreReason(plan: Plan, p: PlannedProgram, tier: Tier | 'unverified' | 'excluded'): string[] {
  const b = plan.standing?.find((s) => s.specialty === p.specialty)?.step2ck;
  const mine = b?.applicant;
  if (!b || mine === undefined || b.matched.median === undefined) return [];
  // the median first: the comparison is with it, so a score equal to the mean never reads 'below the mean'
  const ref = `median ${b.matched.median}${b.matched.mean !== undefined ? ` (mean ${b.matched.mean})` : ''} for non-US IMGs who matched in ${specialtyLabel(p.specialty)} (${b.year}, NRMP Charting Outcomes)`;
  if (tier === 'reach' && mine < b.matched.median) return [`- your Step 2 CK ${mine} is below the ${ref}, and selective programs draw from the top of that range`];
  if ((tier === 'target' || tier === 'safety') && mine >= (b.matched.q1 ?? b.matched.median)) return [`- your Step 2 CK ${mine} is inside the range of those who matched (${ref})`];
  // unverified: the comparison is what is known about the score, whichever way it points
  if (tier === 'unverified') return [`- your Step 2 CK ${mine} is ${mine < b.matched.median ? 'below' : 'at or above'} the ${ref}`];
  return [];
}

const VISA_WORDS: Readonly<Record<string, string>> = { needs_j1: 'a J-1', needs_h1b: 'an H-1B', either: 'a J-1 or an H-1B' };

/** A "source note" quoted from the program table, with its truncated address replaced by the site and year in words. */
function noteInWords(item: string, program: Program | undefined): string {
  if (!item.startsWith('source note: ')) return item;
  const own = program ? primaryFirst(program.sourceUrls) : undefined;
  const site = own ? new URL(own).hostname.replace(/^www\./, '') : undefined;
  const when = program?.asOf ? `as of ${program.asOf}` : 'year not stated';
  const quote = item.slice('source note: '.length)
    .replace(/\s*\((?:[a-z0-9-]+\.)+(?:edu|org|com|gov|net|us)\b[^)]*\)/gi, '')
    .replace(/\.{2,}\s*$/, '.').trim();
  return `what the program's own page says (${site ? `${site}, ` : ''}${when}): ${quote}`;
}

/** The opening line for a program in the unverified group: not a tier yet, why, and what it would be once checked. */
function unverifiedHead(p: PlannedProgram, profile: Profile): string {
  const visa = VISA_WORDS[profile.visa ?? ''] ?? 'your visa';
  // the honest ceiling first: what it would be at best, and that the visa is checked before anything else
  const ceiling = p.ifVerified ? `${p.name} is at best a ${p.ifVerified} for you, and only if it takes ${visa}: check that first. ` : '';
  // a source that says it takes the visa but is contradicted by its sponsor's other programs is not "no source"
  const why = p.evidence?.basisCode?.code === 'sponsor.route_contradicted' ? `${p.evidence.basis}` : `no source we hold says whether it takes ${visa}`;
  return `${ceiling}${ceiling ? 'It' : p.name} is not a reach, target or safety yet: it is in your "check first" group because ${why}.`;
}

/** "why is kaiser a reach?" asks for one program's own reasons: with a shared name, which one is asked back. */
const ASKS_WHY = /\bwhy\b/i;

/** Why a program the question names stands where it does in the plan (or which one is meant, or the list's shape). */
export function tierText(plan: Plan, kb: PlanKb, question: string, specialties: readonly Specialty[], profile: Profile, found: readonly PlannedProgram[]): string {
  const several = ambiguousNames(found);
  // "does Kaiser take IMGs?": every program the name fits, each with where it stands for the asker
  if (several.length && asksTakesImgs(question)) return takesImgsText(plan, found);
  // "and Kaiser?", "chances at Kaiser?": each site of one hospital system on the plan, with its standing and visa fact
  if (several.length && oneSystem(several) && !ASKS_WHY.test(question)) return systemText(plan, kb.programs, found, profile);
  if (several.length) {
    const shown = several.slice(0, 6);
    return [`That name fits ${several.length} programs on your plan. Which one do you mean?`, ...shown.map((n) => `- ${n}`),
      ...(several.length > shown.length ? [`- and ${several.length - shown.length} more`] : []),
      'Ask again with the place in it (for example "why is <name> (<city>) a reach?").'].join('\n');
  }
  const p = found[0];
  if (p) {
    const tier = tierOf(plan, p);
    const head = tier === 'excluded' ? `${p.name} is not on your list: it is closed to you.`
      : tier === 'unverified' ? unverifiedHead(p, profile)
        : `${p.name} is a ${tier} in your plan.`;
    const row = kb.programs.find((x) => x.id === p.id);
    const reasons = p.reasons.filter((r) => tier !== 'unverified' || !/^unverified:/.test(r));
    const checks = p.verify.map((v) => noteInWords(v, row));
    return [head, tier === 'unverified' ? 'What we know:' : 'Why:', ...scoreReason(plan, p, tier), ...reasons.map((r) => `- ${r}`), ...(checks.length ? ['To check:', ...checks.map((c) => `- ${c}`)] : [])].join('\n');
  }
  // a program of another specialty ("why is CHLA a reach?" from an internal medicine applicant): say so, not "which one?"
  const rowOf = (id: string) => kb.programs.find((x) => x.id === id) ?? kb.national?.find((x) => x.acgmeId === id);
  const rows = programsNamed(joinedTable(kb.programs, kb.national ?? EMPTY), question).map((x) => rowOf(x.id)).filter((x) => x !== undefined);
  // one of the asker's specialties but not on the plan: outside the regions chosen ("why is UCSD a reach?" from an LA-only applicant)
  const mine = rows.find((x) => specialties.includes(x.specialty));
  const chosenRegions = (profile.regions ?? []).filter((r): r is Exclude<Region, 'anywhere'> => r !== 'anywhere');
  if (mine && chosenRegions.length && chosenRegions.length === profile.regions?.length && !(chosenRegions as string[]).includes(mine.region)) {
    const chosen = ` (you chose ${regionWords(chosenRegions)})`;
    return `${mine.name} (${mine.city}) is in our tables but not on your plan: it lies outside the regions your plan covers${chosen}. To see where it would stand, add its region (for example "add San Diego to my regions").`;
  }
  const row = rows[0];
  if (row && !specialties.includes(row.specialty)) {
    return `${row.name} (${row.city}) trains ${specialtyLabel(row.specialty)} residents in our tables, and your plan covers ${specialties.map(specialtyLabel).join(' and ')}, so it is not on your list. If you mean another program, name it with its city.`;
  }
  const counts = TIERS.map((t) => `${plan.tiers[t].length} ${t}`).join(', ');
  const reach = plan.tiers.reach[0];
  return [
    `I could not tell which program you mean, so here is the shape of your list: ${counts}, and ${plan.excluded.length} closed to you.`,
    ...(reach ? [`For example, ${reach.name} is a reach because:`, ...reach.reasons.map((r) => `- ${r}`)] : []),
    'Name the program (for example "why is <program name> a reach?") and I will give its own reasons.',
  ].join('\n');
}

/** Why a list filtered by what the question names is empty: a specialty or a region the plan was not built for is
 *  named as such (and how to add it), never read as "nothing open to you"; else what the table holds there. */
function emptyFilter(plan: Plan, named: readonly Specialty[], regions: readonly Region[] | undefined): string {
  const these = `${named.length ? `${named.map((x) => specialtyLabel(x)).join(' and ')} ` : ''}programs${regions ? ` in ${regionWords(regions)}` : ''}`;
  const profile = plan.profile;
  const covered = [profile.specialty?.primary, profile.specialty?.backup].filter((x): x is Specialty => !!x);
  const notCovered = named.filter((x) => !covered.includes(x));
  const chosen = profile.regions ?? [];
  const outside = chosen.includes('anywhere') ? [] : (regions ?? []).filter((r) => !chosen.includes(r));
  const gaps = [
    ...(notCovered.length ? [`${notCovered.map((x) => specialtyLabel(x)).join(' and ')} is not a specialty your plan covers (you saved ${covered.map((x) => specialtyLabel(x)).join(' and ') || 'none'})`] : []),
    ...(outside.length ? [`${regionWords(outside)} is not a region you chose (you saved ${regionWords(chosen.filter((r): r is Exclude<Region, 'anywhere'> => r !== 'anywhere')) || 'none'})`] : []),
  ];
  const what = [notCovered.length ? 'that specialty' : '', outside.length ? 'that region' : ''].filter(Boolean).join(' and ');
  if (gaps.length) return `Your plan has no ${these} because ${gaps.join(', and ')}. Tell me if you want ${what} in your plan, and I will sort its programs into reach, target and safety.`;
  return `Your plan has no reach, target or safety ${these}: those in the program table there are closed to you or need checking first. Type "plan" for the whole list with reasons.`;
}

/** The plan's list, only the regions and specialties the question names when it names any (exact filters). */
export function listText(plan: Plan, question: string): string {
  const lines: string[] = [];
  const regions = regionsNamed(question);
  const named = SPECIALTY_WORDS.filter(([re]) => re.test(question)).map(([, sp]) => sp);
  const keep = (p: PlannedProgram) => (!regions || (regions as string[]).includes(p.region)) && (!named.length || named.includes(p.specialty));
  if (regions || named.length) {
    const all = TIERS.flatMap((t) => plan.tiers[t]).filter(keep);
    const where = [named.map((x) => specialtyLabel(x)).join(' and '), regions ? `in ${regionWords(regions)}` : ''].filter(Boolean).join(' programs ');
    if (!all.length) return emptyFilter(plan, named, regions);
    lines.push(`Only ${where || 'what you named'}, from your plan:`);
  }
  for (const t of TIERS) {
    const ps = plan.tiers[t].filter(keep);
    lines.push(`${capitalize(t)} (${ps.length}): ${ps.slice(0, 5).map((p) => p.name).join('; ') || 'none'}${ps.length > 5 ? '; …' : ''}`);
  }
  // reaches only: the score that makes them so, and to apply beyond them (list-widen.ts)
  const widen = reachOnlyLine(plan, { target: plan.tiers.target.filter(keep).length, safety: plan.tiers.safety.filter(keep).length }, named.length ? named : [plan.profile.specialty?.primary].filter((x): x is Specialty => !!x));
  if (widen) lines.push(widen);
  lines.push(`${plan.excluded.length} programs are closed to you (visa, graduation year or other stated limits). Type "plan" for the whole list with reasons.`);
  return lines.join('\n');
}

const REGION_WORDS: Readonly<Record<string, string>> = { la_county: 'LA County', orange_county: 'Orange County', san_diego: 'San Diego', inland_empire: 'the Inland Empire', rest_of_california: 'the rest of California' };

/** Regions in the words a reply uses. */
function regionWords(regions: readonly Region[]): string {
  return regions.map((r) => REGION_WORDS[r] ?? r).join(', ');
}
