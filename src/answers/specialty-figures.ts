// States the current figures of the specialties a question names when it asks how they compare or what matched
// applicants score ("is EM doable, what CK do matched ones have?", "peds or psych, which is easier?"): the 2026
// NRMP Charting Outcomes mean and median Step 2 CK and match rate, from the figure table, with source and year.
import { z } from 'zod';
import type { Specialty } from '../domain/profile.js';
import { readKnowledgeJson } from '../knowledge/knowledge-files.js';
import { CK_2026, CK_2026_YEAR } from '../plan/step2ck-2026.js';
import { specialtyLabel } from '../plan/specialty-info.js';
import { SPECIALTY_NAMES } from '../domain/specialty-names.js';

/** Validates knowledge/answers/specialty-words.json. */
const schema = z.object({ names: z.record(z.string(), z.array(z.string().regex(/^(?:[a-z/ ]+|[A-Z]+|[a-z]+ [A-Z]+)$/)).min(1)) });

/** One whole-word pattern over names, longest first; a space or slash inside a name also matches a hyphen or nothing. */
function pattern(names: string[], flags: string): RegExp | undefined {
  if (!names.length) return undefined;
  const alternation = [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/\//g, ' ').replace(/ /g, '[\\s/-]*')).join('|');
  return new RegExp(String.raw`(?<![\w/])(?:${alternation})(?![\w/])`, flags);
}

/** Each specialty with figures and its name patterns (any case; upper-case abbreviations as typed), built once at load. */
const NAMES: readonly { specialty: Specialty; res: RegExp[] }[] = Object.entries(schema.parse(readKnowledgeJson('answers/specialty-words.json')).names)
  .filter(([s]) => CK_2026[s as Specialty] !== undefined)
  .map(([s, names]) => {
    const exact = names.filter((n) => /[A-Z]/.test(n));
    const res = [pattern(names.filter((n) => !exact.includes(n)), 'i'), pattern(exact, '')].filter((r): r is RegExp => r !== undefined);
    return { specialty: s as Specialty, res };
  });

/** A Step 2 CK-range score said beside a specialty ("psych needs 240+"), or words that ask for a score, a comparison of difficulty or the odds, or weigh a specialty as a backup: what the figures answer. */
const ASKS_FIGURES = /(?<![\d$.,])\b(?:2[0-7]\d)\+?(?![\d%]|\s*(?:programs?|applications?|apps?|dollars?|usd|\$))|\b(?:ck|step ?2|scores?|stats?|statistics|numbers?|average|mean|median|match(?:ing)? rates?|easier|easiest|harder|hardest|tougher|less competitive|more competitive|how competitive|competitive|doable|realistic|feasible|chances?|odds|possible|back-?ups?|back up|fall-?backs?|fall back|safer|safest)\b/i;

/** The exam named only as the subject of the asker's own fail, retake or interview answer ("they'll ask about my CK
 *  fail", "how do I explain my step 2 retake to FM programs"): no figure is asked, unless a figure word is said too. */
const OWN_ATTEMPT = /\b(?:fail\w*|flunk\w*|retak\w*|re-?sit\w*|attempts?|tries|explain\w*|interview\w*|red flags?)\b/i;
const FIGURE_WORDS = /\b(?:scores?|stats?|statistics|numbers?|average|mean|median|match(?:ing)? rates?|easier|easiest|harder|hardest|tougher|competitive|doable|realistic|feasible|chances?|odds|back-?ups?|back up|fall-?backs?|fall back|safer|safest|\d{3})\b/i;
function aboutOwnAttempt(question: string): boolean {
  return OWN_ATTEMPT.test(question) && !FIGURE_WORDS.test(question);
}

/** The specialties a message names (in the order it names them), at most three. */
export function specialtiesNamed(text: string): Specialty[] {
  return NAMES.map(({ specialty, res }) => ({ specialty, at: Math.min(...res.map((re) => re.exec(text)?.index ?? Infinity)) }))
    .filter((x) => x.at < Infinity).sort((a, b) => a.at - b.at).slice(0, 3).map((x) => x.specialty);
}

/** The figure line for a question that names specialties with figures and asks about scores or difficulty;
 *  undefined otherwise, or when the reply already states every one of them. */
export function specialtyFiguresLine(question: string, reply: string): string | undefined {
  if (!ASKS_FIGURES.test(question) || aboutOwnAttempt(question)) return undefined;
  const named = specialtiesNamed(question);
  const missing = named.filter((s) => !reply.includes(`${specialtyLabel(s)} ${CK_2026[s]!.matched.mean}`) && !reply.includes(`of ${CK_2026[s]!.matched.mean} in ${specialtyLabel(s).toLowerCase()}`));
  if (!missing.length) return undefined;
  const parts = named.map((s) => {
    const f = CK_2026[s]!;
    return `${SPECIALTY_NAMES[s]}, mean Step 2 CK ${f.matched.mean} (median ${f.matched.median}) among non-US IMGs who matched, and ${f.matchRatePct}% of those who preferred it matched`;
  });
  return `Current figures (NRMP Charting Outcomes for non-US IMGs, ${CK_2026_YEAR} Main Residency Match, nrmp.org): ${parts.join('; ')}. Averages, not cutoffs.`;
}
