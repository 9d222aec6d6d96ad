// "and Kaiser?", "chances at Kaiser?": a name several programs of one system share is answered for each of them on the
// asker's plan (those in the regions chosen first), each with where it stands and its stated visa fact with the
// source's site and year, instead of asking back which one: programs of one system decide IMG and visa policy site by site.
import type { Plan, PlannedProgram } from '../domain/plan.js';
import type { Profile } from '../domain/profile.js';
import type { Program } from '../knowledge/import/program-schema.js';
import { specialtyLabel } from '../plan/specialty-info.js';
import { sourceNote } from './program-visa.js';

/** How many of the system's programs are said one by one. */
const SHOWN = 6;

/** Where one program stands for the asker, in a few words. */
function standsFor(plan: Plan, p: PlannedProgram): string {
  const tier = (['reach', 'target', 'safety'] as const).find((t) => plan.tiers[t].includes(p));
  if (tier) return `a ${tier} for you`;
  if ((plan.unverified ?? []).includes(p)) return 'check first, not a tier yet';
  return 'closed to you';
}

/** The row's stated fact for the asker's visa, with its source; nothing for someone who needs no visa. */
function visaFact(row: Program | undefined, profile: Profile): string | undefined {
  const kinds = profile.visa === 'needs_j1' ? ['j1'] : profile.visa === 'needs_h1b' ? ['h1b'] : profile.visa === 'either' ? ['j1', 'h1b'] : [];
  if (!row || !kinds.length) return undefined;
  const said = kinds.map((k) => {
    const label = k === 'j1' ? 'a J-1' : 'an H-1B';
    const fact = k === 'j1' ? row.visaJ1 : row.visaH1b;
    return fact === 'yes' ? `sponsors ${label}` : fact === 'no' ? `does not sponsor ${label}` : `no source says whether it sponsors ${label}`;
  });
  return `${said.join(', ')} (source: ${sourceNote(row)})`;
}

/** Each program the shared name fits on the asker's plan, those in the regions chosen first, with its standing and visa fact. */
export function systemText(plan: Plan, programs: readonly Program[], found: readonly PlannedProgram[], profile: Profile): string {
  const regions = (profile.regions ?? []) as string[];
  const first = found[0]!;
  const same = found.filter((p) => p.specialty === first.specialty);
  const mine = same.filter((p) => regions.includes(p.region));
  const shown = (mine.length ? mine : same).slice(0, SHOWN);
  const rest = same.length - shown.length;
  const lines = shown.map((p) => {
    const fact = visaFact(programs.find((x) => x.id === p.id), profile);
    return `- ${p.name.trim()} (${specialtyLabel(p.specialty)}, ${p.city}): ${standsFor(plan, p)}${fact ? `; ${fact}` : ''}`;
  });
  return [
    `That name fits ${same.length} ${specialtyLabel(first.specialty)} programs on your plan, and programs of one system decide IMG and visa policy site by site. ${mine.length ? 'In the regions you chose:' : 'Each one for you:'}`,
    ...lines,
    ...(rest > 0 ? [`- and ${rest} more elsewhere on your plan`] : []),
    'For one program\'s full reasons, ask "why <name> (<city>)".',
  ].join('\n');
}

/** True when the names are sites of one hospital system: they all open with the same two words ("Kaiser Permanente
 *  ..."), unlike a word several institutions share ("Harbor-UCLA", "UCLA Internal Medicine", "Olive View-UCLA"). */
export function oneSystem(names: readonly string[]): boolean {
  const head = (n: string) => n.toLowerCase().split(/[\s/-]+/).slice(0, 2).join(' ');
  return names.length > 1 && names.every((n) => head(n) === head(names[0]!));
}
