// Two specialties named in order with "or" after a pause ("family medicine, or psych"): the first named is taken as the
// first choice and the second as the backup, said back with how to swap them, instead of the same question asked again.
// A doubt ("not sure", "either", "maybe", a question mark) still asks which comes first.
import { SPECIALTIES, type Specialty } from '../domain/profile.js';
import type { Clarifying } from './understand/clarify.js';

const SPECIALTY_IDS: ReadonlySet<string> = new Set(SPECIALTIES);
// "or" after a pause, the second name added as an afterthought ("FM, or psych", "IM. or FM"; "o", "ou", "ya" in the
// languages read), or "or else", "otherwise": an order. A bare "IM or FM" is a choice not made yet, and is asked.
const OR = /[,;.]\s*(?:or|o|ou|ya)\s|\bor else\s|\botherwise\b/i;
// words of doubt or of a choice handed back: the order is asked, never taken
const DOUBT = /\?|\b(not sure|unsure|undecided|idk|either|torn|between|can'?t decide|cannot decide|don'?t know|dont know|dunno|maybe|perhaps|thinking|confused|which|help|whatever|whichever|no preference|or something|prelim\w*|preliminary|no se|nao sei|pata nahi|no estoy segur\w*|nao tenho certeza|decid\w*)\b/i;

/** The two options of an open "which first?" question, taken in the order named, when the message named them with
 *  "or" and no doubt; otherwise nothing. */
export function orderNamedWithOr(c: Clarifying | undefined, text: string): { primary: Specialty; backup: Specialty } | undefined {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '');
  if (c?.topic !== 'specialty_which' || !OR.test(plain) || DOUBT.test(plain)) return undefined;
  const options = String(c.facts?.options ?? '').split(',').filter((x) => SPECIALTY_IDS.has(x)) as Specialty[];
  return options.length === 2 ? { primary: options[0]!, backup: options[1]! } : undefined;
}

/** The first two options of an open "which first?" question about the specialty, in the order named, to assume when a
 *  plan is asked for or the question has been passed over twice; nothing for any other open question. */
export function openOrder(c: Clarifying | undefined): { primary: Specialty; backup: Specialty } | undefined {
  if (c?.field !== 'specialty' || c.topic !== 'specialty_which') return undefined;
  const options = String(c.facts?.options ?? '').split(',').filter((x) => SPECIALTY_IDS.has(x) && !/^prelim/.test(x)) as Specialty[];
  return options.length >= 2 ? { primary: options[0]!, backup: options[1]! } : undefined;
}
