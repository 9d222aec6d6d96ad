// A user who declines the interview ("no interview pls", "just one question", "don't need a plan") asks the advisor
// for answers, not questions: the phrase is a request, never a fact, so it is cut from the message before it is read
// ("no interview pls" is no count of 0 interview invitations), and the interview question is not asked again after
// the answers (knowledge/interview-declined.json, checked when loaded).
import { z } from 'zod';
import { alternation } from './people.js';
import DECLINED_FILE from '../../knowledge/interview-declined.json' with { type: 'json' };

const declinedSchema = z.object({
  about: z.string().min(1),
  declines: z.array(z.string().regex(/^[\p{Ll}' ]+$/u)).min(1),
  oneQuestion: z.array(z.string().regex(/^[\p{Ll}' ]+$/u)).min(1),
}).strict();

const FILE = declinedSchema.parse(DECLINED_FILE);
// the phrase with the punctuation that joins it to the rest ("no interview pls: how much...", "quick q only, ...")
const phrase = (words: readonly string[]) => new RegExp(`(?<![\\p{L}'])(?:${alternation(words).replace(/ /g, '\\s+')})(?![\\p{L}'])\\s*[,.:;!\\-–—]*\\s*`, 'giu');
const DECLINES = phrase(FILE.declines);
const ONE_QUESTION = phrase(FILE.oneQuestion);

/** What a message says of the interview: the text with the request cut out, and whether it declined the interview. */
export interface DeclineRead { text: string; declined: boolean }

/** The message without its request to skip the interview; "just one question" counts only when nothing is told yet. */
export function declinedInterview(text: string, atStart: boolean): DeclineRead {
  const plain = text.replace(/[\u2018\u2019]/g, "'");
  let declined = false;
  let rest = plain.replace(DECLINES, () => { declined = true; return ' '; });
  if (atStart) rest = rest.replace(ONE_QUESTION, () => { declined = true; return ' '; });
  if (!declined) return { text, declined: false };
  return { text: rest.replace(/\s+/g, ' ').trim(), declined: true };
}
