// An "ok", "sure" or "cool" to a question of fact claims nothing: the question is asked again, with a hint of what answers it.
import type { ProfileField } from '../../domain/profile.js';
import { readConfirmation } from './confirm.js';

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

/** The hint to ask again with when the whole reply only acknowledges ("ok", "sure", "theek hai") a question of fact; else undefined. */
export function acknowledgementHint(raw: string, pending: ProfileField | undefined): string | undefined {
  // an acknowledgement is a few words: a longer message is read as usual, without the yes/no reader's cost
  const hint = pending && raw.length <= 40 ? HINTS[pending] : undefined;
  return hint && readConfirmation(raw, 'claim') === 'acknowledged' ? hint : undefined;
}
