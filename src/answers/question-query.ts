// How a question becomes a weighted query for the passages: specialty names softened where they only say where the
// asker applies, words of manner set aside, the rare words of the context added, a story's unknown words not
// counted against it. Pure functions over the prepared index.
import { z } from 'zod';
import { analyze, makeQuery, type Query } from './retrieval.js';
import { readKnowledgeJson } from '../knowledge/knowledge-files.js';
import type { AnswerIndex, PassageRecord } from './passage-index.js';

/** Each query term's weight (full text and title space together). */
export function weights(query: Query): Map<string, number> {
  return new Map([...query.terms].map(([t, w]) => [t, w.full + w.head]));
}

/** Share of the weights a passage holds (terms in `exclude` not counted). */
export function coverageOf(p: PassageRecord, w: Map<string, number>, total: number, exclude?: Set<string>): number {
  let sum = 0;
  for (const [t, v] of w) if (p.terms.has(t) && !exclude?.has(t)) sum += v;
  return total > 0 ? sum / total : 0;
}

/** Index terms of specialty names: in a question about something else ("what should I highlight for FM programs?")
 *  they say where the asker applies, not what they ask, and weigh this share of their usual weight. */
const SPECIALTY_WEIGHT = 0.5;
const SPECIALTY_WORDS = 'internal medicine family medicine pediatrics psychiatry neurology pathology surgery emergency anesthesiology obstetrics gynecology';
/** A question about the specialty itself: choosing, comparing, switching, its odds. */
const ABOUT_SPECIALTY = /\b(?:specialt\w*|choos\w*|pick\w*|switch\w*|change|easier|easiest|harder|competitive|realistic|doable|chances?|odds|vs|versus|or|better|which|img[- ]friendly|friendly|match rates?)\b/i;

/** The query with specialty names at half weight, unless the question is about the specialty itself. */
export function softenSpecialties(index: AnswerIndex, query: Query, text: string): Query {
  if (ABOUT_SPECIALTY.test(text)) return query;
  const names = new Set(analyze(SPECIALTY_WORDS, index.retrieval.analyzer));
  const hit = [...query.terms.keys()].filter((t) => names.has(t));
  // only beside other known words: a question of specialty words alone is about the specialty
  if (!hit.length || hit.length === query.terms.size) return query;
  let squares = query.norm ** 2;
  const terms = new Map(query.terms);
  for (const t of hit) {
    const w = terms.get(t)!;
    const soft = { full: SPECIALTY_WEIGHT * w.full, head: SPECIALTY_WEIGHT * w.head };
    squares += soft.full ** 2 + soft.head ** 2 - w.full ** 2 - w.head ** 2;
    terms.set(t, soft);
  }
  return { ...query, terms, norm: Math.sqrt(Math.max(squares, 1e-9)) };
}

/** Words of manner, not of topic: how the asker wants the answer said or how they feel saying it. */
export const MANNER = /\b(?:in (?:simple|plain|easy|layman'?s?) (?:words|terms|english)|simple words|plain english|honestly|frankly|seriously|tbh|ngl|plz|pls|please|bro|bhai|yaar|lol|lmao|asap|be (?:honest|real|straight|brutal)(?: with me)?|brutally|no sugar-?coating)\b/gi;

/** Validates knowledge/answers/asking-words.json. */
const askingSchema = z.object({ words: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1) });

/** Words that say what kind of answer is wanted or point back at the chat ("options", "concretely", "you mentioned"):
 *  no topic, so they neither rank passages nor count as uncovered (knowledge/answers/asking-words.json, built at load). */
export const ASKING_WORDS = new RegExp(String.raw`\b(?:${[...askingSchema.parse(readKnowledgeJson('answers/asking-words.json')).words]
  // the longest phrase first, so "could you please explain" is taken whole, not "could you please" and a stray "explain"
  .sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|')})\b`, 'gi');

/** A context word held by at most this many guides is rare enough to name what the question is about. */
const RARE_CONTEXT_GUIDES = 2;

/** The question's own query with the context's rare words added at full weight (none when there is no context). */
export function withRareContext(index: AnswerIndex, own: Query, context: string): Query {
  if (!context.trim()) return own;
  const n = index.retrieval.entries.length;
  const bar = Math.log(n / (1 + RARE_CONTEXT_GUIDES));
  const extra = [...makeQuery(index.retrieval, context).terms].filter(([t, w]) => !own.terms.has(t) && (index.retrieval.idf.get(t)?.full ?? 0) >= bar && w.full > 0);
  if (!extra.length) return own;
  const terms = new Map([...own.terms, ...extra]);
  const squares = own.norm ** 2 + extra.reduce((a, [, w]) => a + w.full ** 2 + w.head ** 2, 0);
  return { terms, norm: Math.sqrt(squares), size: own.size + extra.length };
}

/** The question read with the rest of the message. Words no guide uses lengthen the query (they lower every score)
 *  only when the question itself says them: in the story around it ("my uncle, a consultant in Birmingham, says
 *  ...") they are narrative, and a long story would otherwise sink a question the guides answer well. */
export function storyQuery(index: AnswerIndex, text: string, context: string): Query {
  const both = makeQuery(index.retrieval, `${text} ${context}`);
  const own = makeQuery(index.retrieval, text);
  let known = 0;
  for (const w of both.terms.values()) known += w.full ** 2 + w.head ** 2;
  let ownKnown = 0;
  for (const w of own.terms.values()) ownKnown += w.full ** 2 + w.head ** 2;
  const ownUnknown = Math.max(0, own.norm ** 2 - ownKnown);
  return { ...both, norm: Math.sqrt(Math.max(known + ownUnknown, 1e-9)) };
}

/** The query without the weight of words no guide uses: a story's names and places ("Santa Monica", "my in-laws")
 *  are narrative, so they neither lower every article's score nor count as what the guides fail to cover. */
export function knownWordsOnly(query: Query): Query {
  let squares = 0;
  for (const w of query.terms.values()) squares += w.full ** 2 + w.head ** 2;
  return { terms: query.terms, norm: Math.sqrt(squares), size: query.terms.size };
}
