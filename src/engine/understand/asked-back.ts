// A fact told, then a question about it in the same breath with no comma between ("my cousin lives in irvine does that
// count?", "3 months obs in NY would that help", "CK 231 is that ok"): the fact is a statement of its own and the
// question after it asks about it; a comma is put between them so the clause splitter keeps the fact to be read.

// the question about what was just said: a verb, "that/it/this", and a word of judging or counting
const ASKED_BACK = /(?<=[a-z0-9)])\s+(?=(?:does|do|would|will|is|can|could|should) (?:that|it|this|those|these|they) (?:still |even |really |also )?(?:count|counts|matter|matters|help|helps|work|qualify|qualifies|be enough|enough|ok|okay|good|bad|fine|considered|be considered|a tie|make a difference)\b)/g;

/** The text with a comma before a question about the fact just told ("lives in irvine does that count" -> "lives in irvine, does that count"). */
export function factBeforeAskedBack(text: string): string {
  return /\b(?:that|it|this|those|these|they)\b/.test(text) ? text.replace(ASKED_BACK, ', ') : text;
}
