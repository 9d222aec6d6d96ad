// The answerer: the answer index, the scope patterns and the router, prepared once at load and read by every answer.
import type { Article } from '../knowledge/articles.js';
import { buildAnswerIndex, type AnswerIndex } from './passage-index.js';
import { OUT_OF_SCOPE, type OutOfScopeTopic } from './scope.js';
import { createRouter, type Router } from './route.js';

/** Everything answering needs, prepared once at load: plain data plus the compiled scope patterns. */
export interface Answerer { index: AnswerIndex; scope: readonly OutOfScopeTopic[]; router: Router }

/** Prepares the answerer over the articles (call once at start-up, never per question). */
export function createAnswerer(articles: Article[], scope: readonly OutOfScopeTopic[] = OUT_OF_SCOPE): Answerer {
  const index = buildAnswerIndex(articles);
  return { index, scope, router: createRouter(index.passages.flatMap((p) => p.asks)) };
}

/** The answerer around an index built earlier (for example one read back from the index cache). */
export function answererFrom(index: AnswerIndex, scope: readonly OutOfScopeTopic[] = OUT_OF_SCOPE): Answerer {
  return { index, scope, router: createRouter(index.passages.flatMap((p) => p.asks)) };
}
