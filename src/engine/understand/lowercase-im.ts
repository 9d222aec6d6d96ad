// A lowercase "im" that speaks as "I'm" ("honestly im going psych") in a message that also names IM in capitals ("keeps
// pushing IM"): once a capital IM is seen, every "im" is read as the specialty, so the lowercase one before a word that
// only follows "I'm" is written "i'm" first. Case is read from the message as typed, before anything is lowercased.

// words that follow "I'm", never the specialty ("im going", "im not", "im from", "im applying"); not "in", "at", "on"
// ("IM in LA" is the specialty's place)
const SPOKEN_IM = /(?<![\p{L}'])im(?= (?:going|gonna|applying|doing|planning|thinking|leaning|looking|aiming|trying|hoping|not|still|also|just|really|so|pretty|sure|done|currently|interested|set|open|definitely|only|from|a|an|the|[a-z]+ing)\b)/gu;

/** The message with a lowercase "im" that speaks as "I'm" written "i'm", when it also names IM in capitals. */
export function lowercaseImSpoken(raw: string): string {
  return /\bIM\b/.test(raw) ? raw.replace(SPOKEN_IM, "i'm") : raw;
}
