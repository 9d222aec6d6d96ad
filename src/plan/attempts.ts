// Attempts the applicant never stated: stored as one by the reader, read here as unknown (never a first-attempt pass).
import type { ApplicantView } from './applicant-view.js';

/** The exams whose passing attempt the applicant never stated (a passed Step 1 or a taken Step 2 CK stored with no attempt said). */
export function unstatedAttempts(a: Pick<ApplicantView, 'step1' | 'ck'>): ('Step 1' | 'Step 2 CK')[] {
  const out: ('Step 1' | 'Step 2 CK')[] = [];
  if (a.step1 && a.step1.result !== 'failed' && a.step1.attemptsUnstated) out.push('Step 1');
  if (a.ck?.taken && a.ck.attemptsUnstated) out.push('Step 2 CK');
  return out;
}

/** True when any passed exam's attempt is unknown: no floor or first-attempt rule may count it as a first-attempt pass. */
export function attemptsUnstated(a: Pick<ApplicantView, 'step1' | 'ck'>): boolean {
  return unstatedAttempts(a).length > 0;
}

/** The failed attempts on record per exam: Step 1 (a pass after n attempts holds n−1 fails), Step 2 CK, and a failed Step 3. */
export function failCounts(a: Pick<ApplicantView, 'step1' | 'ck' | 'step3'>): { step1: number; step2ck: number; step3: number } {
  return {
    step1: a.step1 ? (a.step1.result === 'failed' ? a.step1.attempts : a.step1.attempts - 1) : 0,
    step2ck: a.ck?.taken ? a.ck.attempts - 1 : 0,
    step3: a.step3?.status === 'failed' ? 1 : 0,
  };
}

/** How many failed attempts the file holds, on every exam together. */
export function failedAttempts(a: Pick<ApplicantView, 'step1' | 'ck' | 'step3'>): number {
  const c = failCounts(a);
  return c.step1 + c.step2ck + c.step3;
}
