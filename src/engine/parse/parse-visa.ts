// Reads the visa situation: "US citizen", "green card", "need J-1", "h1b", "either", "not sure".
import { visaSchema, type Visa } from '../../domain/profile.js';
import { normalize } from './phrases.js';
import { notUnderstood, ok, type Parsed } from './result.js';

const VISA_IDS: ReadonlySet<string> = new Set(visaSchema.options);

/** Parses the visa answer into one of the visa ids. */
export function parseVisa(text: string): Parsed<Visa> {
  const exact = text.trim().toLowerCase();
  if (VISA_IDS.has(exact)) return ok(exact as Visa);
  const t = normalize(text);
  const j1 = /\bj ?-? ?1\b|\bj1\b|\bj visa\b/.test(t);
  const h1b = /\bh ?-? ?1 ?-? ?b?\b|\bh1b\b|\bh visa\b/.test(t);
  if (j1 && h1b) return ok('either');
  if (h1b) return ok('needs_h1b');
  if (j1) return ok('needs_j1');
  if (/\b(green ?card|gc|permanent resident|lpr|resident alien)\b/.test(t)) return ok('green_card');
  if (/\b(non[- ]?us|not a (us )?citizen|foreign national|non[- ]?citizen|not us citizen)\b/.test(t)) {
    return /\b(either|any|both|whatever)\b/.test(t) || /\bneed/.test(t) ? ok('either') : ok('unsure');
  }
  if (/\b(us citizen|american citizen|citizen|usc|born in the us|american)\b/.test(t)) return ok('us_citizen');
  if (/\b(not sure|unsure|don'?t know|dont know|idk|no idea|maybe|undecided|unclear)\b/.test(t)) return ok('unsure');
  if (/\b(either|both|any|whichever|whatever)\b/.test(t)) return ok('either');
  if (/\b(no visa|don'?t need|do not need|no sponsorship|not need)\b/.test(t)) return notUnderstood();
  if (/\b(need|needs|require|requires)\b.*\b(visa|sponsor|sponsorship)\b|\bvisa\b/.test(t)) return ok('either');
  return notUnderstood();
}
