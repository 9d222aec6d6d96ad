// Turns article text into text a user may see: no internal file names, no "(see some-slug)" pointers.
const SLUG = String.raw`[a-z0-9]+(?:-[a-z0-9]+)+`;
const FILE = String.raw`(?:[A-Za-z0-9_.-]+/)*[A-Za-z0-9_]+\.(?:csv|md|txt)`;

/** Rewrites applied in order; each removes one kind of internal reference and keeps the sentence readable. */
const REWRITES: readonly [RegExp, string][] = [
  // "(see la-connection and core-plus-extended-list)" and "(...; see california-licensure)"
  [new RegExp(String.raw`\s*\(see (?:the )?${SLUG}(?:(?:,| and| or) ${SLUG})*\)`, 'g'), ''],
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

/** A sentence that only points elsewhere ("If you have a fail, see explaining-fails for ...") is dropped. */
const POINTER_SENTENCE = new RegExp(String.raw`[^.!?\n]*\bsee (?:the )?${SLUG}[^.!?\n]*[.!?]?`, 'g');

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
const SLUG_WORDS = new RegExp(SLUG, 'g');

/** True when text a user would see names an internal file, a seed file, or one of the given article ids. */
export function leaksInternals(text: string, articleIds: ReadonlySet<string> = new Set()): boolean {
  if (FILE_RE.test(text) || /\b\d{3}_[0-9a-f]{16}\b/.test(text)) return true;
  return [...text.matchAll(SLUG_WORDS)].some((m) => articleIds.has(m[0]));
}
