// "What are my strongest selling points?" read from the stored file: the parts of the plan's standing that count in
// the asker's favour, strongest first, each in the plan's own words (a tie to Los Angeles with its kind). A part not
// saved is never a strength: it is named as not counted, and with nothing saved to read, the first missing part is
// asked for.
import type { Plan } from '../domain/plan.js';
import type { Profile, ProfileField } from '../domain/profile.js';
import { specialtyLabel } from '../plan/specialty-info.js';
import { NEEDS_TEXT } from './plan-needs.js';

/** Strengths asked about: "selling points", "strong points", "my strengths", "what makes me stand out", "what should
 *  I highlight", "the best thing about my application". */
const STRONGEST = /\b(?:selling points?|strong (?:points?|suits?|sides?|parts?)|strongest (?:points?|parts?|assets?|sides?|things?)|(?:my|our) (?:biggest |main |top )?(?:strengths?|assets?|plus(?:es)? points?)|what makes me stand out|make me stand out|(?:should|can|could) i (?:highlight|emphasi[sz]e|play up|lean on|sell)\b|best (?:thing|part|things|parts) (?:about|of|in) my)\b/i;
/** The asker's own file: first person. */
const OWN = /\b(?:my|me|i|i'?m|mine)\b/i;
/** A how-to ("how do I highlight my research?") or another person's strengths is not a reading of the file. */
const NOT_FILE = /\bhow (?:do|should|can|would|to)\b|\b(?:friend|cousin|brother|sister|colleague|wife|husband|partner)(?:'s)?\b/i;

/** Whether a question asks for the strongest parts of the asker's own stored file. */
export function asksStrongestPart(question: string): boolean {
  return STRONGEST.test(question) && OWN.test(question) && !NOT_FILE.test(question);
}

/** The parts the reading stands on, asked for first when missing. */
const READ_FROM: readonly ProfileField[] = ['specialty', 'step2ck'];
/** Parts that can be a strength, named as not counted when not saved. */
const COUNTED: readonly [ProfileField, string][] = [
  ['usce', 'US clinical experience'], ['usLors', 'US letters'], ['languages', 'languages'], ['laTies', 'ties to Los Angeles'], ['research', 'research'],
];
const SHOWN = 4;

/** The kinds of a tie to Los Angeles in words ("family there, lived there"). */
function tieKinds(profile: Profile): string {
  const t = profile.laTies;
  const kinds = t ? [t.family ? 'family there' : '', t.lived ? 'lived there' : '', t.trained ? 'trained there' : ''].filter(Boolean) : [];
  return kinds.length ? ` (${kinds.join(', ')})` : '';
}

/** The reply: the first missing part asked for, or the file's strengths, strongest first, and what is not counted. */
export function strongestPart(plan: Plan, profile: Profile): { needs: ProfileField; text: string } | { text: string } {
  const missing = READ_FROM.find((f) => profile[f] === undefined);
  if (missing && NEEDS_TEXT[missing]) return { needs: missing, text: NEEDS_TEXT[missing]! };
  const standing = plan.standing?.find((s) => s.role === 'primary') ?? plan.standing?.[0];
  const where = standing ? ` for ${specialtyLabel(standing.specialty).toLowerCase()}` : '';
  const strengths = (standing?.factors ?? []).filter((f) => f.effect > 0).sort((a, b) => b.effect - a.effect)
    .map((f) => (f.id === 'ties' ? `${f.text}${tieKinds(profile)}` : f.text));
  const lines = strengths.length
    ? [`Your saved file's strongest points${where}, strongest first:`, ...strengths.slice(0, SHOWN).map((s) => `- ${s}`),
      'Put them where programs read first: the first lines of your personal statement, your experiences, and your answer to "why our program".']
    : [`Nothing in your saved file counts above the usual${where} in our model yet; what adds most is hands-on US clinical experience with US letters from it.`];
  const unsaved = COUNTED.filter(([f]) => profile[f] === undefined).map(([, w]) => w);
  if (unsaved.length) lines.push(`Not counted, because not saved: ${unsaved.join(', ')}. Tell me about them and I will weigh them.`);
  return { text: lines.join('\n') };
}
