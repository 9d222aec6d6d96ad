// States the current figures of the specialties a question names when it asks how they compare or what matched
// applicants score ("is EM doable, what CK do matched ones have?", "peds or psych, which is easier?"): the 2026
// NRMP Charting Outcomes mean and median Step 2 CK and match rate, and the rank-list median when that is asked, from
// the figure tables, with source and year. Which figures a question asks is data (specialty-figure-asks.json).
import { z } from 'zod';
import type { Specialty } from '../domain/profile.js';
import { readKnowledgeJson } from '../knowledge/knowledge-files.js';
import { CK_2026, CK_2026_YEAR } from '../plan/step2ck-2026.js';
import { RANKS_2026, RANKS_2026_SOURCE } from '../plan/rank-lists-2026.js';
import { specialtyLabel } from '../plan/specialty-info.js';
import { SPECIALTY_NAMES } from '../domain/specialty-names.js';
import { wordsPattern } from './words-pattern.js';

/** Validates knowledge/answers/specialty-words.json. */
const schema = z.object({
  names: z.record(z.string(), z.array(z.string().regex(/^(?:[a-z/ ]+|[A-Z]+|[a-z]+ [A-Z]+)$/)).min(1)),
  listedOnly: z.record(z.string(), z.array(z.string().regex(/^[a-z]+$/)).min(1)),
});
const words = z.array(z.string().min(1)).min(1);
/** Validates knowledge/answers/specialty-figure-asks.json. */
const asksSchema = z.object({ rate: words, ck: words, ranks: words, verdict: words });

/** One whole-word pattern over names, longest first; a space or slash inside a name also matches a hyphen or nothing. */
function pattern(names: string[], flags: string): RegExp | undefined {
  if (!names.length) return undefined;
  const alternation = [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/\//g, ' ').replace(/ /g, '[\\s/-]*')).join('|');
  return new RegExp(String.raw`(?<![\w/])(?:${alternation})(?![\w/])`, flags);
}

/** Each specialty with figures and its name patterns (any case; upper-case abbreviations as typed), built once at load. */
const WORDS = schema.parse(readKnowledgeJson('answers/specialty-words.json'));
const NAMES: readonly { specialty: Specialty; res: RegExp[] }[] = Object.entries(WORDS.names)
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

/** Short names that are everyday words too ("path", "gas"), each with the pattern that takes it only in a list of
 *  specialties: right beside another specialty's name with "vs", "or", "and", a comma or a slash between. */
const LISTED_ONLY: readonly { specialty: Specialty; re: RegExp }[] = Object.entries(WORDS.listedOnly)
  .filter(([s]) => CK_2026[s as Specialty] !== undefined)
  .map(([s, names]) => {
    const other = Object.entries(WORDS.names).filter(([o]) => o !== s).flatMap(([, ns]) => ns).map((n) => n.replace(/\//g, ' ').replace(/ /g, '[\\s/-]*')).join('|');
    const own = names.join('|');
    const joint = String.raw`\s*(?:\bvs\.?|\bversus|\bor|\band|,|/)\s*`;
    return { specialty: s as Specialty, re: new RegExp(String.raw`(?<![\w/])(?:(?:${own})${joint}(?:${other})|(?:${other})${joint}(?:${own}))(?![\w/])`, 'i') };
  });

/** The specialties a message names (in the order it names them), at most three. */
export function specialtiesNamed(text: string): Specialty[] {
  const listed = LISTED_ONLY.map(({ specialty, re }) => ({ specialty, at: re.exec(text)?.index ?? Infinity }));
  return [...NAMES.map(({ specialty, res }) => ({ specialty, at: Math.min(...res.map((re) => re.exec(text)?.index ?? Infinity)) })), ...listed]
    .filter((x) => x.at < Infinity).sort((a, b) => a.at - b.at).map((x) => x.specialty)
    .filter((s, i, all) => all.indexOf(s) === i).slice(0, 3);
}

/** The figure kinds' word patterns, built once at load. */
const ASKS = (() => { const f = asksSchema.parse(readKnowledgeJson('answers/specialty-figure-asks.json')); const ranks = wordsPattern(f.ranks); return { rate: wordsPattern(f.rate), ck: wordsPattern(f.ck), ranks, ranksEvery: new RegExp(ranks.source, 'gi'), verdict: wordsPattern(f.verdict) }; })();

/** Which figures a question asks of the specialties it names: the matched CK, the match rate (a field said closed asks
 *  both), the rank-list median. */
function figuresAsked(question: string): { ck: boolean; rate: boolean; ranks: boolean } {
  const ranks = ASKS.ranks.test(question);
  // the words that ask for the rank lists ("how many did the matched ones rank") ask for nothing else
  const rest = question.replace(ASKS.ranksEvery, ' ');
  const verdict = ASKS.verdict.test(rest);
  return { ck: verdict || ASKS.ck.test(rest) || (!ranks && ASKS_FIGURES.test(rest)), rate: verdict || ASKS.rate.test(rest), ranks };
}

/** Whether a question asks how many of those who tried matched ("which gives me the better odds?", "is OB dead?"). */
export function asksMatchRate(question: string): boolean {
  return ASKS.rate.test(question) || ASKS.verdict.test(question);
}

const has = (reply: string, ...forms: string[]) => forms.some((f) => reply.includes(f.toLowerCase()));

/** The figure line for a question that names specialties with figures and asks about scores, odds or rank lists;
 *  undefined otherwise, or when the reply already states every figure asked of every one of them. */
export function specialtyFiguresLine(question: string, reply: string): string | undefined {
  const { ck, rate, ranks } = figuresAsked(question);
  // an own fail or interview named is no figure asked, unless the rank lists or the rate are asked by name
  if (aboutOwnAttempt(question) && !ranks && !ASKS.rate.test(question)) return undefined;
  const scores = ck || rate;
  if (!scores && !ranks) return undefined;
  const named = specialtiesNamed(question);
  const text = reply.toLowerCase();
  // each figure asked must be in the reply for the line to be left out; a rank-list median counts only in words about
  // that specialty, not as one cell of the whole table
  const stated = (s: Specialty) => {
    const f = CK_2026[s]!;
    const label = specialtyLabel(s);
    const r = RANKS_2026[s];
    return (!ck || has(text, `${label} ${f.matched.mean}`, `of ${f.matched.mean} in ${label}`, `${label}: mean ${f.matched.mean}`))
      && (!rate || has(text, `${f.matchRatePct}%`))
      && (!ranks || !r || has(text, `median of ${r.matched} programs of ${SPECIALTY_NAMES[s]}`));
  };
  if (named.every(stated)) return undefined;
  const lines: string[] = [];
  if (scores) {
    const parts = named.map((s) => {
      const f = CK_2026[s]!;
      return `${SPECIALTY_NAMES[s]}, mean Step 2 CK ${f.matched.mean} (median ${f.matched.median}) among non-US IMGs who matched, and ${f.matchRatePct}% of those who preferred it matched`;
    });
    lines.push(`Current figures (NRMP Charting Outcomes for non-US IMGs, ${CK_2026_YEAR} Main Residency Match, nrmp.org): ${parts.join('; ')}. Averages, not cutoffs.`);
  }
  const ranked = ranks ? named.filter((s) => RANKS_2026[s]) : [];
  if (ranked.length) {
    const parts = ranked.map((s) => `a median of ${RANKS_2026[s]!.matched} programs of ${SPECIALTY_NAMES[s]} in a row (${RANKS_2026[s]!.unmatched} for those who did not match)`);
    lines.push(`Non-US IMGs who matched in their preferred specialty ranked ${parts.join('; ')} (${RANKS_2026_SOURCE}). Rank every program you interviewed at and would attend.`);
  }
  return lines.join('\n\n') || undefined;
}
