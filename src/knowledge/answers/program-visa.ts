// Answers "which programs (in a region) sponsor my visa" from the program table: each program's stated
// visa fact with the source's site and as-of year, and how many have no source either way.
import type { Region, Specialty } from '../../domain/profile.js';
import type { Program, ProgramRegion } from '../programs/program-schema.js';
import { specialtyLabel } from '../plan/specialty-info.js';

/** How many programs with a stated "yes" are listed by name before the rest are counted. */
export const MAX_LISTED = 8;

const REGION_NAMES: Record<ProgramRegion, string> = {
  la_county: 'LA County', orange_county: 'Orange County', san_diego: 'San Diego', inland_empire: 'the Inland Empire',
  rest_of_california: 'the rest of California',
};

/** The site a source address points at ("www.example.org/x" -> "example.org"), or the address itself. */
function siteOf(url: string): string {
  try { return new URL(url).hostname.replace(/^www\./, ''); } catch { return url; }
}

function sourceNote(p: Program): string {
  const site = p.sourceUrls[0] ? siteOf(p.sourceUrls[0]) : 'no source address';
  return `${site}, as of ${p.asOf ?? 'an undated source'}`;
}

/** Names a list of regions in words ("LA County and Orange County"). */
export function regionWords(regions: readonly Region[]): string {
  const names = regions.filter((r): r is ProgramRegion => r in REGION_NAMES).map((r) => REGION_NAMES[r]);
  if (names.length === 5) return 'California';
  if (names.length === 4 && !regions.includes('rest_of_california')) return 'Southern California';
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0] ?? 'California';
}

/** The sponsorship answer for these specialties, regions and visa kinds, from the program table only. */
export function sponsorAnswer(programs: readonly Program[], specialties: readonly Specialty[], regions: readonly Region[], visas: readonly ('h1b' | 'j1')[]): string {
  const inScope = programs.filter((p) => specialties.includes(p.specialty) && (regions as readonly string[]).includes(p.region));
  const where = regionWords(regions);
  const what = specialties.map(specialtyLabel).join(' and ');
  if (inScope.length === 0) {
    return `Our program table has no ${what} programs in ${where}, so I cannot name sponsors there. Program facts come only from sourced pages; a program missing from the table is unknown, not closed.`;
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
    for (const p of yes.slice(0, MAX_LISTED)) lines.push(`- ${p.name} (${p.city}) — source: ${sourceNote(p)}`);
    if (yes.length > MAX_LISTED) lines.push(`- and ${yes.length - MAX_LISTED} more; type "plan" for your full list.`);
    const rest = [no ? `${no} state that they do not` : '', unknown ? `${unknown} have no source either way (unknown: ask the program)` : ''].filter(Boolean);
    if (rest.length) lines.push(`Of the others, ${rest.join(', and ')}.`);
  }
  lines.push('Visa policies change every cycle: check each program\'s own page for this season before you apply.');
  return lines.join('\n');
}

/** Words too common in program names to identify one ("medical", "center", "los", ...). */
const COMMON = new Set(['program', 'programs', 'medical', 'center', 'centers', 'medicine', 'hospital', 'hospitals', 'health', 'healthcare', 'university', 'school', 'college', 'california', 'southern', 'los', 'angeles', 'san', 'county', 'family', 'internal', 'residency', 'the', 'and', 'for', 'with', 'system', 'systems', 'community', 'valley', 'regional', 'general', 'network', 'inc', 'transitional', 'year', 'surgery', 'psychiatry', 'pediatrics', 'neurology', 'emergency', 'does', 'sponsor', 'visa', 'visas', 'which', 'what', 'take', 'they']);

function nameWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => w.length > 2 && !COMMON.has(w));
}

/** The programs a question names (most shared distinctive name words; every specialty of that institution). */
export function programsNamed(programs: readonly Program[], question: string): Program[] {
  const asked = new Set(nameWords(question));
  if (asked.size === 0) return [];
  let best = 0;
  const hits = programs.map((p) => {
    const n = new Set(nameWords(`${p.name} ${p.city}`).filter((w) => asked.has(w))).size;
    best = Math.max(best, n);
    return n;
  });
  return best === 0 ? [] : programs.filter((_, i) => hits[i] === best);
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
