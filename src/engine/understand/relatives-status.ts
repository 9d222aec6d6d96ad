// A close relative's status told in answer to the visa question ("my wife is a US citizen", "my dad has a green card and
// filed for me", "my husband is on H1B"), with nothing said of the applicant's own: the status is theirs, and it may open
// a route to the applicant's own (a spouse's or parent's petition, a dependent's visa), so the applicant's own is asked,
// never stored from it and never let go unasked.
import type { Profile, ProfileField } from '../../domain/profile.js';
import type { Clarifying } from './clarify.js';

/** What this step reads and may change of a message's reading (a subset of understand()'s, kept here so no import runs in a circle). */
interface ReadingSoFar { otherPerson: boolean; question: boolean; updates: readonly { field: ProfileField }[]; clarify?: Clarifying }
/** What this step consults of the context: the question pending, an open clarification, the stored profile. */
interface AskedContext { pending?: ProfileField; clarifying?: Clarifying; profile: Profile }

/** Relatives whose status can carry or sponsor the applicant's own (spouse, fiance, parent). */
const CLOSE_RELATIVE = /\b(?:my|our) (?:wife|husband|spouse|fianc[eé]e?|partner|dad|father|mom|mum|mother|parents?)(?:'s)?\b/;
/** Words of a US status or of a petition for the applicant. */
const STATUS = /\b(?:us citizen|citizen|citizenship|american|naturali[sz]ed|greencard|green card|gc|permanent resident|h1b|h 1b|h1|l1|j1|o1|e2|petition\w*|filed for me|sponsor\w*|i ?130|i ?485)\b/;

const HINT = 'That status is your family member\'s, not yours. What is your own status: US citizen, green card, EAD (work permit), or will you need a visa for residency (J-1, H-1B, or either)?';

/** The reading with the applicant's own visa asked when only a close relative's status was told to the visa question. */
export function ownStatusAsked<R extends ReadingSoFar>(read: R, text: string, ctx: AskedContext): R {
  if (ctx.pending !== 'visa' || ctx.clarifying || ctx.profile.visa !== undefined) return read;
  if (!read.otherPerson || read.clarify || read.question || read.updates.some((u) => u.field === 'visa')) return read;
  const told = text.split(/(?<=[.!?;])\s+/).some((s) => CLOSE_RELATIVE.test(s) && STATUS.test(s));
  return told ? { ...read, clarify: { field: 'visa', topic: 'implausible', facts: { hint: HINT } } } : read;
}
