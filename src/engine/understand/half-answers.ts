// A short reply that answers only the first half of a two-part question: the half answered is kept and the other half
// asked ("almost" to "Are you ECFMG certified? If not, what is still missing?" keeps "in progress" and asks what is
// missing; "yes" to "Have you submitted? If so, how many interviews?" keeps "submitted" and asks the count).
import type { ProfileField } from '../../domain/profile.js';
import type { Clarifying } from './clarify.js';

// A reply this short is an answer to the question on screen, not a story that left a detail out on purpose.
const SHORT_REPLY_WORDS = 5;

/** The two-part questions: the half a value lacks, and the question that asks it. */
const SECOND_HALVES: readonly { field: ProfileField; lacks: (value: unknown) => boolean; ask: string }[] = [
  {
    field: 'ecfmg',
    lacks: (v) => (v as { status?: string; missing?: unknown[] }).status === 'in_progress' && !(v as { missing?: unknown[] }).missing?.length,
    ask: 'What is still missing for your ECFMG certification: Step 2 CK, the OET, the diploma verification, or the application?',
  },
  {
    field: 'cycle',
    lacks: (v) => (v as { submitted?: boolean; interviews?: number }).submitted === true && (v as { interviews?: number }).interviews === undefined,
    ask: 'How many interview invitations do you have so far? A number is enough (0 is fine).',
  },
];

/** The question for the half a short reply left open, if the pending question has two and only the first was answered. */
export function secondHalf(pending: ProfileField | undefined, said: string, updates: readonly { field: ProfileField; value: unknown }[]): Clarifying | undefined {
  if (!pending) return undefined;
  const half = SECOND_HALVES.find((h) => h.field === pending);
  const update = updates.find((u) => u.field === pending);
  if (!half || !update || !half.lacks(update.value)) return undefined;
  if (said.split(/[\s;]+/).filter(Boolean).length > SHORT_REPLY_WORDS) return undefined;
  return { field: pending, topic: 'implausible', facts: { hint: half.ask } };
}
