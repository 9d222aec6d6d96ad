// A whole message as command phrasings are matched against it.

/** Lowercased, curly quotes straightened, spaces tidied, end punctuation dropped ("Delete my data!" -> "delete my data"). */
export function commandWords(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().replace(/[.!?]+$/, '').trim();
}
