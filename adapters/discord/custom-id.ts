// The custom_id format shared by both sides: which question a button, select or modal belongs to.
import type { CommandName } from '../../src/domain/io.js';
import { LIMITS } from './limits.js';

/** The commands a plan's buttons and selects may carry. */
export const PLAN_COMMANDS = ['plan', 'programs', 'program', 'why', 'steps', 'csv', 'chart'] as const satisfies readonly CommandName[];
/** One of them. */
export type PlanCommand = (typeof PLAN_COMMANDS)[number];

/** What a component or modal stands for. */
export type CustomId =
  | { kind: 'choice'; questionId: string; value: string } // a button: ma:q:<questionId>:<value>
  | { kind: 'select'; questionId: string } // a select menu, the value comes in `values`: ma:s:<questionId>
  | { kind: 'type'; questionId: string } // the "type an answer" button that opens a modal: ma:t:<questionId>
  | { kind: 'modal'; questionId: string } // the modal with the typed answer: ma:m:<questionId>
  | { kind: 'plan'; name: PlanCommand; arg?: string } // a plan-detail button: ma:p:<command>[:<arg>]
  | { kind: 'planSelect'; name: PlanCommand }; // a plan-detail select, its arg comes in `values`: ma:ps:<command>

/** The text-input id inside the typed-answer modal. */
export const ANSWER_INPUT_ID = 'answer';

const TAGS = { choice: 'q', select: 's', type: 't', modal: 'm' } as const;
const KINDS = { q: 'choice', s: 'select', t: 'type', m: 'modal' } as const;
const QUESTION_ID = /^[A-Za-z][A-Za-z0-9_]{0,40}$/;

/** The custom_id for a component, or undefined when it cannot be encoded within 100 characters. */
export function encodeCustomId(id: CustomId): string | undefined {
  if (id.kind === 'plan' || id.kind === 'planSelect') {
    const raw = id.kind === 'plan' ? `ma:p:${id.name}${id.arg ? `:${id.arg}` : ''}` : `ma:ps:${id.name}`;
    return raw.length <= LIMITS.customId ? raw : undefined;
  }
  if (!QUESTION_ID.test(id.questionId)) return undefined;
  const raw = `ma:${TAGS[id.kind]}:${id.questionId}${id.kind === 'choice' ? `:${id.value}` : ''}`;
  return raw.length <= LIMITS.customId && (id.kind !== 'choice' || id.value.length > 0) ? raw : undefined;
}

/** Reads a custom_id written by encodeCustomId; anything else (another app's, a malformed one) is undefined. */
export function decodeCustomId(raw: string): CustomId | undefined {
  const plan = /^ma:(p|ps):([a-z]+)(?::([\s\S]+))?$/.exec(raw);
  if (plan) {
    const name = PLAN_COMMANDS.find((c) => c === plan[2]);
    if (!name) return undefined;
    if (plan[1] === 'ps') return plan[3] === undefined ? { kind: 'planSelect', name } : undefined;
    return plan[3] ? { kind: 'plan', name, arg: plan[3] } : { kind: 'plan', name };
  }
  const m = /^ma:([qstm]):([A-Za-z][A-Za-z0-9_]{0,40})(?::([\s\S]+))?$/.exec(raw);
  if (!m) return undefined;
  const kind = KINDS[m[1] as keyof typeof KINDS];
  const questionId = m[2]!;
  if (kind === 'choice') return m[3] ? { kind, questionId, value: m[3] } : undefined;
  return m[3] === undefined ? { kind, questionId } : undefined;
}
