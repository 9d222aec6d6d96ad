// A question about the bot's own question ("what do you mean by 'ties'? like relatives?", "¿a qué te refieres con
// lazos?"): the words that ask it, per language, are data (knowledge/asks-meaning.json, checked with zod when loaded).
// A message made only of such a question and guesses offered as questions tells nothing: it is explained and asked again,
// and no guess in it ("like relatives?") is stored as the answer.
import { z } from 'zod';
import { alternation } from '../people.js';
import MEANING_FILE from '../../../knowledge/asks-meaning.json' with { type: 'json' };

const words = z.array(z.string().min(1));
const languageSchema = z.object({ whole: words.min(1), term: words, termEnd: words, guess: words }).strict();
const meaningSchema = z.object({ about: z.string().min(1), languages: z.record(z.string(), languageSchema) }).strict();
const LANGUAGES = Object.values(meaningSchema.parse(MEANING_FILE).languages);

const all = (pick: (l: z.infer<typeof languageSchema>) => readonly string[]) => alternation([...new Set(LANGUAGES.flatMap(pick))]);
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const WHOLE = new RegExp(`${B}(?:${all((l) => l.whole)})${E}`, 'u');
// "what does 'ecfmg certified' even mean", "define usce": the words asked about sit between the opening and the closing
const TERM = new RegExp(`${B}(?:${all((l) => l.term)}) (.{1,40}?)(?: even| exactly| actually)? (?:${all((l) => l.termEnd)})${E}`, 'u');
const GUESS = new RegExp(`^(?:${all((l) => l.guess)})${E}`, 'u');
// the applicant speaking of themselves: a sentence with these tells, it is no guess at what the question means
const FIRST_PERSON = /(?<![\p{L}])(?:i|i'm|im|i've|my|me|mine|yo|mi|tengo|eu|meu|minha|tenho|mera|meri|mujhe|main)(?![\p{L}])/u;
// "what does that mean for me/my chances": the consequence of a fact is asked, a question for the guides
const CONSEQUENCE = /(?<![\p{L}])mean(?:s)? for(?![\p{L}])|significa para|quer dizer para/u;
// words that name nothing asked about
const FILLER = new Set(['the', 'a', 'an', 'by', 'with', 'of', 'that', 'this', 'it', 'you', 'u', 'do', 'does', 'is', 'are', 'exactly', 'even', 'here', 'there', 'con', 'de', 'por', 'com', 'lo', 'la', 'el', 'o', 'um', 'uma', 'una', 'un', 'eso', 'isso', 'isto', 'esto', 'question', 'pregunta', 'pergunta', 'like', 'mean', 'means']);

const folded = (t: string) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[‘’`´]/g, "'").replace(/\s+/g, ' ').trim();
const wordsOf = (t: string) => t.replace(/[^\p{L}\p{N}' ]+/gu, ' ').split(' ').map((w) => w.replace(/^'+|'+$/g, '')).filter(Boolean);

/** True when the whole message asks what the question means (with guesses at it only): `questionWords` are the question's own words. */
export function asksWhatQuestionMeans(raw: string, questionWords: ReadonlySet<string>): boolean {
  const sentences = folded(raw).split(/(?<=[?!.\n])\s*/).map((s) => s.trim()).filter((s) => /[\p{L}]/u.test(s));
  if (!sentences.length || sentences.length > 3) return false;
  let asked = false;
  for (const s of sentences) {
    const plain = s.replace(/[¿¡?!.,:;"()]+/g, ' ').replace(/\s+/g, ' ').trim();
    if (CONSEQUENCE.test(plain)) return false;
    const whole = WHOLE.exec(plain);
    const term = whole ? undefined : TERM.exec(plain);
    if (whole || term) {
      // a term asked about must be the question's own ("what does ECFMG mean" while the letters are asked is another
      // question); "what do you mean (by ...)" is said of what was just asked
      const named = term ? wordsOf(term[1]!).filter((w) => !FILLER.has(w) && w.length > 1) : [];
      if (named.length && !named.some((w) => nameInQuestion(w, questionWords))) return false;
      asked = true;
      continue;
    }
    // a guess offered as a question ("like relatives?", "o sea, familia?"): short, asked, and saying nothing of the applicant
    const guess = GUESS.test(plain);
    if (!s.endsWith('?') || FIRST_PERSON.test(plain) || wordsOf(plain).length > (guess ? 9 : 3)) return false;
  }
  return asked;
}

// a word asked about is the question's when it opens one of the question's words or one opens it ("pub" and "publications")
function nameInQuestion(w: string, questionWords: ReadonlySet<string>): boolean {
  for (const q of questionWords) if (q.length >= 3 && (q.startsWith(w.slice(0, Math.max(3, w.length - 1))) || w.startsWith(q))) return true;
  return false;
}

/** The words of a question and of what it means, folded, for `asksWhatQuestionMeans`. */
export function questionWordsOf(...texts: readonly string[]): ReadonlySet<string> {
  return new Set(texts.flatMap((t) => wordsOf(folded(t))).filter((w) => !FILLER.has(w)));
}
