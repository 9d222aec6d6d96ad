// Step two: a message cut into clauses, each with its tokens and what kind of clause it is.
import { tokenise } from './tokens.js';

/** One clause of a message. */
export interface Clause {
  text: string;
  tokens: string[];
  /** Asks something ("is 225 enough for IM", "how much for 90 applications?"). */
  question: boolean;
  /** About someone else ("my roommate got 245"): never read as the applicant's own facts. */
  otherPerson: boolean;
  /** Only discourse words ("no", "oops", "sorry", "wait"): a correction marker or a bare answer. */
  marker: boolean;
  /** Adds to what is stored ("San Diego as well", "also Spanish"). */
  adds: boolean;
}

// Sentence ends, list separators and conjunctions that start a new fact.
const SENTENCE = /(?<=[?!])\s*|\n+|(?<=[a-z0-9)])\.(?:\s+|$)/;
const CLAUSE = /\s*[,;]\s*|\s+(?:and|but|also|plus|btw|though|although|however|whereas|while|then|so|as for|and then|and also|but also)\s+|\s+-+\s+|\s*\/\/\s*|\s*\|\s*|\s*\(\s*|\s*\)\s*/;
const QUESTION_START = /^(how|what|whats|what's|why|when|where|which|who|whom|whose|any tips|any advice|tips|advice on|explain|tell me|is there|are there|do you|can you|could you|would you|should i|can i|could i|do i|does it|does that|will i|would i|am i|is it|is that|is this|are my|is my|do programs|does a|does an|do they|is a|is an|are|is|should|would|could|can|will|do|does|did)\b/;
const AUX_SUBJECT = /^((is|are|am|was|were|can|could|should|would|will|do|does|did|have|has|may|might|shall)\s+(i|you|it|my|that|this|there|we|he|she|they|programs?|img|imgs|anyone|someone|anybody|somebody|it's)|(is|are|was|were|would|will|does|can|could)\s+(a|an|the|\d+|being|having|getting|applying))\b/;
const QUESTION_WORD_START = /^(how|what|whats|what's|why|when|where|which|who|whom|whose|any tips|any advice|tips|advice on|explain|tell me)\b/;
const OTHER_PERSON = /^(?:.*\s)?(my|a|his|her|their|our) (friend|friends|roommate|room mate|brother|sister|cousin|colleague|colleagues|classmate|batchmate|senior|junior|husband|wife|spouse|partner|mom|mother|dad|father|uncle|aunt|buddy|mate|coworker|co-worker|fiance|fiancee|bf|gf|boyfriend|girlfriend)('s)?\s+(scored|got|has|had|took|passed|failed|graduated|matched|is|was|needs|need|did|does|speaks|applied|applies|applying|wants|made)\b|^(he|she|they|someone|somebody|people|others|everyone|my friend)\s+(scored|got|has|had|took|passed|failed|graduated|matched|is|are|was|were|needs|speaks)\b/;
const MARKERS = new Set(['no', 'nah', 'nope', 'oops', 'sorry', 'wait', 'actually', 'hmm', 'hm', 'ok', 'okay', 'well', 'oh', 'correction', 'my bad', 'scratch that', 'forget that',
  'forget what i said', 'i meant', 'i mean', 'hold on', 'ugh', 'lol', 'btw', 'sorry i meant', 'no i meant', 'oh wait', 'wait no', 'so', 'also', 'and', 'um', 'uh', 'err', 'typo',
  'i made a mistake', 'mistake', 'update', 'small correction', 'let me correct', 'oh no', 'fix', 'change', 'edit', 'whoops', 'yikes', 'hey', 'hi', 'hello', 'thanks', 'thank you']);
const ADDS = /\b(as well|too|also|in addition|additionally|add|adding|plus)\b/;

/** Cuts a message into sentences and clauses; a trailing "?" marks every clause of its sentence as asking. */
export function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  for (const sentence of text.split(SENTENCE)) {
    const s = sentence.trim();
    if (!s) continue;
    const asks = /\?\s*$/.test(s);
    const parts = s.replace(/[?!.]+$/, '').split(CLAUSE).map((p) => p.trim()).filter((p) => p && /[a-z0-9]/.test(p));
    parts.forEach((p, i) => {
      const t = p.replace(/[?!]+/g, ' ').trim();
      const tokens = tokenise(t);
      const wordy = tokens.length >= 3;
      const question = tokens.length >= 2 && (QUESTION_WORD_START.test(t) || AUX_SUBJECT.test(t) || (asks && i === parts.length - 1 && wordy) || (asks && QUESTION_START.test(t)));
      out.push({ text: t, tokens, question, otherPerson: OTHER_PERSON.test(t), marker: MARKERS.has(tokens.join(' ')), adds: ADDS.test(t) });
    });
  }
  return out;
}
