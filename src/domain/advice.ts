// What the engine needs from the knowledge base: a plan for a profile and answers to questions.
import type { Plan } from './plan.js';
import type { Profile, ProfileField } from './profile.js';

/**
 * A reply to a question, or an honest miss with the nearest topics. `kind` says where a reply comes from:
 * the guidance articles, the asker's plan and the program table, or a plain refusal for a topic the guides
 * do not cover (absent on older callers: read it as 'articles'). `answer` is then self-contained and ends
 * with its sources; `sources` lists them (article titles, or the plan and the program table).
 */
export type AskResult =
  | {
    found: true; articleId: string; title: string; answer: string; source: string;
    kind?: 'articles' | 'plan' | 'refusal';
    sources?: string[];
    /** The one profile answer needed before the plan can answer (the reply asks for it). */
    needs?: ProfileField;
    /** True when a refusal declines a dishonest ask (a bought letter, a ghostwritten statement): what the message tells with it is not stored. */
    dishonest?: boolean;
    /** True when the reply speaks about the asker's own profile or plan: show it only to them. */
    private?: boolean;
    /** The rest of the answer, shown when the asker types "more" (absent when the reply said everything). */
    more?: string;
  }
  | { found: false; nearest: { articleId: string; title: string }[] };

/** The knowledge base as the pure engine sees it; everything here is already loaded in memory. */
export interface Advice {
  /** Builds the tiered plan for a profile as of `now`; pure, never touches I/O. */
  plan(profile: Profile, now: Date): Plan;
  /**
   * Answers a free-text question: from the articles, or, given the asker's profile, from their plan and the
   * program table. Never changes anything.
   */
  ask(question: string, context?: { profile: Profile; now: Date; /** The asker's question before this one, for a follow-up that leans on it. */ previous?: string }): AskResult;
  /** The caring reply to a message that hints at self-harm (urgent help, a doctor), whatever the conversation was doing; none otherwise. */
  urgent?(message: string): string | undefined;
}
