// Parse side of the terminal adapter: a typed line becomes the neutral input.
import { COMMANDS, type CommandName, type Input, type Reply } from '../../src/domain/io.js';

/** Questions whose answers are numbers: there a typed number is the answer, never a choice pick. */
export const NUMERIC_QUESTIONS: ReadonlySet<string> = new Set(['step1', 'step2ck', 'step3', 'graduationYear', 'usce', 'usLors', 'research']);

/** The question the user was last shown, so that "2" can mean its second choice. */
export type Shown = Extract<Reply, { type: 'question' }> | undefined;

/**
 * Reads one line: "/plan" or "/ask how..." are commands, a bare number picks a shown choice
 * (only in interactive mode, where choices are numbered), anything else is free text.
 */
export function parseLine(line: string, shown: Shown, numbered: boolean): Input {
  const text = line.replace(/\r$/, '');
  const slash = text.trim().match(/^\/([a-z-]+)\s*(.*)$/i);
  if (slash && (COMMANDS as readonly string[]).includes(slash[1]!.toLowerCase())) {
    const name = slash[1]!.toLowerCase() as CommandName;
    return slash[2] ? { kind: 'command', name, arg: slash[2] } : { kind: 'command', name };
  }
  const pick = text.trim().match(/^(\d{1,2})[.)]?$/);
  if (numbered && pick && shown && !NUMERIC_QUESTIONS.has(shown.id)) {
    const choice = shown.choices[Number(pick[1]) - 1];
    if (choice) return { kind: 'choice', questionId: shown.id, value: choice.value };
  }
  return { kind: 'text', text };
}
