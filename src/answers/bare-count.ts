// A count typed without what it counts ("is 3 enough or nah", "zero. nothing. now what") read as the saved fact it
// equals, so the question reaches the family that answers that fact: once applications are out the season's count
// (interviews) is the only one meant; before that a count is given a unit only when exactly one saved fact equals it
// (knowledge/answers/bare-counts.json). A count that equals nothing saved, or a message that names what it counts, is
// left as typed.
import { z } from 'zod';
import { applicationsIn, type Profile } from '../domain/profile.js';
import { readKnowledgeJson } from '../knowledge/knowledge-files.js';
import { numbersAsDigits } from './number-words.js';
import { wordsPattern } from './words-pattern.js';

const FIELDS = ['interviews', 'letters', 'usceMonths'] as const;
/** A saved count a bare number may stand for. */
type CountField = (typeof FIELDS)[number];

/** Validates knowledge/answers/bare-counts.json. */
const bareCountsSchema = z.object({
  $comment: z.string().optional(),
  maxWords: z.number().int().min(2),
  units: z.array(z.object({ field: z.enum(FIELDS), unit: z.string().min(2), season: z.boolean().optional() })).min(1),
  asks: z.array(z.string().min(2)).min(1),
  zero: z.array(z.string().min(2)).min(1),
  restated: z.array(z.string().min(2)).min(1),
  numbers: z.record(z.string().regex(/^\d{1,2}$/), z.array(z.string().min(2)).min(1)),
});

/** Compiles the table; throws a zod error on a bad file. */
function compile(file: unknown) {
  const f = bareCountsSchema.parse(file);
  const spelled = new Map(Object.entries(f.numbers).flatMap(([n, ws]) => ws.map((w) => [w, n] as const)));
  const small = new RegExp(`(?<![\\p{L}\\d])(?:${[...spelled.keys()].join('|')})(?![\\p{L}\\d])`, 'giu');
  return {
    maxWords: f.maxWords, spelled, small, units: f.units.map((u) => ({ ...u, season: u.season ?? false })), asks: wordsPattern(f.asks), zero: wordsPattern(f.zero),
    restated: new RegExp(String.raw`^\W{0,4}(?:${wordsPattern(f.restated).source})\W{0,4}(?<n>\d{1,3})\b`, 'i'),
  };
}

const TABLE = compile(readKnowledgeJson('answers/bare-counts.json'));

/** Words that say what a number counts, or that make it a score, a year, a date or money: then it is not bare. */
const COUNTED = /\b(?:programs?|applications?|apps|interviews?|invites?|invitations?|iis?|letters?|lors?|months?|weeks?|years?|yrs?|days?|attempts?|tries|points?|pubs?|publications?|posters?|hours?|percent|dollars?|usd|step|ck|nbme|uwsa)\b|[$%]/i;

/** The saved value of each count a bare number may stand for. */
function saved(profile: Profile, field: CountField): number | undefined {
  if (field === 'interviews') return profile.cycle?.interviews;
  if (field === 'letters') return profile.usLors?.count;
  return profile.usce?.months;
}

/** The question with the unit of the saved count its bare number equals put after it ("is 3 interviews enough or
 *  nah"), or the question unchanged. */
export function withSavedUnit(question: string, profile: Profile | undefined): string {
  if (!profile) return question;
  const text = numbersAsDigits(question).replace(TABLE.small, (w) => TABLE.spelled.get(w.toLowerCase()) ?? w);
  const words = text.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w)).length;
  if (words > TABLE.maxWords || COUNTED.test(text) || !TABLE.asks.test(text)) return question;
  const digits = [...text.matchAll(/(?<![\d$]|\d[.,])\b(\d{1,2})\b(?![\d%]|[.,]\d)/g)];
  const zero = digits.length === 0 ? TABLE.zero.exec(text) : null;
  if (digits.length > 1 || (!digits.length && !zero)) return question;
  const n = digits.length ? Number(digits[0]![1]) : 0;
  const at = digits.length ? digits[0]!.index! + digits[0]![0].length : zero!.index + zero![0].length;
  const season = applicationsIn(profile);
  const seasonUnit = TABLE.units.find((u) => u.season && season && saved(profile, u.field) === n);
  // once applications are out a bare count is the season's or nothing: a letter count is not guessed beside it
  const others = season ? [] : TABLE.units.filter((u) => !u.season && saved(profile, u.field) === n);
  const unit = seasonUnit ?? (others.length === 1 ? others[0] : undefined);
  return unit ? `${text.slice(0, at)} ${unit.unit}${text.slice(at)}` : question;
}

/** The count a number is taken back for right after it ("4 interviews— wait no 5", "3, sorry 4"), read from the text
 *  that follows the first count; undefined when nothing takes it back. */
export function restatedCount(after: string): number | undefined {
  const m = TABLE.restated.exec(after);
  return m?.groups?.n ? Number(m.groups.n) : undefined;
}
