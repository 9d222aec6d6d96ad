// A question about the partner in a couples match ("why is chla a reach for her", "what should my husband apply to"):
// the plan is built for the user alone, so such a question is told so instead of answered from the user's own list.
import type { Profile } from '../domain/profile.js';

const PARTNER_NOUN = /\b(?:my |our )?(?:wife|husband|partner|spouse|fianc[eé]e?|boyfriend|girlfriend|bf|gf|hubby|significant other)\b(?:'s)?/g;
const PRONOUN = /\b(?:she|he|her|hers|him|his|she's|he's)\b/;
// the user (or both of them) in the question: then it is theirs, or about the pair, and goes to the guides
const SELF = /\b(?:i|i'm|me|my|mine|we|we're|us|our|ours|both|together|couples?)\b/;
const QUESTION = /\?\s*$|^(?:why|what|which|how|is|are|can|could|should|would|will|does|do|did|where|when|whats|what's)\b/;

/** True when a couples-match user asks about the partner alone (a partner named, or he/she, and not themselves). */
export function asksAboutPartner(text: string, profile: Profile): boolean {
  const whole = text.toLowerCase().replace(/\u2019/g, "'").trim();
  // (only the sentences that ask: "OC and LA, partner's job is in Irvine. Also: do radiology programs care about step 3?"
  // tells where the partner works and asks about the user's own programs)
  const asking = whole.split(/(?<=[.!?])\s+/).filter((x) => QUESTION.test(x.replace(/^(?:also|and|so|btw|ok|okay|oh|but)\b[:,]?\s*/, '')));
  if (!asking.length) return false;
  const t = asking.join(' ');
  const named = PARTNER_NOUN.test(t);
  PARTNER_NOUN.lastIndex = 0;
  const rest = t.replace(PARTNER_NOUN, ' ');
  PARTNER_NOUN.lastIndex = 0;
  if (SELF.test(rest)) return false;
  if (named) return profile.couples?.matching === true || /\b(?:apply|program|programs|reach|target|safety|score|step|chances?|list|match)\b/.test(rest);
  return profile.couples?.matching === true && PRONOUN.test(rest);
}
