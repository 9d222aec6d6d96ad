// An "ok", "sure" or "cool" to a question of fact claims nothing: the question is asked again, with a hint of what answers it.
import type { ProfileField } from '../../domain/profile.js';
import { readConfirmation } from './confirm.js';

// a reply of yes-words only ("yes", "oo tama", "si"), with no count, place or name in it
const YES_ONLY = /^(?:yes|yeah|yep|yup|ya|y|si|sí|sim|oo|opo|po|tama|haan|han|ji|haan ji|of course|sure|correct|i do|i have|yes i do|yes i have|meron|mayroon)(?:[\s,.!]+(?:yes|yeah|si|oo|opo|po|tama|haan|ji|i do|i have|i did))*[\s.!]*$/i;
const onlyYes = (raw: string) => YES_ONLY.test(raw.trim());

// The questions answered by a yes or a no (or a count where "none" is the no), and how to answer them.
const HINTS: Partial<Record<ProfileField, string>> = {
  ecfmg: 'I need a yes or a no here: are you ECFMG certified already? If not, say what is still missing (OET, Step 2 CK, diploma verification, the application).',
  couples: 'I need a yes or a no here: are you matching as a couple with a partner? If yes, add their specialty and whether they need a visa.',
  cycle: 'I need a yes or a no here: have you submitted your ERAS application this season? If yes, add how many interview invitations so far.',
  step1: 'How did Step 1 go: passed first time, passed after a retake, or not passed yet?',
  step2ck: 'What is your Step 2 CK score? If you have not taken it yet, say "not taken".',
  step3: 'Have you taken Step 3? Say "not taken", "planned", or "passed" with the score.',
  laTies: 'Do you have ties to Los Angeles or Southern California? Say "no", or which ones: family there, lived there, or trained there.',
  usce: 'How many months of US clinical experience do you have (for example "3 months hands-on in LA")? Say "none" if you have none yet.',
  usLors: 'How many US letters of recommendation do you have? A number is enough ("0" if none yet).',
  research: 'How many publications and posters do you have (for example "2 publications, 1 poster")? Say "none" if none.',
};

// Questions a bare yes does not answer ("yes" to "any research: how many?"): what the yes still has to say.
const AFTER_YES: Partial<Record<ProfileField, string>> = {
  laTies: 'Which ties to LA or Southern California: family there, lived there, or trained there (one or more)?',
  research: 'How many publications and posters or abstracts (for example "1 publication, 2 posters")?',
  usce: 'How many months of US clinical experience, hands-on or observership, and where (for example "3 months hands-on in LA")?',
  usLors: 'How many US letters of recommendation (a number is enough)?',
  languages: 'Which languages do you speak with patients (for example "English and Spanish")?',
};

/** The hint to ask again with when the whole reply only acknowledges ("ok", "sure", "theek hai") a question of fact; else undefined. */
export function acknowledgementHint(raw: string, pending: ProfileField | undefined): string | undefined {
  // an acknowledgement is a few words: a longer message is read as usual, without the yes/no reader's cost
  if (!pending || raw.length > 40) return undefined;
  const reply = HINTS[pending] || AFTER_YES[pending] ? readConfirmation(raw, 'claim') : undefined;
  // (a yes that only says "some" to a question of how many or which: what it has to say is asked)
  if (reply === 'yes' && AFTER_YES[pending] && onlyYes(raw)) return AFTER_YES[pending];
  return reply === 'acknowledged' ? HINTS[pending] : undefined;
}
