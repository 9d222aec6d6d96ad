// Answers free-text questions from the guidance articles: TF-IDF (natural) over stemmed words after a
// synonyms table, title and tags weighted above the body, one-edit typo tolerance, and an honest
// "not found" with the nearest topics when the best match is below a confidence line.
import { createRequire } from 'node:module';
import { z } from 'zod';
import type { AskResult } from '../domain/advice.js';
import type { Article } from '../knowledge/articles.js';
import { readKnowledgeJson } from '../knowledge/knowledge-files.js';

// natural's submodules only: the package root also loads dotenv, database clients and WordNet.
const require = createRequire(import.meta.url);
/** natural's TfIdf (~20 ms to load): required only when an index is actually built, never on a cached start. */
type TfIdfClass = new () => { documents: Record<string, unknown>[]; addDocument(terms: string[]): void; idf(term: string): number };
let tfIdfClass: TfIdfClass | undefined;
const loadTfIdf = (): TfIdfClass =>
  (tfIdfClass ??= (require('natural/lib/natural/tfidf/index.js') as { TfIdf: TfIdfClass }).TfIdf);
const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };
const { words: naturalStopwords } = require('natural/lib/natural/util/stopwords.js') as { words: string[] };
const { DamerauLevenshteinDistance } = require('natural/lib/natural/distance/levenshtein_distance.js') as {
  DamerauLevenshteinDistance(a: string, b: string): number;
};

/** Weights and limits of the ranking; exported so tests and tools can read them, not to be changed per call. */
export const RETRIEVAL_SETTINGS = {
  /** How many times the title and the tags are repeated in an article's full-text document. */
  titleWeight: 4,
  tagWeight: 3,
  /** Weight of the separate title+tags vector, whose IDF counts only titles and tags. */
  headWeight: 1,
  /** A question whose best cosine score is below this gets `found: false`. */
  minScore: 0.075,
  /** When only one of several question words matches the best article, its score must reach this. */
  singleWordMinScore: 0.12,
  /** A typo-corrected word counts this much of an exact match. */
  fuzzyWeight: 0.7,
  maxAnswerChars: 700,
  nearestCount: 3,
} as const;

/** The synonyms file: phrases rewritten to canonical words, and chat filler to ignore. */
const words = z.string().regex(/^[a-z0-9]+( [a-z0-9]+)*$/, 'lowercase words separated by single spaces');
/** Validates knowledge/synonyms.json. */
const synonymsSchema = z.object({
  phrases: z.record(words, words),
  caseSensitive: z.record(z.string().regex(/^[A-Za-z0-9]+$/), words),
  /** Prefixes that negate a word the guides use ("unprofessional", "non-competitive"): such an unknown word is read as
   *  the word it negates, whose topic it shares. */
  negativePrefixes: z.array(z.string().regex(/^[a-z]+$/)),
  keepWords: z.array(z.string().min(1)),
  stopwords: z.array(z.string().min(1)),
});
export type Synonyms = z.infer<typeof synonymsSchema>;

/** The synonyms in the knowledge folder (KNOWLEDGE_DIR or the bundled one), validated when this module loads. */
export const defaultSynonyms: Synonyms = synonymsSchema.parse(readKnowledgeJson('synonyms.json'));

/** The prepared synonym and stopword tables that turn text into index terms. */
export interface Analyzer {
  caseSensitive: Map<string, string[]>;
  phrases: Map<string, string[]>;
  maxPhraseWords: number;
  stopwords: Set<string>;
  /** Negating prefixes, longest first. */
  negativePrefixes: string[];
}

/** One paragraph (a list kept with its lead-in) and its term counts. */
export interface Passage {
  text: string;
  terms: Map<string, number>;
}

/** Sparse vector over two spaces: "b:<term>" for the full text, "h:<term>" for title + tags. */
type Vector = Map<string, number>;

/** One article with its full-text vector and its passages. */
export interface IndexedArticle {
  article: Article;
  vector: Vector;
  norm: number;
  passages: Passage[];
}

/** A prepared, read-only index over the articles; build once at start-up with buildRetrievalIndex. */
export interface RetrievalIndex {
  readonly entries: readonly IndexedArticle[];
  /** IDF of each known term in the full text and in titles + tags (0 for terms found nearly everywhere). */
  readonly idf: ReadonlyMap<string, { full: number; head: number }>;
  /** IDF given to a term no article contains. */
  readonly unknownIdf: number;
  readonly vocabularyByInitial: ReadonlyMap<string, readonly string[]>;
  readonly analyzer: Analyzer;
}

function makeAnalyzer(synonyms: Synonyms): Analyzer {
  const phrases = new Map(Object.entries(synonyms.phrases).map(([k, v]) => [k, v.split(' ')]));
  const caseSensitive = new Map(Object.entries(synonyms.caseSensitive).map(([k, v]) => [k, v.split(' ')]));
  const maxPhraseWords = Math.max(1, ...[...phrases.keys()].map((k) => k.split(' ').length));
  const keep = new Set(synonyms.keepWords);
  // Stopwords are compared after stemming, so "takes" and "take" are treated alike.
  const stopwords = new Set(
    [...naturalStopwords.filter((w) => !keep.has(w)), ...synonyms.stopwords].map((w) => porter.stem(w)),
  );
  const negativePrefixes = [...synonyms.negativePrefixes].sort((a, b) => b.length - a.length);
  return { caseSensitive, phrases, maxPhraseWords, stopwords, negativePrefixes };
}

/** Turns text into stemmed index terms: lowercase words, synonym phrases, score/year numbers, no stopwords. */
export function analyze(text: string, analyzer: Analyzer): string[] {
  const raw = text
    .replace(/['\u2018\u2019]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .flatMap((token) => analyzer.caseSensitive.get(token) ?? [token.toLowerCase()]);
  const canonical: string[] = [];
  for (let i = 0; i < raw.length; ) {
    let matched = false;
    for (let n = Math.min(analyzer.maxPhraseWords, raw.length - i); n >= 1 && !matched; n--) {
      const replacement = analyzer.phrases.get(raw.slice(i, i + n).join(' '));
      if (replacement) {
        canonical.push(...replacement);
        i += n;
        matched = true;
      }
    }
    if (!matched) canonical.push(raw[i++] as string);
  }
  const terms: string[] = [];
  for (const word of canonical) {
    // a clock time ("8am", "10pm") says when, never what is asked
    if (/^\d{1,2}(am|pm)$/.test(word)) continue;
    if (/^\d+$/.test(word)) {
      const n = Number(word);
      if (n >= 180 && n <= 300) terms.push('score');
      else if (n >= 1950 && n <= 2100) terms.push('year');
      continue;
    }
    const stem = porter.stem(word);
    if (word.length >= 2 && !analyzer.stopwords.has(stem)) terms.push(stem);
  }
  return terms;
}

function counts(terms: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const t of terms) map.set(t, (map.get(t) ?? 0) + 1);
  return map;
}

const LIST_BLOCK = /^(?:[-*]|\d+\.)\s/;
/** A last sentence that announces what follows ("Use these bands...", "three levers:"). */
const LEADS_IN = /(?:^|[.!?]\s+)[^.!?]*\b(?:these|the following|below|as follows|two|three|four|five|six)\b[^.!?]*[.:]?$/i;

/** A block without its `<!-- asks: ... -->` lines. */
const bare = (block: string) => block.replace(/\s*<!--[\s\S]*?-->/g, '').trim();

/** Paragraphs of a body; a paragraph ending in ':' or announcing a list is joined to the list that follows it. */
export function splitPassages(body: string): string[] {
  const blocks = body.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const passages: string[] = [];
  let lastIsLead = false;
  for (const block of blocks) {
    const last = passages[passages.length - 1];
    const joins: boolean = last !== undefined && (bare(last).endsWith(':') || (lastIsLead && LIST_BLOCK.test(block)));
    if (joins) passages[passages.length - 1] = `${last}\n\n${block}`;
    else passages.push(block);
    lastIsLead = !joins && !LIST_BLOCK.test(block) && LEADS_IN.test(bare(block));
  }
  return passages;
}

/** Term frequencies of natural TfIdf documents, and each term's IDF with natural's +1 removed. */
function tfidfTables(documents: string[][]): { tf: Map<string, number>[]; idf: Map<string, number> } {
  const TfIdf = loadTfIdf();
  const tfidf = new TfIdf();
  for (const doc of documents) tfidf.addDocument(doc);
  const idf = new Map<string, number>();
  const tf = tfidf.documents.map((doc) => {
    const map = new Map<string, number>();
    for (const [term, value] of Object.entries(doc)) {
      if (term === '__key' || typeof value !== 'number') continue;
      map.set(term, value);
      // natural's idf is 1 + ln(N / (1 + df)); without the 1, terms in (nearly) every document weigh 0.
      if (!idf.has(term)) idf.set(term, Math.max(0, tfidf.idf(term) - 1));
    }
    return map;
  });
  return { tf, idf };
}

function norm(vector: Vector): number {
  let squares = 0;
  for (const w of vector.values()) squares += w * w;
  return Math.sqrt(squares);
}

/** Indexes the articles once: TF-IDF over the full text (title and tags repeated) plus a title+tags space. */
export function buildRetrievalIndex(articles: Article[], synonyms: Synonyms = defaultSynonyms): RetrievalIndex {
  const analyzer = makeAnalyzer(synonyms);
  const { titleWeight, tagWeight, headWeight } = RETRIEVAL_SETTINGS;
  const heads: string[][] = [];
  const fulls: string[][] = [];
  for (const a of articles) {
    const title = analyze(a.title, analyzer);
    const tags = analyze(a.tags.join(' '), analyzer);
    heads.push([...title, ...tags]);
    fulls.push([
      ...Array.from({ length: titleWeight }, () => title).flat(),
      ...Array.from({ length: tagWeight }, () => tags).flat(),
      ...analyze(a.body, analyzer),
    ]);
  }
  const full = tfidfTables(fulls);
  const head = tfidfTables(heads);
  const unknownIdf = Math.log(Math.max(2, articles.length));
  const idf = new Map<string, { full: number; head: number }>();
  for (const [term, w] of full.idf) idf.set(term, { full: w, head: head.idf.get(term) ?? unknownIdf });

  const entries = articles.map((article, d) => {
    const vector: Vector = new Map();
    for (const [term, tf] of full.tf[d] ?? []) vector.set(`b:${term}`, (1 + Math.log(tf)) * (full.idf.get(term) ?? 0));
    for (const [term, tf] of head.tf[d] ?? []) {
      vector.set(`h:${term}`, headWeight * (1 + Math.log(tf)) * (head.idf.get(term) ?? 0));
    }
    // a passage's `<!-- asks: ... -->` questions are indexed with it, never shown
    const passages = splitPassages(article.body).map((text) => ({ text: text.replace(/\s*<!--[\s\S]*?-->/g, '').trim(), terms: counts(analyze(text, analyzer)) }));
    return { article, vector, norm: norm(vector), passages };
  });
  const vocabularyByInitial = new Map<string, string[]>();
  for (const term of idf.keys()) {
    const initial = term[0] as string;
    vocabularyByInitial.set(initial, [...(vocabularyByInitial.get(initial) ?? []), term]);
  }
  return { entries, idf, unknownIdf, vocabularyByInitial, analyzer };
}

/** The closest indexed term to an unknown one (one edit, two for long words, same first letter), if any. */
function correctTypo(index: RetrievalIndex, term: string): string | undefined {
  if (term.length < 5) return undefined;
  const maxEdits = term.length >= 9 ? 2 : 1;
  let best: { term: string; edits: number } | undefined;
  for (const candidate of index.vocabularyByInitial.get(term[0] as string) ?? []) {
    if (Math.abs(candidate.length - term.length) > maxEdits) continue;
    const edits = DamerauLevenshteinDistance(term, candidate);
    if (edits <= maxEdits && (!best || edits < best.edits)) best = { term: candidate, edits };
  }
  return best?.term;
}

/** The indexed term an unknown one negates ("unprofession" -> "profession"), if any: the stem left must be a known
 *  term of five letters or more, so a short accidental remainder ("inform" is no negation of "form") never counts. */
function negated(index: RetrievalIndex, term: string): string | undefined {
  for (const prefix of index.analyzer.negativePrefixes) {
    const rest = term.startsWith(prefix) ? term.slice(prefix.length) : '';
    if (rest.length >= 5 && index.idf.has(rest)) return rest;
  }
  return undefined;
}

/** A question's weights per known term, in the full-text space and the title+tags space. */
export interface Query {
  terms: Map<string, { full: number; head: number }>;
  norm: number;
  /** How many distinct content words the question has, known or not. */
  size: number;
}

/** Weighs the question's words; typo-corrected ones are discounted, unknown ones only lengthen the norm. */
export function makeQuery(index: RetrievalIndex, question: string): Query {
  const { headWeight, fuzzyWeight } = RETRIEVAL_SETTINGS;
  const terms = new Map<string, { full: number; head: number }>();
  let squares = 0;
  const distinct = new Set(analyze(question, index.analyzer));
  for (const term of distinct) {
    const exact = index.idf.has(term);
    const known = exact ? term : negated(index, term) ?? correctTypo(index, term);
    const idf = known === undefined ? undefined : index.idf.get(known);
    if (known === undefined || idf === undefined) {
      squares += (1 + headWeight ** 2) * index.unknownIdf ** 2;
      continue;
    }
    if (terms.has(known)) continue;
    const factor = exact ? 1 : fuzzyWeight;
    const weights = { full: factor * idf.full, head: factor * headWeight * idf.head };
    terms.set(known, weights);
    squares += weights.full ** 2 + weights.head ** 2;
  }
  return { terms, norm: Math.sqrt(squares), size: distinct.size };
}

/** The passage covering most of the question (first on ties), trimmed at a sentence end to the length limit. */
function excerpt(entry: IndexedArticle, query: Query): string {
  let best = entry.passages[0];
  let bestScore = 0;
  for (const passage of entry.passages) {
    let score = 0;
    // Covering more of the question's words counts; repeating one of them does not.
    for (const [term, w] of query.terms) if (passage.terms.has(term)) score += w.full + w.head;
    if (score > bestScore) [best, bestScore] = [passage, score];
  }
  return trimToLimit(best?.text ?? '', RETRIEVAL_SETTINGS.maxAnswerChars);
}

function trimToLimit(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('.\n'), cut.lastIndexOf(';\n'), cut.lastIndexOf('\n'));
  return end > limit / 3 ? `${cut.slice(0, end + 1).trimEnd()}…` : `${cut.trimEnd()}…`;
}

/** An article's cosine score for a question and how many question words it matched. */
export interface Ranked {
  entry: IndexedArticle;
  score: number;
  /** Distinct question words that carry weight in this article. */
  matched: number;
}

/** Every article ranked by cosine score against the question, best first (index order on ties). */
export function rank(index: RetrievalIndex, query: Query): Ranked[] {
  return index.entries
    .map((entry, order) => {
      let dot = 0;
      let matched = 0;
      for (const [term, w] of query.terms) {
        const full = entry.vector.get(`b:${term}`) ?? 0;
        dot += w.full * full + w.head * (entry.vector.get(`h:${term}`) ?? 0);
        if (full > 0) matched += 1;
      }
      const score = query.norm > 0 && entry.norm > 0 ? dot / (query.norm * entry.norm) : 0;
      return { entry, score, matched, order };
    })
    .sort((a, b) => b.score - a.score || a.order - b.order);
}

/** True when the best article is a confident answer: a high enough score, backed by more than one word
 *  unless that one word alone makes a strong match or is the whole question. */
export function confident(top: Ranked | undefined, query: Query): top is Ranked {
  if (!top || top.score < RETRIEVAL_SETTINGS.minScore) return false;
  return top.matched >= 2 || top.matched === query.size || top.score >= RETRIEVAL_SETTINGS.singleWordMinScore;
}

/** Answers a question with an excerpt of the best article, or `found: false` and the 3 nearest topics. */
export function askIndex(index: RetrievalIndex, question: string): AskResult {
  const query = makeQuery(index, question);
  const ranked = rank(index, query);
  const top = ranked[0];
  if (!confident(top, query)) {
    return {
      found: false,
      nearest: ranked
        .slice(0, RETRIEVAL_SETTINGS.nearestCount)
        .map(({ entry }) => ({ articleId: entry.article.id, title: entry.article.title })),
    };
  }
  const { article } = top.entry;
  return {
    found: true,
    articleId: article.id,
    title: article.title,
    answer: excerpt(top.entry, query),
    source: article.source,
  };
}
