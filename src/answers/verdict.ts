// A question that only asks for a verdict on what the message said before it ("My uncle says never mention the
// fail. Is he right?", "Paid $4,000 for an observership. Was that money wasted?"): it names no topic of its own, so
// the story before it is what is asked, and the passages are chosen and judged on the story's words.
import type { SubQuestion } from './question-shape.js';

/** Judgment words a verdict question ends on: true, right, wise, a good idea, worth it, wasted, relevant ... */
const JUDGMENT = String.raw`(?:true|right|pointless|overkill|dumb|stupid|crazy|too risky|correct|wrong|accurate|wise|smart|sensible|reasonable|realistic|fair|legit|real|ok|okay|a myth|a good idea|a bad idea|a good plan|a sensible plan|a smart move|a mistake|good advice|bad advice|still good advice|still true|still right|(?:money|time)? ?wasted|a waste(?: of (?:money|time))?|worth it|worth anything|relevant(?: at all)?|useful|any use|of any use|helpful|counted|going to count)`;

/** A verdict asked without its verb or pronoun ("bad idea?", "true?", "legit or not?", "dumb plan?"), or between two
 *  claims the story set side by side ("which one is true?", "who is right?", "which of them should I believe?"). */
const ELLIPTIC = String.raw`(?:(?:a\s+)?(?:good|bad|dumb|stupid|terrible|smart|wise|crazy|risky|sensible|sane)\s+(?:idea|plan|move|strategy|call|choice)|true|legit|correct|accurate|valid|realistic|worth it|pointless|overkill|(?:true|legit|real|right|correct) or (?:not|false|fake|myth|wrong))(?:\s+or\s+(?:not|no))?|(?:which|who)(?:\s+(?:one|of (?:them|these|those|the two|you two)|answer|version|advice))?\s+(?:is|was|'s)\s+(?:true|right|correct|accurate|wrong)|(?:which|who) (?:one )?(?:should|do) i (?:believe|trust|listen to|follow)`;

/** "Is that true?", "Was that money wasted?", "Is she right?", "Does that make sense?", "Should I listen to him?":
 *  a few words, pointing back with a pronoun, asking only whether something said before holds ("is it realistic to
 *  match IM with 215?" asks about what it names itself: "it" counts only with nothing after the judgment). */
const VERDICT = new RegExp(String.raw`^\s*(?:(?:so|and|but|ok|okay|honestly)[, ]+)?(?:(?:is|was|are|were)\s+(?:that|this|she|he|they)\s+(?:(?:really|actually|still|even|just|all)\s+)?${JUDGMENT}\b[^?]{0,40}|(?:is|was) it\s+(?:(?:really|actually|still|even|just|all)\s+)?${JUDGMENT}|(?:does|did) (?:that|this|it) (?:make sense|matter|count|help)|(?:should|do) i (?:listen to|trust|believe|follow) (?:him|her|them|that|this|it)|(?:is|was) (?:he|she|they) (?:right|wrong|correct)|${ELLIPTIC})\s*[?.!]*\s*$`, 'i');

/** "What can I actually do about this?", "How do I fix that before interviews?": what to do about the problem the
 *  story before it names, which the question itself does not name. */
const ACTION = /^\s*(?:(?:so|and|but|ok|okay)[, ]+)?(?:what (?:can|could|should|do) i (?:actually |even |really |possibly )?do (?:about|with) (?:this|that|it)|how (?:do|can|could|should) i (?:fix|handle|deal with|get past|get over|overcome|improve|work on|address) (?:this|that|it))\b[^?]{0,40}[?.!]*\s*$/i;

/** The judging words of a verdict ("fine", "true", "a good plan", "who is right"): they say what is asked of the story,
 *  not what it is about, so the story is read without them. */
export const JUDGING_WORDS = /\b(?:fine|enough|true|false|right|wrong|correct|accurate|legit|real|valid|ok|okay|good|bad|dumb|stupid|crazy|smart|wise|sensible|sane|risky|pointless|overkill|idea|plan|move|call|choice|strategy|which one|who)\b/gi;

/** Reported speech: what follows is the claim judged; what comes before it is only who said it ("my aunt, a nurse
 *  in Ohio, told me never to mention the fail": the nurse is not the topic). */
const SAID = /^.*?\b(?:says?|said|told (?:me|you|us)|tells (?:me|you)|insists?|keeps? (?:saying|telling me)|thinks?|believes?|wants? me to|advised me to|advises me to|claims?|swears?)\b(?:\s+(?:that|me))?/i;

/** A verdict between two claims the story set side by side. */
const BETWEEN = /^\s*(?:(?:so|and|but|ok|okay|honestly)[, ]+)?(?:which|who)\b/i;

/** Where one claim ends and the next begins in a sentence that sets two side by side ("X says A, but Y says B"). */
const CLAIMS_APART = /[,;]\s*(?:but|and|while|whereas|yet)\s+|\s+(?:but|whereas|while)\s+/i;

/** Most words a verdict question may have. */
const MAX_WORDS = 12;

/** The story joined to a verdict or action question that points back to it, so the story's words are what is asked;
 *  undefined for any other question, or when nothing was said before it. */
export function storyQuestion(q: SubQuestion, context: readonly string[]): SubQuestion | undefined {
  // the asking sentence itself (a remark may follow it, "... before interviews? It still hurts.", or the sentence
  // before it that the question was read with: both are in the context)
  const asking = q.text.split(/(?<=[?!.])\s+/)[0] ?? q.text;
  if (!context.length || asking.split(/\s+/).filter(Boolean).length > MAX_WORDS) return undefined;
  const verdict = VERDICT.test(asking);
  if (!verdict && !ACTION.test(asking)) return undefined;
  // ... but a choice between claims ("which one is true?") weighs every claim, the first one said too
  const claimOf = (s: string) => s.replace(SAID, '').trim() || s;
  const claims = BETWEEN.test(asking) ? context.flatMap((s) => s.split(CLAIMS_APART).map(claimOf)) : context.map(claimOf);
  // a verdict is the asker's to weigh: no one sentence of the passages is its short answer
  return { ...q, text: `${claims.join(' ')} ${asking}`, type: verdict ? 'other' : q.type, ...(verdict ? { story: true } : {}) };
}
