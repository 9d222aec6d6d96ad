// A vague answer to the question being asked ("step 1 done", "graduated a few years ago", "wherever my wife gets a
// job", "a bit of everything") gets one specific question back, never a guess.
import type { ProfileField } from '../../domain/profile.js';
import type { Clarifying } from './clarify.js';

// Words that leave an answer open: not knowing, depending on something, a vague amount or place, half-done.
const VAGUE = /\b(idk|dunno|depends|depending|not sure|unsure|no idea|kind of|kinda|sort of|sorta|a few|few|several|some|somewhere|a bit|bit of|wherever|whatever|whichever|everything|in progress|ongoing|sometime|at some point|hard to say|many|multiple|lots|soon|shortly|eventually|inshallah|insha allah|god willing|the usual|usual ones|the ones|the normal ones|from my (region|area|state|country|place)|regional ones|local ones|anything ?but|anything ?except|anything other than|someday|one day|later)\b|^\s*(\S+ ){1,3}(hmm+|umm+|uhh*|meh)\s*$|\b(in |during )?the (19|20)?\d0s\b|\b(early|mid|late) (19|20)?\d0s\b|^\s*(19|20)\d0s\s*$/;
// An exam answered only with "done" / "finished": pass or fail, and on which attempt, is not said.
// ("gave step 1 in october", "took CK last month": when it was taken says nothing of the result either)
const TAKEN_WHEN = '(?: (?:in|on|back in|last|this|during|around|early|late) [a-z0-9 ]{1,20})?';
const EXAM_DONE = new RegExp(`^(?:(?:usmle )?step ?[123]|step[123]|ck|it|that|exam)?\\s*(?:is |was )?(?:done|finished|over|completed|taken)${TAKEN_WHEN}$|^(?:i )?(?:done|finished|completed|took|gave|sat|wrote)(?: with| for)? (?:the )?(?:step ?[123]|step[123]|ck|it|exam)${TAKEN_WHEN}$`);

// The one question for each field, when its answer was vague.
const QUESTION: Partial<Record<ProfileField, Clarifying>> = {
  step1: { field: 'step1', topic: 'implausible', facts: { hint: 'Did you pass Step 1, and on which attempt (first, second...)? Or is it still ahead of you?' } },
  step2ck: { field: 'step2ck', topic: 'implausible', facts: { hint: 'What is your Step 2 CK score (the three-digit number), or have you not taken it yet?' } },
  step3: { field: 'step3', topic: 'step3_result' },
  graduationYear: { field: 'graduationYear', topic: 'implausible', facts: { hint: 'Which year did you graduate from medical school (for example 2019)?' } },
  regions: { field: 'regions', topic: 'regions_which' },
  usLors: { field: 'usLors', topic: 'lors_count' },
  usce: { field: 'usce', topic: 'usce_months' },
  languages: { field: 'languages', topic: 'implausible', facts: { hint: 'Which languages do you speak well enough to use with patients? Name them, for example "English and Tagalog".' } },
  stage: { field: 'stage', topic: 'implausible', facts: { hint: 'Where are you now: applying this cycle, reapplying after an earlier try, or still preparing for a later cycle?' } },
  specialty: { field: 'specialty', topic: 'specialty_which' },
  research: { field: 'research', topic: 'research_status' },
  visa: { field: 'visa', topic: 'visa_which' },
  couples: { field: 'couples', topic: 'implausible', facts: { hint: 'Will you and your partner enter the Couples Match together this cycle (yes or no)?' } },
  ecfmg: { field: 'ecfmg', topic: 'implausible', facts: { hint: 'Are you ECFMG certified already, and if not, what is still missing (Step 1, Step 2 CK, OET, diploma verification)?' } },
};

/** The question to ask when the reply to `pending` is vague and nothing was read for it; undefined otherwise. */
export function vagueAnswer(pending: ProfileField | undefined, text: string): Clarifying | undefined {
  if (!pending) return undefined;
  const q = QUESTION[pending];
  if (!q) return undefined;
  const t = text.trim();
  if ((pending === 'step1' || pending === 'step2ck' || pending === 'step3') && EXAM_DONE.test(t)) {
    // "step 1 done" while CK is asked is about Step 1: that exam's own question, not the pending one
    const named = /\bstep ?1\b|\bstep1\b/.test(t) ? 'step1' : /\bstep ?3\b|\bstep3\b/.test(t) ? 'step3' : /\bstep ?2\b|\bstep2\b|\bck\b/.test(t) ? 'step2ck' : pending;
    return QUESTION[named];
  }
  return VAGUE.test(text) ? q : undefined;
}

/** The one specific question for a field whose value was told with doubt about it ("3 letters but not sure which count as US"). */
export function doubtedAnswer(field: ProfileField): Clarifying | undefined {
  return QUESTION[field];
}
