// A choice not made is asked about, never stored: the choice handed back to the advisor ("whatever's easiest", "you tell
// me") is no answer, and a couples match "not decided yet" is neither yes nor no.
import type { ProfileField } from '../../domain/profile.js';
import { CLOSE_PEOPLE } from './others-break.js';

// the whole reply hands the choice back ("whatever's easiest", "whichever is better for me", "up to you", "you decide")
const DELEGATES = /^(?:(?:hmm+|idk|honestly|tbh|um+|uh+|lol|ok|okay|well)[,.]? )*(?:(?:i'?ll|i will|i'?d|i would|happy to|glad to|willing to|ready to|i can) (?:go with|take|do|follow|pick) )?(?:whatever(?:'s| is)? (?:easiest|easier|simplest|simpler|best|better|quickest|faster|fastest|most likely|you (?:think|recommend|suggest|say))|whichever(?:'s| is)? (?:easiest|easier|simplest|simpler|best|better|quickest|faster|fastest|more likely)|you tell me|up to you|you decide|you choose|what(?:ever)? do you (?:suggest|recommend|think)|your call|dealer'?s choice)(?: for me| for someone like me| honestly| tbh| lol| haha)?[.!?]*$/;
// a couples match talked of but not decided ("maybe? we haven't decided", "not sure yet, my gf is applying too")
const UNDECIDED = /\b(?:haven'?t decided|havent decided|have not decided|not decided|undecided|not sure(?: yet)?|unsure|still (?:deciding|discussing|talking|thinking)|we'?ll see|thinking about it|idk|dunno|don'?t know yet|maybe|might|possibly|depends)\b/;
/** A plain yes or no said first: the answer, with any doubt after it about something else ("yes, not sure about her specialty"). */
export const ANSWERED_FIRST = /^(?:yes|yeah|yep|yup|ya|no|nope|nah|sure)\b/;
// a plain answer given beside the doubt ("yes, not sure about her specialty", "no, maybe next cycle"), or a couples match told
const ANSWERED = new RegExp(`${ANSWERED_FIRST.source}|\\b(?:we are|we're|we will|we'll|we won'?t|we will not|not) (?:be )?(?:couples? match|couples matching|doing (?:the )?couples|applying (?:as a couple|together))`);

// a reply that opens on a choice still open ("not sure yet if I'll apply now or next year", "still deciding between j1 or
// h1b"): the choice is not made (not "J1, not sure if IM or FM", where the answer comes first)
const OPEN_CHOICE = /^(?:(?:hmm+|honestly|tbh|well|so|ok|okay|idk|um+|uh+)[,.]? )*(?:i'?m |i am |we'?re |we are |we |i )?(?:still )?(?:not sure|unsure|undecided|haven'?t decided|have not decided|not decided|deciding|idk|dunno|don'?t know|dont know|no idea|torn|can'?t decide|cant decide|thinking)(?: yet)?,? (?:if|whether|between|on)\b[^.;!?]*\bor\b/;

/** True when the reply opens on a choice still open between two things ("not sure yet if X or Y"). */
export function opensOnOpenChoice(text: string): boolean {
  return OPEN_CHOICE.test(text.trim());
}

// the whole reply points at someone else's answer ("the same as my husband", "whatever my brother has", "like my wife's"):
// whose value that is the bot does not know, so the question is asked again rather than anything guessed
const PERSON = `(?:${CLOSE_PEOPLE})`;
const BORROWED = new RegExp(`^(?:(?:hmm+|um+|uh+|well|so|ok|okay|honestly|i guess|i think|probably|prob)[,.]? )*(?:(?:it'?s|its|it is|it'?ll be|it will be|mine'?s|mine is|mine will be|i have|i've got|ive got|i got|i'm on|im on|i am on|i need|i'll need|i will need|i'd need|same here)[,]? )?(?:(?:exactly |just )?(?:the )?same(?: one| thing| status| visa| situation| as well)?(?: as| like)?|(?:just )?like|whatever|whichever|what) (?:my|our|his|her) (?:[a-z']+ )?${PERSON}(?:'s)?(?: (?:has|have|is on|got|gets|needs|does|did|is|picks|chooses|had|holds)(?: too| as well)?)?(?: one)?[.!?]*$`);

/** True when the whole reply answers by pointing at someone else's answer ("the same as my husband"), giving no value of its own. */
export function borrowsAnswer(raw: string): boolean {
  return BORROWED.test(raw.trim().toLowerCase().replace(/[’‘]/g, "'"));
}

/** True when the whole reply hands the choice back to the advisor instead of making it. */
export function delegatesChoice(raw: string): boolean {
  return DELEGATES.test(raw.trim().toLowerCase().replace(/[’‘]/g, "'"));
}

/** True when a couples match is told as undecided (and neither yes nor no is said). */
export function couplesUndecided(text: string, pending: ProfileField | undefined, couplesRead: boolean): boolean {
  return (pending === 'couples' || couplesRead) && UNDECIDED.test(text) && !ANSWERED.test(text.trim());
}
