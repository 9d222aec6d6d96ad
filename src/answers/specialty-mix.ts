// "can I apply to neuro and psych both?", "what if I only apply psych?", "psych plus FM as backup, ok?": a question
// about which specialties to apply in. Answered from the asker's plan rebuilt with those specialties (a copy, never
// stored): the count and cost per specialty, after the rule that decides it (each specialty is its own list).
import type { Profile, Specialty } from '../domain/profile.js';
import { specialtyLabel } from '../plan/specialty-info.js';
import { capitalize } from '../domain/capitalize.js';
import { SPECIALTY_WORDS } from './plan-applications.js';
import { backupAsked, withBackup, type BackupMix } from './backup-mix.js';

/** Which specialties a question weighs, and how: two together, one alone, or one as the backup to the saved first choice. */
export type SpecialtyMix = { mode: 'both' | 'only'; specialties: Specialty[] } | BackupMix;

const SPEC = String.raw`(?:internal medicine|int med|im|family medicine|fam med|fm|psychiatry|psych|pediatrics|peds|neurology|neuro|emergency medicine|em|ob ?\/? ?gyn|obstetrics|general surgery|gen surg|transitional year|ty)`;
/** "apply to neuro and psych (both)", "apply in IM as well as FM", "do both psych and neuro": two at once. */
const BOTH = new RegExp(String.raw`\b(?:apply(?:ing)?|match|register|go for|aim for)\b[^?.!]{0,20}?\b(?:both\s+)?(?:to |for |in |into )?${SPEC}\s*(?:and|&|\+|plus|as well as|along with|with|,)\s*(?:also\s+)?${SPEC}\b|\b${SPEC}\s*(?:and|&|\+|plus)\s*${SPEC}\s+(?:both|together|at the same time|same time|simultaneously)\b`, 'i');
/** A question form: asking whether, or what happens if. */
const ASKS = /\b(can|could|may|should|is it|is that|would it|will it|possible|allowed|ok|okay|what if|what happens if|wise|smart|good idea|bad idea)\b|\?/i;
/** "only apply psych", "apply only to psych", "just psych": one alone. */
const ONLY = new RegExp(String.raw`\b(?:only|just|solely|exclusively)\s+(?:apply(?:ing)?\s+)?(?:to |for |in )?${SPEC}\b|\bapply(?:ing)?\s+(?:to |for |in )?(?:only|just)\s+(?:to |for |in )?${SPEC}\b|\b${SPEC}\s+only\b`, 'i');
/** Someone else's plan, or the guides' rule about people in general: not the asker's own mix. */
/** How to divide a count or a budget between specialties is the plan's count or cost question, not this one. */
const DIVIDES = /\b(split|divide|distribut\w*|allocat\w*|how many|how much|budget|usd|dollars?)\b|\$\s?\d/i;
const OTHERS = /\b(people|imgs|applicants|students|they|my (?:wife|husband|partner|friend|brother|sister)|he|she)\b/i;

/** The specialties a question weighs for the asker, if it asks about applying in two together or in one alone. */
export function specialtyMix(question: string): SpecialtyMix | undefined {
  if (!ASKS.test(question) || OTHERS.test(question) || DIVIDES.test(question)) return undefined;
  const named = [...new Set(SPECIALTY_WORDS.map(([re, s]) => ({ s, at: question.search(re) })).filter((x) => x.at >= 0).sort((a, b) => a.at - b.at).map((x) => x.s))];
  if (BOTH.test(question) && named.length >= 2) return { mode: 'both', specialties: named.slice(0, 2) };
  if (ONLY.test(question) && named.length === 1) return { mode: 'only', specialties: named };
  return backupAsked(question);
}

/** The asker's profile with the weighed specialties in place of the saved ones (the first named first). */
export function withSpecialties(profile: Profile, mix: SpecialtyMix): Profile {
  if (mix.mode === 'backup') return withBackup(profile, mix.specialties[0]);
  const [primary, backup] = mix.specialties;
  return { ...profile, specialty: { primary: primary!, ...(backup ? { backup } : {}) } };
}

/** The rule that answers the question before the figures: what applying in two, or in one, means (`feeTable`: the
 *  ERAS fee table's publication, named where the fee count is told). */
export function mixLead(mix: SpecialtyMix, profile: Profile, feeTable: string): string {
  const names = mix.specialties.map((s) => specialtyLabel(s));
  const saved = profile.specialty ? [profile.specialty.primary, profile.specialty.backup].filter(Boolean).map((s) => specialtyLabel(s!)).join(' and ') : 'nothing yet';
  if (mix.mode === 'both') {
    return `Yes, you can apply to ${names.join(' and ')} in the same season: ERAS takes applications to several specialties, each with its own list, letters and personal statement, and the fee count restarts in each (${feeTable}). With ${names.join(' and ')} (your saved choice is ${saved}; nothing is changed):`;
  }
  if (mix.mode === 'backup') {
    const first = profile.specialty?.primary;
    if (first === mix.specialties[0]) return `${capitalize(names[0]!)} is already your first choice (your saved choice is ${saved}); a backup is a second specialty. Your plan as it stands:`;
    return `${capitalize(names[0]!)} as your backup (your saved choice is ${saved}; nothing is changed): where you stand in it, how many ${names[0]} programs to add and what they cost, for your own file:`;
  }
  return `With ${names[0]} alone (your saved choice is ${saved}; nothing is changed), your whole list rests on one specialty, so its count follows your standing there:`;
}
