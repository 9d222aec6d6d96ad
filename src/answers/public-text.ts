// Turns article text into text a user may see: no internal file names, no "(see some-slug)" pointers.
const SLUG = String.raw`[a-z0-9]+(?:-[a-z0-9]+)+`;
const WORD_OR_SLUG = String.raw`[a-z0-9]+(?:-[a-z0-9]+)*`;
/** Three or more hyphen-joined words: an id, not an English compound like "self-assessment". */
const LONG_SLUG = String.raw`\b[a-z0-9]+(?:-[a-z0-9]+){2,}\b`;
const FILE = String.raw`(?:[A-Za-z0-9_.-]+/)*[A-Za-z0-9_]+\.(?:csv|md|txt)`;

/** Rewrites applied in order; each removes one kind of internal reference and keeps the sentence readable. */
const REWRITES: readonly [RegExp, string][] = [
  // the questions a passage answers ("<!-- asks: ... -->") are index data, never shown
  [/[ \t]*<!--[\s\S]*?-->[ \t]*\n?/g, ''],
  // "(see la-connection and core-plus-extended-list)" and "(...; see california-licensure)"
  [new RegExp(String.raw`\s*\(see (?:the )?${WORD_OR_SLUG}(?:(?:,| and| or) ${WORD_OR_SLUG})*\)`, 'g'), ''],
  [new RegExp(String.raw`;\s*see (?:the )?${SLUG}(?:(?:,| and| or) ${SLUG})*(?=\))`, 'g'), ''],
  // "(SOURCES.md)", "(programs.csv, each with...)", "..., via calibration_facts.csv)"
  [new RegExp(String.raw`\s*\(\s*${FILE}\s*\)`, 'g'), ''],
  [new RegExp(String.raw`\(\s*${FILE}\s*[,;]\s*`, 'g'), '('],
  [new RegExp(String.raw`[,;]?\s*(?:via|in|from) ${FILE}(?=[);,.])`, 'g'), ''],
  [new RegExp(String.raw`\s*(?:summari[sz]ed|listed|kept) in ${FILE}`, 'g'), ''],
  [new RegExp(FILE, 'g'), 'our source notes'],
  [/\(\s*;\s*/g, '('],
  [/\(\s*\)/g, ''],
];

const ASKS = /<!--\s*asks:([\s\S]*?)-->/g;

/** The questions a passage says it answers (`<!-- asks: first? | second? -->`, one or more such lines). */
export function asksOf(passage: string): string[] {
  return [...passage.matchAll(ASKS)].flatMap((m) => m[1]!.split('|')).map((q) => q.trim()).filter(Boolean);
}

/** A sentence that only points elsewhere ("If you have a fail, see explaining-fails for ...") is dropped. */
const POINTER_SENTENCE = new RegExp(String.raw`[^.!?\n]*\b[Ss]ee (?:the )?${SLUG}[^.!?\n]*[.!?]?`, 'g');

/** The text with internal file names and article pointers removed; whitespace before punctuation tidied. */
export function publicText(text: string): string {
  let out = text;
  for (const [re, to] of REWRITES) out = out.replace(re, to);
  out = out.replace(POINTER_SENTENCE, '');
  return out
    .replace(/[ \t]+([,.;:)])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+$/gm, '')
    .trim();
}

const FILE_RE = new RegExp(String.raw`\b${FILE}\b`);

/** True when text a user would see names an internal file, a seed file, or one of the given article ids
 *  (an id of two words counts only after "see": "self-assessment" is also plain English). */
export function leaksInternals(text: string, articleIds: ReadonlySet<string> = new Set()): boolean {
  if (FILE_RE.test(text) || /\b\d{3}_[0-9a-f]{16}\b/.test(text)) return true;
  if ([...text.matchAll(new RegExp(LONG_SLUG, 'g'))].some((m) => articleIds.has(m[0]))) return true;
  return [...text.matchAll(new RegExp(String.raw`\bsee (?:the )?(${WORD_OR_SLUG})`, 'g'))].some((m) => articleIds.has(m[1]!));
}

/** Writes article ids of three or more words as plain words ("after-not-matching paths" -> "after not matching paths"). */
export function unslug(text: string, articleIds: ReadonlySet<string>): string {
  return text.replace(new RegExp(LONG_SLUG, 'g'), (m) => (articleIds.has(m) ? m.replaceAll('-', ' ') : m));
}
