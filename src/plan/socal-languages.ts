// The patient languages our guides name as common in Southern California (articles "Language skills and English
// communication" and "Why Los Angeles and Southern California are harder to match"): only these help at a SoCal
// program. Another language is still listed in the profile, but a guess that SoCal patients need it never lifts a tier.
const NAMED_IN_GUIDES: ReadonlySet<string> = new Set(['spanish', 'tagalog', 'filipino', 'mandarin', 'cantonese', 'chinese', 'korean', 'armenian', 'vietnamese', 'arabic', 'farsi', 'persian']);

/** The applicant's languages (any case) that our guides name as common among Southern California patients. */
export function socalPatientLanguages(languages: readonly string[]): string[] {
  return languages.filter((l) => NAMED_IN_GUIDES.has(l.toLowerCase()));
}
