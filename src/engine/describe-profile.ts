// Plain-words descriptions of profile answers, for the `profile` command and confirmations.
import type { Profile, ProfileField, Region } from '../domain/profile.js';
import { SPECIALTY_NAMES } from '../domain/specialty-names.js';

/** Human names for regions. */
export const REGION_NAMES: Record<Region | 'anywhere', string> = {
  la_county: 'LA County', orange_county: 'Orange County', san_diego: 'San Diego', inland_empire: 'Inland Empire',
  rest_of_california: 'rest of California', other_us: 'other US', anywhere: 'anywhere in the US',
};

/** Short labels for each profile field. */
export const FIELD_LABELS: Record<ProfileField, string> = {
  specialty: 'Specialty', visa: 'Visa', step1: 'Step 1', step2ck: 'Step 2 CK', step3: 'Step 3',
  graduationYear: 'Graduation year', usce: 'US clinical experience', usLors: 'US letters', languages: 'Languages',
  regions: 'Preferred regions', laTies: 'Ties to LA/SoCal', research: 'Research', stage: 'Stage of the cycle',
  ecfmg: 'ECFMG certification', couples: 'Couples match', cycle: 'This cycle so far', budget: 'Budget for applying',
};

const VISA_NAMES = { us_citizen: 'US citizen', green_card: 'green card holder', ead: 'work permit (EAD), no sponsorship needed', needs_j1: 'needs a J-1', needs_h1b: 'needs an H-1B', either: 'needs a visa (J-1 or H-1B)', unsure: 'not sure yet' } as const;
const STAGE_NAMES = { preparing: 'preparing', applying: 'applying this cycle', interviewing: 'interviewing', reapplying: 'reapplying after not matching' } as const;
const ECFMG_PIECES = { step1: 'Step 1', step2ck: 'Step 2 CK', oet: 'OET Medicine', diploma: 'diploma verification', application: 'the ECFMG application' } as const;
const ordinal = (n: number) => (n === 1 ? 'first' : n === 2 ? 'second' : n === 3 ? 'third' : `${n}th`);

/** One field's value in plain words. */
export function describeField<F extends ProfileField>(field: F, value: NonNullable<Profile[F]>): string {
  const v = value as NonNullable<Profile[ProfileField]>;
  switch (field) {
    case 'specialty': {
      const s = v as NonNullable<Profile['specialty']>;
      return SPECIALTY_NAMES[s.primary] + (s.backup ? `, backup ${SPECIALTY_NAMES[s.backup]}` : '');
    }
    case 'visa': return VISA_NAMES[v as keyof typeof VISA_NAMES];
    case 'step1': {
      const s = v as NonNullable<Profile['step1']>;
      // an attempt never said is shown as such, so the read-back invites the correction
      if (s.result === 'score') return `${s.score} (${s.attemptsUnstated ? 'attempt not said' : `${ordinal(s.attempts)} attempt`})`;
      if (s.result === 'passed' && s.attemptsUnstated) return 'passed (attempt not said)';
      return s.result === 'passed' ? `passed on the ${ordinal(s.attempts)} attempt` : `not passed yet (${s.attempts} attempt${s.attempts > 1 ? 's' : ''})`;
    }
    case 'step2ck': {
      const s = v as NonNullable<Profile['step2ck']>;
      if (s.taken) return `${s.score} (${s.attemptsUnstated ? 'attempt not said' : `${ordinal(s.attempts)} attempt`})`;
      if (s.resultPending) return 'taken, score not out yet';
      return s.predicted ? `not taken yet, predicted ${s.predicted}` : 'not taken yet';
    }
    case 'step3': {
      const s = v as NonNullable<Profile['step3']>;
      if (s.status === 'passed') return s.score ? `passed with ${s.score}` : 'passed';
      return { not_taken: 'not taken', planned: 'planned', pending: 'taken, result pending', failed: 'failed, not yet passed' }[s.status];
    }
    case 'graduationYear': return String(v);
    case 'usce': {
      const u = v as NonNullable<Profile['usce']>;
      if (u.months === 0) return 'none yet';
      const kind = { hands_on: 'hands-on', observership: 'observership', mixed: 'hands-on and observership', unspecified: 'kind not stated', none: '' }[u.kind];
      return `${u.months} month${u.months === 1 ? '' : 's'}, ${kind}${u.where.length ? ` (${u.where.map((r) => REGION_NAMES[r]).join(', ')})` : ''}`;
    }
    case 'usLors': {
      const l = v as NonNullable<Profile['usLors']>;
      const extra = [l.inSpecialty === true ? 'some in your specialty' : l.inSpecialty === false ? 'none in your specialty' : '', l.fromCalifornia === true ? 'some from California' : l.fromCalifornia === false ? 'none from California' : ''].filter(Boolean);
      return `${l.count}${extra.length ? ` (${extra.join(', ')})` : ''}`;
    }
    case 'languages': return (v as string[]).join(', ');
    case 'regions': return (v as (Region | 'anywhere')[]).map((r) => REGION_NAMES[r]).join(', ');
    case 'laTies': {
      const t = v as NonNullable<Profile['laTies']>;
      const ties = [t.family && 'family there', t.lived && 'lived there', t.trained && 'trained there'].filter(Boolean);
      return ties.length ? ties.join(', ') : 'none';
    }
    case 'research': {
      const r = v as NonNullable<Profile['research']>;
      const years = r.years ? `, ${r.years} year${r.years === 1 ? '' : 's'} of research` : '';
      return `${r.publications} publication${r.publications === 1 ? '' : 's'}, ${r.posters} poster${r.posters === 1 ? '' : 's'}/abstract${r.posters === 1 ? '' : 's'}${years}`;
    }
    case 'stage': return STAGE_NAMES[v as keyof typeof STAGE_NAMES];
    case 'ecfmg': {
      const e = v as NonNullable<Profile['ecfmg']>;
      const status = { certified: 'certified', in_progress: 'in progress', not_started: 'not started' }[e.status];
      return e.missing?.length ? `${status} (still missing: ${e.missing.map((m) => ECFMG_PIECES[m]).join(', ')})` : status;
    }
    case 'couples': {
      const c = v as NonNullable<Profile['couples']>;
      // (the partner's specialty and visa, as far as told: they shape the couple's list)
      const partner = [c.partnerSpecialty ? SPECIALTY_NAMES[c.partnerSpecialty] : undefined, c.partnerNeedsVisa === undefined ? undefined : c.partnerNeedsVisa ? 'needs a visa' : 'needs no visa'].filter(Boolean);
      return c.matching ? `matching as a couple${partner.length ? ` (partner: ${partner.join(', ')})` : ''}` : 'not a couples match';
    }
    case 'budget': return `$${(v as number).toLocaleString('en-US')}`;
    case 'cycle': {
      const c = v as NonNullable<Profile['cycle']>;
      return (c.submitted ? (c.applications !== undefined ? `applications submitted to ${c.applications} programs` : 'applications submitted') : 'not submitted yet') + (c.interviews !== undefined ? `, ${c.interviews} interview invitation${c.interviews === 1 ? '' : 's'}` : '');
    }
  }
  return String(v);
}

/** The whole profile as lines "Label: value", skipped fields marked as such. */
export function describeProfile(profile: Profile, skipped: ProfileField[]): string[] {
  const lines: string[] = [];
  for (const field of Object.keys(FIELD_LABELS) as ProfileField[]) {
    const value = profile[field];
    if (value !== undefined) lines.push(`${FIELD_LABELS[field]}: ${describeField(field, value as never)}`);
    else if (skipped.includes(field)) lines.push(`${FIELD_LABELS[field]}: skipped`);
  }
  return lines;
}
