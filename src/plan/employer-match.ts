// Whether an H-1B filing employer IS a program's sponsor: the roster's employer join is a name heuristic (verify-only),
// so only an employer whose name and the program's sponsor name say the same institution may count as public evidence.

/** H-1B filing label when the employer is only matched to the program by name, not its sponsor: shown, never counted. */
export const FILINGS_TO_VERIFY = 'H-1B filings (to verify)';

const GENERIC = new Set([
  'the', 'of', 'for', 'at', 'and', 'in', 'inc', 'llc', 'incorporated', 'corporation', 'corp', 'co', 'university', 'univ',
  'medical', 'medicine', 'center', 'centre', 'hospital', 'hospitals', 'health', 'healthcare', 'care', 'system', 'systems',
  'services', 'school', 'college', 'program', 'clinic', 'foundation', 'county', 'education', 'group', 'network', 'affiliates', 'science', 'sciences',
]);

function tokens(s: string): string[] {
  return s.toLowerCase().replace(/['’]/g, '').replace(/\bst\b\.?/g, 'saint').split(/[^a-z0-9]+/).filter((t) => t && !GENERIC.has(t));
}

/**
 * True only when `employer` names the program's own sponsor: every distinctive word of the sponsor part of the program
 * name (before any "/", without the site in brackets) is in the employer's name, and every distinctive word of the
 * employer's name (other than the program's city) is in the program's sponsor part or its bracketed site.
 * A nearby or partner institution (Kaiser under "University of California, San Francisco") is never a match.
 */
export function employerIsSponsor(employer: string, program: { name: string; city: string }): boolean {
  const sponsorPart = program.name.split('/')[0] ?? '';
  const core = tokens(sponsorPart.replace(/\([^)]*\)/g, ' '));
  const full = new Set(tokens(sponsorPart));
  const emp = new Set(tokens(employer));
  const city = new Set(tokens(program.city));
  if (!core.length || !emp.size) return false;
  if (!core.every((t) => emp.has(t))) return false;
  return [...emp].every((t) => full.has(t) || city.has(t));
}
