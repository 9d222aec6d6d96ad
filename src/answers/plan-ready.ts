// "Am I ready to apply this cycle or should I wait?" answered from the stored answers only: each part of the file
// an application rests on, as stored, and what would be worth waiting for. Nothing unstored is assumed either way.
import type { Plan } from '../domain/plan.js';
import type { Profile } from '../domain/profile.js';
import { specialtyLabel } from '../plan/specialty-info.js';

/** Months of hands-on US clinical experience most guides treat as a working minimum. */
const USCE_MONTHS = 2;
/** US letters an application normally carries. */
const US_LETTERS = 2;

/** The readiness check of a stored profile against its plan: one line per part, then what to do. */
export function readyText(plan: Plan, profile: Profile, now: Date): string {
  const lines: string[] = ['Your file as saved, part by part:'];
  const gaps: string[] = [];
  const s1 = profile.step1;
  if (s1) {
    if (s1.result === 'failed') { lines.push('- Step 1: not passed yet. You cannot be certified or start residency without it.'); gaps.push('pass Step 1'); }
    else lines.push(`- Step 1: passed${s1.attempts > 1 ? ` after ${s1.attempts} attempts (every attempt is on your transcript)` : ' on the first attempt'}.`);
  }
  const ck = profile.step2ck;
  const standing = plan.standing?.find((x) => x.specialty === profile.specialty?.primary) ?? plan.standing?.[0];
  const bench = standing?.step2ck;
  if (ck?.taken) {
    const vs = bench?.matched.median !== undefined ? `, against a median of ${bench.matched.median} for non-US IMGs who matched in ${specialtyLabel(standing!.specialty)} (${bench.year}, NRMP Charting Outcomes)` : '';
    lines.push(`- Step 2 CK: ${ck.score}${vs}. A passing score cannot be retaken, so waiting does not raise it.`);
  } else if (ck) {
    lines.push('- Step 2 CK: not taken yet. Most programs screen on it, so have the score in before programs review applications (or apply as soon as it is out).');
    gaps.push('have your Step 2 CK score in');
  }
  const usce = profile.usce;
  if (!usce) lines.push('- US clinical experience: not saved yet; tell me your months, and whether hands-on or observership.');
  else if (usce.kind === 'none' || usce.months === 0) { lines.push('- US clinical experience: none yet. Hands-on US clinical experience is what many programs, above all in Southern California, look for first.'); gaps.push('get hands-on US clinical experience'); }
  else {
    const hands = usce.kind === 'hands_on' || usce.kind === 'mixed';
    lines.push(`- US clinical experience: ${usce.months} months${hands ? ', hands-on' : usce.kind === 'observership' ? ', observership only (not hands-on)' : ''}.`);
    if (!hands || usce.months < USCE_MONTHS) gaps.push('add hands-on US clinical experience');
  }
  const lors = profile.usLors;
  if (!lors) lines.push('- US letters: not saved yet; tell me how many you have.');
  else {
    lines.push(`- US letters: ${lors.count}${lors.inSpecialty ? ' in your specialty' : ''}.`);
    if (lors.count < US_LETTERS) gaps.push('get at least two US letters');
  }
  if (profile.ecfmg) lines.push(`- ECFMG certification: ${profile.ecfmg.status.replace('_', ' ')}${profile.ecfmg.missing?.length ? ` (still missing: ${profile.ecfmg.missing.join(', ')})` : ''}.`);
  if (profile.graduationYear) lines.push(`- Graduated ${profile.graduationYear}: ${now.getUTCFullYear() - profile.graduationYear} years ago; each year you wait adds one, and many programs limit years since graduation.`);
  lines.push(gaps.length
    ? `Worth fixing before you apply: ${gaps.join('; ')}. Waiting a year makes sense only if it fixes these; otherwise apply this cycle with a broad list.`
    : 'Nothing saved stops you applying this cycle. Waiting a year helps only with a concrete gap to fix, and it adds a year since graduation.');
  return lines.join('\n');
}
