// Discord's documented size limits, and the small text helpers that keep every payload inside them.
import { splitText as sharedSplit, truncate as sharedTruncate } from '../common/split-text.js';

/** Limits from Discord's developer documentation (messages, embeds, components, modals). */
export const LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTotal: 6000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  selectOptions: 25,
  optionText: 100,
  modalTitle: 45,
  textInputLabel: 45,
  textInputPlaceholder: 100,
} as const;

/** Cuts `text` to at most `max` characters, ending with an ellipsis when something was cut (never inside an emoji). */
export const truncate = sharedTruncate;

/** Splits text into pieces of at most `max` characters, preferring paragraph, line, then word breaks (the shared splitter). */
export function splitText(text: string, max: number = LIMITS.content): string[] {
  return sharedSplit(text, max);
}
