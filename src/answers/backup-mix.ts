// "what about FM as a backup?", "should I add psych as plan B?", "would peds work as my fallback?": one specialty weighed
// as the asker's backup. Answered like the other specialty mixes, from the asker's plan rebuilt with it as the backup
// (a copy, never stored): their own standing there, its count and its cost, never the national figures alone.
import type { Profile, Specialty } from '../domain/profile.js';
import { SPECIALTY_WORDS } from './plan-applications.js';

/** A backup weighed for the asker: the one specialty named beside a backup word. */
export interface BackupMix { mode: 'backup'; specialties: [Specialty] }

/** Words that make a named specialty a backup ("back up", "plan B", "fallback", "second choice", "safety net"). */
const BACKUP = /\b(back ?-?ups?|plan b|fall ?-?back|second (choice|option)|safety net|as a safety)\b/i;
/** Someone else's backup, or people in general: not the asker's own. */
const OTHERS = /\b(people|imgs|applicants|students|they|my (?:wife|husband|partner|friend|brother|sister|senior)|he|she)\b/i;
/** How to pick a backup in general ("how do I choose a backup?") is a guide's answer, not a plan's. */
const HOW_TO_PICK = /\bhow (do|to|should|can) (i |you |one )?(choose|pick|decide)\b/i;

/** The one specialty a question weighs as the asker's backup, if it does. */
export function backupAsked(question: string): BackupMix | undefined {
  if (!BACKUP.test(question) || OTHERS.test(question) || HOW_TO_PICK.test(question)) return undefined;
  const named = [...new Set(SPECIALTY_WORDS.filter(([re]) => re.test(question)).map(([, s]) => s))];
  return named.length === 1 ? { mode: 'backup', specialties: [named[0]!] } : undefined;
}

/** The asker's profile with the weighed backup beside their saved first choice (unchanged when it is the first choice). */
export function withBackup(profile: Profile, backup: Specialty): Profile {
  const primary = profile.specialty?.primary;
  if (!primary || primary === backup) return profile;
  return { ...profile, specialty: { primary, backup } };
}
