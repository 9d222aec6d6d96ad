// The answer index: every passage of every article in user-visible form, with term counts, passage-level
// IDF and what kind of fact each passage states. Plain data (arrays, Maps, Sets), built once at load.
import type { Article } from '../knowledge/articles.js';
import { analyze, buildRetrievalIndex, defaultSynonyms, splitPassages, type RetrievalIndex, type Synonyms } from './retrieval.js';
import { withFigures } from './figures.js';
import { asksOf, publicText } from './public-text.js';

/** One sentence of a passage and its index terms. */
export interface SentenceRecord { text: string; terms: string[] }

/** One passage as an answer may show it, and the facts it carries. */
export interface PassageRecord {
  /** Position of the article in `AnswerIndex.retrieval.entries`. */
  article: number;
  /** Position of the passage within its article. */
  position: number;
  text: string;
  terms: Map<string, number>;
  sentences: SentenceRecord[];
  /** The questions this passage answers, as applicants ask them (from the article's `<!-- asks: ... -->` lines). */
  asks: string[];
  /** Index terms of each of those questions. */
  askTerms: string[][];
  /** A list kept with its lead-in. */
  list: boolean;
  /** The bold heading a passage opens with ("September: submit on the first day"), when it is one part of a guide
   *  written in headed parts; an outline of these names every part. */
  heading?: string;
  states: { amount: boolean; count: boolean; duration: boolean };
}

/** Everything the answer composer reads; no closures, so it can be persisted and loaded as data. */
export interface AnswerIndex {
  retrieval: RetrievalIndex;
  passages: PassageRecord[];
  /** Passage ids (positions in `passages`) per article, in reading order. */
  byArticle: number[][];
  /** ln(N / df) over passages: how rare a term is among passages. */
  passageIdf: Map<string, number>;
  articleIds: Set<string>;
}

const AMOUNT = /\$\s?\d/;
const COUNT = /\b\d+(?:[.,]\d+)?\s?%|\b\d+\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b/i;
const DURATION = /\b\d+(?:[–-]\d+)?\s*(?:months?|years?|weeks?|days?|hours?)\b|\b(?:one|two|three|four|six|twelve) (?:months?|years?|weeks?|days?|hours?|minutes?)\b|\b(?:September|October|November|December|January|February|March|June|July)\b/i;

/** Names that hold a digit but state no quantity: Step 1, J-1, H-1B, PGY-2, DS-2019, 22 CFR 62.27. */
const IDENTIFIER = /\b(?:step\s?[123]|[jh]-?1-?b?|pgy-?\d|ds-?\d+|i-?\d+|\d+ cfr [\d.]+|cfr [\d.]+)\b/gi;

/** True when a sentence states the kind of figure asked (an amount, a count, a duration or date), names aside. */
export function statesFigure(kind: 'amount' | 'count' | 'duration', sentence: string): boolean {
  const text = sentence.replace(IDENTIFIER, ' ');
  return (kind === 'amount' ? AMOUNT : kind === 'count' ? COUNT : DURATION).test(text);
}

/** Splits a passage into sentences and list items (a list item is its own sentence). */
function splitSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z"“(])/))
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z]/.test(s));
}

/** The bold heading a passage opens with, without its number and closing stop ("**2. More USCE.**" -> "More USCE"). */
const HEADING = /^\*\*([^*\n]{3,90}?)\*\*/;
function headingOf(text: string): string | undefined {
  const h = HEADING.exec(text)?.[1]?.trim().replace(/^\d+\.\s*/, '').replace(/[.:,;]\s*$/, '').trim();
  return h && /[A-Za-z]{3}/.test(h) ? h : undefined;
}

/** Builds the answer index over the articles (and the article-level retrieval index with it). */
export function buildAnswerIndex(raw: Article[], synonyms: Synonyms = defaultSynonyms): AnswerIndex {
  // figures come from the data tables; a passage's questions are ranked together with its text
  const articles = withFigures(raw);
  const retrieval = buildRetrievalIndex(articles, synonyms);
  const passages: PassageRecord[] = [];
  const byArticle: number[][] = [];
  articles.forEach((article, a) => {
    byArticle.push([]);
    splitPassages(article.body).forEach((raw, position) => {
      const text = publicText(raw);
      if (!text) return;
      const asks = asksOf(raw);
      const termList = [...analyze(text, retrieval.analyzer), ...analyze(asks.join(' '), retrieval.analyzer)];
      const terms = new Map<string, number>();
      for (const t of termList) terms.set(t, (terms.get(t) ?? 0) + 1);
      const sentences = splitSentences(text).map((s) => ({ text: s, terms: [...new Set(analyze(s, retrieval.analyzer))] }));
      byArticle[a]!.push(passages.length);
      passages.push({
        article: a, position, text, terms, sentences, asks, askTerms: asks.map((q) => [...new Set(analyze(q, retrieval.analyzer))]),
        list: /\n\s*(?:[-*]|\d+\.)\s/.test(text),
        ...(headingOf(text) ? { heading: headingOf(text) } : {}),
        states: { amount: AMOUNT.test(text), count: COUNT.test(text), duration: DURATION.test(text) },
      });
    });
  });
  const df = new Map<string, number>();
  for (const p of passages) for (const t of p.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const passageIdf = new Map<string, number>();
  for (const [t, n] of df) passageIdf.set(t, Math.log(passages.length / n));
  return { retrieval, passages, byArticle, passageIdf, articleIds: new Set(articles.map((a) => a.id)) };
}
