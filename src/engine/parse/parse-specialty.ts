// Reads a target specialty and an optional backup: "IM, backup FM", "famly medicine", "psych or peds".
import { SPECIALTIES, type Profile, type Specialty } from '../../domain/profile.js';
import { findPhrases, normalize } from './phrases.js';
import { notUnderstood, ok, type Parsed } from './result.js';
import { SPECIALTY_ALIASES } from './vocabulary.js';

const TABLE: [string, Specialty][] = Object.entries(SPECIALTY_ALIASES).flatMap(([id, aliases]) =>
  aliases.map((a) => [a, id as Specialty] as [string, Specialty]));

/** Parses the specialty answer; the first named is primary, one after "backup"/"or" is the backup. */
export function parseSpecialty(text: string): Parsed<NonNullable<Profile['specialty']>> {
  const raw = text.trim().toLowerCase();
  const [first, second] = raw.split(':');
  if (SPECIALTIES.includes(first as Specialty)) {
    return ok({ primary: first as Specialty, ...(second && SPECIALTIES.includes(second as Specialty) ? { backup: second as Specialty } : {}) });
  }
  const found = findPhrases(text, TABLE, true);
  const ids = [...new Set(found.map((f) => f.value))];
  if (ids.length === 0) return notUnderstood();
  const norm = normalize(text);
  const backupAt = norm.search(/ (back ?up|plan b|fall ?back|fallback|second choice|otherwise) /);
  if (ids.length >= 2 && backupAt >= 0) {
    const before = found.filter((f) => f.at < backupAt).map((f) => f.value);
    const after = found.filter((f) => f.at > backupAt).map((f) => f.value);
    const primary = before[0] ?? ids[0]!;
    const backup = after.find((s) => s !== primary) ?? ids.find((s) => s !== primary);
    return ok({ primary, ...(backup ? { backup } : {}) });
  }
  return ok({ primary: ids[0]!, ...(ids[1] ? { backup: ids[1] } : {}) });
}
