// A question about another person's own case ("my sister has CK 250, what should she do?", "meri behen ka CK 250
// hai, usko kya karna chahiye?"): answered in general, with a word that this chat plans for one person, never refused
// and never read against the asker's saved file.
import type { Specialty } from '../domain/profile.js';
import { CK_2026, CK_2026_YEAR } from '../plan/step2ck-2026.js';
import { specialtyLabel } from '../plan/specialty-info.js';
import { specialtiesNamed } from './specialty-figures.js';
import { alternation, peopleFor } from '../engine/people.js';

/** The relatives and friends a question may be about, in English, Hindi-Urdu and Spanish, with the English word and
 *  the pronoun for them (knowledge/people.json). */
const PEOPLE: ReadonlyMap<string, [string, 'he' | 'she' | 'they']> = new Map(peopleFor('theirCase').map((p) => [p.word, [p.means, p.gender === 'he' || p.gender === 'she' ? p.gender : 'they']]));
const RELATION = new RegExp(String.raw`\b(?:my|our|mi|meri|mera|mere|hamari|hamara)\s+(?:(?:younger|elder|older|little|big|chhoti|badi|chhota|bada)\s+)?(${alternation([...PEOPLE.keys()])})\b(?!\s*'?s\s+(?:visa|status|green card|citizenship))`, 'i');
/** Asks what that person should do, or how they stand: the question is theirs, not the asker's ("is he right?",
 *  "what does he know" ask about their opinion, not their case). */
const ASKS_FOR_THEM = /\b(?:what (?:should|can|could|would) (?:she|he|they) do|(?:should|can|could|will|would|does|do|is|has) (?:she|he|they)\b(?! (?:even |really )?(?:know|knows|right|wrong|correct|mean|means|say|says|think|thinks|have a point)\b)|enough for (?:her|him|them)|for (?:her|him|them)\?|(?:her|his|their) (?:chances?|odds|plan|options?)|us(?:ko|ey|e|ki|ka|ke) (?:kya|what|liye|chances?)|(?:kya|what) karna|(?:qu[ée]|what) (?:debe|puede|deber[ií]a) hacer|(?:ella|[ée]l) (?:puede|debe|tiene))/i;
/** The asker's own first person besides "my <relation>": then the question is about the asker ("can she sponsor me?"). */
const OWN = /\b(?:i|i'm|im|me|myself|mine|my|mujhe|main|mera|meri|mere|yo|mí)\b/i;
/** The question is about a residency case at all (a story about a coin or a wedding is not). */
const DOMAIN = /\b(?:ck|step ?[123]|usmle|scores?|match\w*|residency|img|programs?|visa|j-?1|h-?1b|apply\w*|applications?|graduat\w*|yog|usce|observership|eras|interviews?|specialty|im|fm|psych\w*|peds|pediatrics|surgery|neuro\w*|mbbs|md)\b/i;
/** A number in the Step 2 CK range said about them. */
const SCORE = /(?<![\d$.,])\b(1[89]\d|2[0-7]\d)\b(?!\s*(?:%|\$|programs?|applications?|months?|years?))/;

/** The primary-care specialties compared when the question names none. */
const DEFAULT_SPECIALTIES: readonly Specialty[] = ['internal_medicine', 'family_medicine', 'pediatrics', 'psychiatry'];

/** Who the question is about ("sister") and the pronoun to use, when it asks about another person's own case. */
export function otherApplicantIn(text: string): { who: string; they: 'he' | 'she' | 'they' } | undefined {
  const m = RELATION.exec(text);
  if (!m || !ASKS_FOR_THEM.test(text) || !DOMAIN.test(text)) return undefined;
  const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`;
  if (OWN.test(rest)) return undefined;
  const [who, they] = PEOPLE.get(m[1]!.toLowerCase())!;
  return { who, they };
}

/** The opening line: one person per chat, and the other person's own chat for their own plan. */
export function onePersonLine(who: string, they: 'he' | 'she' | 'they'): string {
  const poss = they === 'he' ? 'his' : they === 'she' ? 'her' : 'their';
  return `I plan for one person per chat, and this chat is yours: your ${who} can start ${poss} own chat for a plan of ${poss} own. In general:`;
}

/** A score said about them beside the matched figures of the specialties named (or the primary-care ones), with
 *  source and year; undefined when no score is said. */
export function theirScoreLine(text: string, they: 'he' | 'she' | 'they'): string | undefined {
  const score = SCORE.exec(text)?.[1];
  if (!score) return undefined;
  const n = Number(score);
  const named = specialtiesNamed(text).filter((s) => CK_2026[s]);
  const specialties = named.length ? named : DEFAULT_SPECIALTIES.filter((s) => CK_2026[s]);
  const parts = specialties.map((s) => {
    const f = CK_2026[s]!.matched;
    const where = n < f.q1 ? 'in the lowest quarter of those who matched' : n < f.median ? 'below their median' : 'at or above their median';
    return `${specialtyLabel(s).toLowerCase()}: median ${f.median}, a quarter under ${f.q1}, so ${n} is ${where}`;
  });
  const subject = they === 'they' ? 'they' : they;
  return `A Step 2 CK of ${n} beside the non-US IMGs who matched in ${CK_2026_YEAR} (NRMP Charting Outcomes for non-US IMGs, ${CK_2026_YEAR} Main Residency Match, nrmp.org): ${parts.join('; ')}. A score alone does not decide: the visa ${subject} ${subject === 'they' ? 'need' : 'needs'}, graduation year, US clinical experience and US letters count as much, and those are what a plan of ${subject === 'they' ? 'their' : subject === 'he' ? 'his' : 'her'} own would weigh.`;
}
