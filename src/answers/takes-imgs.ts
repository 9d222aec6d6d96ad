// "does Kaiser take IMGs?", "my senior said Kaiser doesn't take IMGs, true?", "is Harbor IMG friendly?": whether a named
// program takes international graduates is answered from the asker's own plan (its tier for them and the facts behind
// it, with what to check on the program's page), never from national match rates or a refusal to guess.
import type { Plan, PlannedProgram } from '../domain/plan.js';
import type { NationalProgram } from '../knowledge/import/national-schema.js';
import { specialtyLabel } from '../plan/specialty-info.js';
import type { PlanKb } from '../plan/build-plan.js';
import { joinedTable, programsNamed } from './program-names.js';

/** Words for international graduates and for taking them ("take", "accept", "interview", "IMG friendly"). */
const IMGS = String.raw`(?:imgs?|fmgs?|international (?:medical )?grad(?:uate)?s?|foreign (?:medical )?grad(?:uate)?s?|non-?us (?:grad(?:uate)?s?|imgs?)|people like me)`;
const TAKES = new RegExp(String.raw`\b(?:take|takes|taking|accept|accepts|interview|interviews|train|trains|consider|considers|hire|hires|open to)\b[^?.!]{0,15}\b${IMGS}\b|\b${IMGS}[- ]?(?:friendly|heavy)\b`, 'i');

/** IMGs from one country or school: a program's private preference, which no table holds (refused elsewhere). */
const BY_ORIGIN = /\b(from [a-z]+|specifically|nationalit\w*|countr\w*)\b/i;

const EMPTY: readonly NationalProgram[] = [];

/** True when the question asks whether a program the tables name takes IMGs. */
export function asksProgramTakesImgs(question: string, kb: PlanKb): boolean {
  if (!TAKES.test(question) || BY_ORIGIN.test(question)) return false;
  return programsNamed(joinedTable(kb.programs, kb.national ?? EMPTY), question).length > 0;
}

/** True when the question asks whether a program takes IMGs (whatever the name). */
export function asksTakesImgs(question: string): boolean {
  return TAKES.test(question);
}

/** Where one program stands for the asker, in a few words: its tier, or why it is closed or not yet judged. */
function standsFor(plan: Plan, p: PlannedProgram): string {
  const tier = (['reach', 'target', 'safety'] as const).find((t) => plan.tiers[t].includes(p));
  if (tier) return `a ${tier} for you`;
  if ((plan.unverified ?? []).includes(p)) return 'check first: no source we hold says whether it takes IMGs like you';
  return `closed to you: ${p.reasons[0] ?? 'a stated rule excludes you'}`;
}

/** "Does Kaiser take IMGs?" when the name fits several programs: each one on the asker's plan with where it stands,
 *  then what decides it (programs of one system set their IMG and visa policy site by site). */
export function takesImgsText(plan: Plan, named: readonly PlannedProgram[]): string {
  const shown = named.slice(0, 8);
  return [
    `That name fits ${named.length} programs on your plan. Programs of one hospital system decide IMG and visa policy site by site, so here is each one for you:`,
    ...shown.map((p) => `- ${p.name.trim()} (${specialtyLabel(p.specialty)}, ${p.city}): ${standsFor(plan, p)}`),
    ...(named.length > shown.length ? [`- and ${named.length - shown.length} more`] : []),
    'A rumour that a system "takes no IMGs" is checked on each program\'s own GME page (its current residents\' medical schools and its visa line); "why <name> (<city>)" gives one program\'s reasons.',
  ].join('\n');
}
