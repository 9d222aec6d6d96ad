// Answers "which programs (in a region) sponsor my visa" from the program table: each program's stated
// visa fact with the source's site and as-of year, and how many have no source either way.
import type { Region, Specialty } from '../domain/profile.js';
import { andList } from '../domain/and-list.js';
import type { Program, ProgramRegion } from '../knowledge/import/program-schema.js';
import { specialtyLabel } from '../plan/specialty-info.js';
import { primaryFirst, secondaryKind } from '../plan/source-kind.js';

/** How many programs with a stated "yes" are listed by name before the rest are counted. */
const MAX_LISTED = 8;

const REGION_NAMES: Record<ProgramRegion, string> = {
  la_county: 'LA County', orange_county: 'Orange County', san_diego: 'San Diego', inland_empire: 'the Inland Empire',
  rest_of_california: 'the rest of California',
};

/** The site a source address points at ("www.example.org/x" -> "example.org"), or the address itself. */
function siteOf(url: string): string {
  try { return new URL(url).hostname.replace(/^www\./, ''); } catch { return url; }
}

/** A program row's source site and its as-of year, in words ("kaiserpermanente.org, as of 2019"): the program's own page
 *  before a list gathered by others, which is named as such when it is all there is. */
export function sourceNote(p: Program): string {
  const url = primaryFirst(p.sourceUrls);
  const kind = url ? secondaryKind(url) : undefined;
  const site = url ? (kind ? `${kind} (${siteOf(url)}), a secondary source` : siteOf(url)) : 'no source address';
  return p.asOf ? `${site}, as of ${p.asOf}` : `${site}, undated`;
}

/** Names a list of regions in words ("LA County and Orange County"). */
export function regionWords(regions: readonly Region[]): string {
  const names = regions.filter((r): r is ProgramRegion => r in REGION_NAMES).map((r) => REGION_NAMES[r]);
  if (names.length === 5) return 'California';
  if (names.length === 4 && !regions.includes('rest_of_california')) return 'Southern California';
  return andList(names) || 'California';
}

/** The sponsorship answer for these specialties (none: every specialty), regions and visa kinds, from the program table only. */
export function sponsorAnswer(programs: readonly Program[], specialties: readonly Specialty[], regions: readonly Region[], visas: readonly ('h1b' | 'j1')[]): string {
  const any = specialties.length === 0;
  // two specialties share program names ("University of California (Irvine) Program"): each row then says which
  const named = any || specialties.length > 1;
  const inScope = programs.filter((p) => (any || specialties.includes(p.specialty)) && (regions as readonly string[]).includes(p.region));
  const where = regionWords(regions);
  const what = any ? 'residency' : specialties.map(specialtyLabel).join(' and ');
  if (inScope.length === 0) {
    const labels = visas.map((v) => (v === 'h1b' ? 'H-1B' : 'J-1')).join(' or ');
    const elsewhere = programs.filter((p) => any || specialties.includes(p.specialty)).length;
    return `Our program table has no ${what} programs in ${where}, so I cannot say which sponsor ${labels} there. A program missing from the table is unknown, not closed: check the programs' own pages. ${elsewhere ? `The table has ${elsewhere} ${what} programs elsewhere in California; ask about another region (for example "which SoCal programs sponsor ${labels}?").` : ''}`.trim();
  }
  const lines: string[] = [];
  for (const visa of visas) {
    const label = visa === 'h1b' ? 'H-1B' : 'J-1';
    const fact = (p: Program) => (visa === 'h1b' ? p.visaH1b : p.visaJ1);
    const yes = inScope.filter((p) => fact(p) === 'yes').sort((a, b) => a.name.localeCompare(b.name));
    const no = inScope.filter((p) => fact(p) === 'no').length;
    const unknown = inScope.length - yes.length - no;
    lines.push(yes.length
      ? `${label}: ${yes.length} of the ${inScope.length} ${what} programs in ${where} in our table have a source stating they sponsor it:`
      : `${label}: none of the ${inScope.length} ${what} programs in ${where} in our table has a source stating it sponsors ${label}.`);
    for (const p of yes.slice(0, MAX_LISTED)) lines.push(`- ${p.name} (${named ? `${specialtyLabel(p.specialty)}, ` : ''}${p.city}) — source: ${sourceNote(p)}`);
    if (yes.length > MAX_LISTED) lines.push(`- and ${yes.length - MAX_LISTED} more; type "plan" for your full list.`);
    const rest = [no ? `${no} state that they do not` : '', unknown ? `${unknown} have no source either way (unknown: ask the program)` : ''].filter(Boolean);
    if (rest.length) lines.push(`Of the others, ${rest.join(', and ')}.`);
  }
  lines.push('Visa policies change every cycle: check each program\'s own page for this season before you apply.');
  return lines.join('\n');
}

const FACT_WORDS = { yes: 'yes, a source states it', no: 'no, a source states it does not', unknown: 'unknown (no source either way)' } as const;

/** The stated visa facts of named programs, each with its source site and as-of year. */
export function namedProgramsAnswer(named: readonly Program[], visas: readonly ('h1b' | 'j1')[]): string {
  const lines = ['From our program table:'];
  for (const p of named.slice(0, MAX_LISTED)) {
    const facts = visas.map((v) => `${v === 'h1b' ? 'H-1B' : 'J-1'}: ${FACT_WORDS[v === 'h1b' ? p.visaH1b : p.visaJ1]}`);
    lines.push(`- ${p.name} (${specialtyLabel(p.specialty)}, ${p.city}): ${facts.join('; ')} — source: ${sourceNote(p)}`);
  }
  if (named.length > MAX_LISTED) lines.push(`- and ${named.length - MAX_LISTED} more programs of the same name.`);
  lines.push('Visa policies change every cycle: check the program\'s own page for this season before you apply.');
  return lines.join('\n');
}
