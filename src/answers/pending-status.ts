// A status the asker is waiting for (a green card through a spouse, an interview next month, a wedding in April) asked
// for what it changes in their own Match: how to rank, what to put, whether J-1 programs still matter. Until the card
// or a work permit is in hand before July 1, the saved visa need stands; the approval date cannot be counted on; a
// J-1's home-country rule outlives a marriage. The case itself is an attorney's: it is answered, never refused whole.
import { z } from 'zod';
import type { Profile } from '../domain/profile.js';
import { readKnowledgeJson } from '../knowledge/knowledge-files.js';
import { wordsPattern } from './words-pattern.js';

const words = z.array(z.string().min(1)).min(1);
const FILE = z.object({ status: words, pending: words, match_act: words, self: words, held: words }).passthrough().parse(readKnowledgeJson('answers/pending-status.json'));
const STATUS = wordsPattern(FILE.status);
const PENDING = wordsPattern(FILE.pending);
const MATCH_ACT = wordsPattern(FILE.match_act);
const SELF = wordsPattern(FILE.self);
const HELD = wordsPattern(FILE.held);

/** Whether the message asks what a status not yet held changes in the asker's own Match (ranking, ERAS, J-1 programs). */
export function asksPendingStatus(text: string): boolean {
  // the status and the sign that it is still coming are told in one sentence ("my green card interview is in March")
  const coming = text.split(/(?<=[.!?;])\s+/).some((s) => STATUS.test(s) && PENDING.test(s));
  return coming && MATCH_ACT.test(text) && SELF.test(text) && !HELD.test(text);
}

/** The visa the asker needs until the card is in hand, from the saved answer. */
function visaNeed(profile?: Profile): string {
  if (profile?.visa === 'needs_j1') return 'a J-1, as you saved';
  if (profile?.visa === 'needs_h1b') return 'an H-1B, as you saved';
  return 'a J-1 or an H-1B';
}

/** The answer: the saved need stands until the card is in hand, the date cannot be counted on, how to rank, the J-1's
 *  home-country rule, and the case itself left to an attorney (general knowledge, said as such). */
export function pendingStatusText(profile?: Profile): string {
  return [
    `A green card that is still pending does not count for the Match: until the card, or a work permit (EAD) from the pending case, is in your hands before residency starts on 1 July, you still need ${visaNeed(profile)}, like any other non-US applicant. So apply and rank as you do now, with the programs that sponsor your visa first.`,
    'You cannot count on the approval date: interviews and decisions are often moved. A program that does not sponsor visas can take you only if the card or the work permit arrives in time, so rank one only below the programs that sponsor you, never instead of them. If the card comes, tell the programs you ranked and update your ERAS and NRMP details.',
    'Weigh one thing before you start on a J-1: its two-year home-country rule (212(e)) stays after a marriage and blocks a green card until it is met or waived, so a J-1 start can delay the card you are waiting for; an H-1B carries no such rule.',
    'Your own case (its timing, a work permit from it, the 212(e) question) is for a licensed immigration attorney, who can read your documents (general knowledge, not from our guides; uscis.gov).',
  ].join('\n');
}
