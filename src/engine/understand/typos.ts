// One-letter typos in the key words of outcomes and experience ("passd", "faild", "attmept", "monts"), mended
// against a closed list: every one-edit variant is worked out once at load, so a turn only looks words up.

// The words mended to, with the real words near them that must stay as typed (inflections, look-alikes).
const KEY_WORDS = ['passed', 'failed', 'attempt', 'attempts', 'attempted', 'observership', 'observerships', 'externship', 'externships',
  'months', 'month', 'first', 'second', 'third', 'retake', 'retook', 'clerkship', 'clerkships', 'elective', 'electives', 'rotation', 'rotations',
  'letters', 'research', 'publications', 'published', 'posters', 'interviews', 'certified', 'graduated', 'graduation', 'experience',
  'applying', 'reapplying', 'preparing', 'interviewing', 'submitted'];
// ("passei" is Portuguese for "I passed": a word of another language is no typo, and it tells the sentence's language)
const KEEP = new Set([...KEY_WORDS, 'passei', 'pass', 'passes', 'passing', 'paused', 'pasted', 'parsed', 'posted', 'passer', 'fail', 'fails', 'failing', 'filed',
  'foiled', 'mouths', 'moths', 'month', 'mont', 'fist', 'firsts', 'firs', 'seconds', 'thirds', 'letter', 'lettered', 'poster', 'posts', 'publication',
  'interview', 'retakes', 'rotational', 'elected', 'electives', 'researched', 'researcher', 'graduate', 'graduates', 'certifies', 'experiences', 'attempts']);
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function variants(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    if (i < word.length) out.add(word.slice(0, i) + word.slice(i + 1));
    if (i < word.length - 1) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (const l of LETTERS) {
      out.add(word.slice(0, i) + l + word.slice(i));
      if (i < word.length) out.add(word.slice(0, i) + l + word.slice(i + 1));
    }
  }
  return out;
}

// typo -> key word (the first listed wins where two forms of one word share a typo); a first letter is never mended
const MENDED = new Map<string, string>();
for (const word of KEY_WORDS) {
  for (const v of variants(word)) if (v.length >= 4 && v[0] === word[0] && !KEEP.has(v) && !MENDED.has(v)) MENDED.set(v, word);
}

/** Lowercase text with one-edit misspellings of the key outcome and experience words written correctly. */
export function mendTypos(text: string): string {
  return text.replace(/[a-z]{4,}/g, (w) => MENDED.get(w) ?? w);
}
