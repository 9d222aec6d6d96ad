// The ids the render side writes into Block Kit and the parse side reads back: one place, so both agree.

/** action_id prefix of an answer button (one per choice: `ma_choice_0` ... `ma_choice_4`). */
export const CHOICE_BUTTON = 'ma_choice_';
/** action_id of the static select used when a question has more than five choices. */
export const CHOICE_SELECT = 'ma_select';
/** action_id of the "Download as CSV" button under a plan; its value is a plan key. */
export const PLAN_CSV = 'ma_plan_csv';
/** action_id prefix of a plan-detail button (`ma_plan_cmd_programs`, ...); its value is the argument, or "all". */
export const PLAN_COMMAND_BUTTON = 'ma_plan_cmd_';
/** action_id prefix of a plan-detail select (`ma_plan_pick_program`, ...); the chosen option is the argument. */
export const PLAN_COMMAND_SELECT = 'ma_plan_pick_';
/** The commands plan buttons and selects may carry. */
export const PLAN_ACTION_COMMANDS = ['plan', 'programs', 'program', 'why', 'steps', 'csv', 'chart'] as const;

/** The plan command an action id stands for, or undefined for any other action. */
export function planCommandOf(actionId: string): (typeof PLAN_ACTION_COMMANDS)[number] | undefined {
  const m = /^ma_plan_(?:cmd|pick)_([a-z]+)$/.exec(actionId);
  return PLAN_ACTION_COMMANDS.find((c) => c === m?.[1]);
}
/** action_id of the "Start / continue" button on the App Home tab. */
export const HOME_START = 'ma_home_start';
/** Every action id of the app starts with this, so one listener can take them all. */
export const ACTION_PATTERN = /^ma_/;

/** block_id of the actions block under a question: carries the question id (Slack allows 255 chars). */
export function questionBlockId(questionId: string, n: number): string {
  return `ma_q:${questionId}:${n}`;
}

/** The question id inside a block_id written by questionBlockId, or undefined for any other block. */
export function questionIdOf(blockId: string | undefined): string | undefined {
  const m = /^ma_q:([A-Za-z0-9_]+):\d+$/.exec(blockId ?? '');
  return m?.[1];
}
