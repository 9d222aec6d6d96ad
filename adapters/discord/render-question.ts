// Render side for questions: choices as buttons (up to 5) or a select menu (up to 25), and the typed-answer modal.
import {
  ButtonStyle, ComponentType, TextInputStyle,
  type APIActionRowComponent, type APIButtonComponentWithCustomId, type APIComponentInMessageActionRow,
  type APIModalInteractionResponseCallbackData, type APISelectMenuOption,
} from 'discord.js';
import type { Choice, Reply } from '../../src/domain/io.js';
import { ANSWER_INPUT_ID, encodeCustomId } from './custom-id.js';
import { LIMITS, truncate } from './limits.js';

type Question = Extract<Reply, { type: 'question' }>;
type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

function styleOf(q: Question, c: Choice): APIButtonComponentWithCustomId['style'] {
  if (q.id === 'confirmForget') return c.value === 'yes' ? ButtonStyle.Danger : ButtonStyle.Secondary;
  return c.value === 'skip' ? ButtonStyle.Secondary : ButtonStyle.Primary;
}

function buttons(q: Question): Row | undefined {
  if (q.choices.length > LIMITS.buttonsPerRow) return undefined;
  const components: APIButtonComponentWithCustomId[] = [];
  for (const c of q.choices) {
    const custom_id = encodeCustomId({ kind: 'choice', questionId: q.id, value: c.value });
    if (!custom_id) return undefined; // a value too long for a button id: the select menu carries it instead
    components.push({ type: ComponentType.Button, style: styleOf(q, c), label: truncate(c.label, LIMITS.buttonLabel), custom_id });
  }
  return { type: ComponentType.ActionRow, components };
}

function select(q: Question): Row | undefined {
  const custom_id = encodeCustomId({ kind: 'select', questionId: q.id });
  const options: APISelectMenuOption[] = q.choices
    .filter((c) => c.value.length <= LIMITS.optionText)
    .slice(0, LIMITS.selectOptions)
    .map((c) => ({ label: truncate(c.label, LIMITS.optionText), value: c.value }));
  if (!custom_id || options.length === 0) return undefined;
  return {
    type: ComponentType.ActionRow,
    components: [{ type: ComponentType.StringSelect, custom_id, placeholder: 'Choose an answer, or type your own', min_values: 1, max_values: 1, options }],
  };
}

function typeButton(q: Question): Row | undefined {
  const custom_id = encodeCustomId({ kind: 'type', questionId: q.id });
  if (!custom_id) return undefined;
  return { type: ComponentType.ActionRow, components: [{ type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Type an answer', emoji: { name: '✏️' }, custom_id }] };
}

/**
 * The component rows of a question: buttons for up to 5 choices, otherwise a select menu; with
 * `typedAnswers` (servers, where the bot cannot read channel messages) a button that opens a text box.
 */
export function questionRows(q: Question, typedAnswers: boolean): Row[] {
  const rows: Row[] = [];
  const choiceRow = q.choices.length ? (buttons(q) ?? select(q)) : undefined;
  if (choiceRow) rows.push(choiceRow);
  const typed = typedAnswers ? typeButton(q) : undefined;
  if (typed) rows.push(typed);
  return rows;
}

/** The modal that lets a user type the answer to a question in a server. */
export function answerModal(questionId: string, questionText: string): APIModalInteractionResponseCallbackData | undefined {
  const custom_id = encodeCustomId({ kind: 'modal', questionId });
  if (!custom_id) return undefined;
  return {
    custom_id,
    title: 'Your answer',
    components: [{
      type: ComponentType.ActionRow,
      components: [{
        type: ComponentType.TextInput, custom_id: ANSWER_INPUT_ID, style: TextInputStyle.Paragraph, label: 'Answer in your own words',
        placeholder: truncate(questionText, LIMITS.textInputPlaceholder), required: true, min_length: 1, max_length: 1000,
      }],
    }],
  };
}
