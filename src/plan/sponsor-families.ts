// Health systems whose regions are separate ACGME sponsors (knowledge/plan-figures.json, sponsorFamilies): a region that
// states no visa policy is judged by what its sister regions state. Only ever closes a program to visa seekers, never opens one.
import type { PlanFigures } from '../knowledge/plan-figures.js';
import type { PlanProgram } from './program-index.js';
import { reason, say } from './words.en.js';

type Family = NonNullable<PlanFigures['sponsorFamilies']>['families'][number];

/** The program's own statement declines both routes (a sponsor-wide "no visas" counts when it is its own, not derived). */
const ownNone = (p: PlanProgram) => (p.visaJ1 === 'no' && p.visaH1b === 'no') || (p.sponsorNoVisas === 'yes' && !p.sponsorNoVisasVia && p.visaJ1 !== 'yes' && p.visaH1b !== 'yes');
/** The program states anything of its own about visas. */
const ownStated = (p: PlanProgram) => p.visaJ1 !== 'unknown' || p.visaH1b !== 'unknown' || (p.sponsorNoVisas === 'yes' && !p.sponsorNoVisasVia);
/** Nothing at all is known of the program's visas: no statement of its own and nothing derived from its own sponsor. */
const silent = (p: PlanProgram) => p.visaJ1 === 'unknown' && p.visaH1b === 'unknown' && p.sponsorNoVisas !== 'yes' && !p.sponsorNoRouteVia;

/** The sponsoring part of a program's name (before the first slash), lowercased. */
const sponsorPart = (p: PlanProgram) => p.name.toLowerCase().split('/')[0]!.trim();

/**
 * For each family: when at least two of its programs state a visa policy, every one declines both routes and none takes
 * either, the family's silent programs under another sponsor get `familyNoVisasVia` (said with the stating region and
 * the family's reason); visa seekers do not see them offered. A program that states anything keeps its own word.
 */
export function propagateFamilyFacts(all: readonly PlanProgram[], figures: PlanFigures, sponsorKey: (p: PlanProgram) => string): void {
  for (const f of figures.sponsorFamilies?.families ?? []) applyFamily(all.filter((p) => f.states.includes(p.state) && sponsorPart(p).startsWith(f.sponsorPrefix)), f, sponsorKey);
}

function applyFamily(members: readonly PlanProgram[], f: Family, sponsorKey: (p: PlanProgram) => string): void {
  const stated = members.filter(ownStated);
  if (stated.length < 2 || !stated.every(ownNone)) return;
  const stating = new Set(stated.map(sponsorKey));
  const src = stated[0]!;
  const sibling = src.name.split('/')[0]!.replace(/\([^)]*\)/g, ' ').replace(/\bprogram\b/gi, ' ').replace(/\s+/g, ' ').trim();
  const via = reason('sponsor.family_states_no_visas', { family: f.name, sibling, stated: stated.length });
  for (const p of members) {
    if (!silent(p) || stating.has(sponsorKey(p))) continue;
    p.familyNoVisasVia = via;
    p.facts.push({ label: 'health-system visa fact (derived)', value: `${say(via)}. ${f.why}`, ...(src.facts[0]?.source ? { source: src.facts[0].source } : {}), ...(src.asOf ? { asOf: String(src.asOf) } : {}) });
    p.plain = false;
  }
}
