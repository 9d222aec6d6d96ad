// What the engine needs from the knowledge base: a plan for a profile and answers to questions.
import type { Plan } from './plan.js';
import type { Profile } from './profile.js';

/** An answer found in the guidance articles, or an honest miss with the nearest topics. */
export type AskResult =
  | { found: true; articleId: string; title: string; answer: string; source: string }
  | { found: false; nearest: { articleId: string; title: string }[] };

/** The knowledge base as the pure engine sees it; everything here is already loaded in memory. */
export interface Advice {
  /** Builds the tiered plan for a profile as of `now`; pure, never touches I/O. */
  plan(profile: Profile, now: Date): Plan;
  /**
   * Answers a free-text question: from the articles, or, given the asker's profile, from their plan and the
   * program table. Never changes anything.
   */
  ask(question: string, context?: { profile: Profile; now: Date }): AskResult;
}
