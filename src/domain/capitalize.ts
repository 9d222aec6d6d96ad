// Sentence case for a word or phrase that opens a sentence or a label.

/** The text with its first character in upper case ("internal medicine" -> "Internal medicine"). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
