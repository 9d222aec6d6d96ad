// The profile value behind each button of the interview flow, so a click is stored exactly, never re-read as text.
import { REGIONS, SPECIALTIES, profileSchema, type Profile, type ProfileField } from '../../domain/profile.js';

const SPECIALTY_IDS: ReadonlySet<string> = new Set(SPECIALTIES);
const REGION_IDS: ReadonlySet<string> = new Set([...REGIONS, 'anywhere']);

/** The value a clicked choice stands for, or undefined when the value is not a known choice of that field. */
export function choiceValue(field: ProfileField, choice: string): NonNullable<Profile[ProfileField]> | undefined {
  const v = choice.trim();
  let value: unknown;
  switch (field) {
    case 'specialty': {
      const [p, b] = v.split(':');
      if (SPECIALTY_IDS.has(p!)) value = { primary: p, ...(b && SPECIALTY_IDS.has(b) ? { backup: b } : {}) };
      break;
    }
    case 'step1': {
      const m = /^(passed|failed):([1-6])$/.exec(v);
      if (m) value = { result: m[1], attempts: Number(m[2]) };
      break;
    }
    case 'step2ck': if (v === 'not_taken') value = { taken: false }; break;
    case 'step3': if (['not_taken', 'planned', 'pending', 'passed', 'failed'].includes(v)) value = { status: v }; break;
    case 'usce': if (v === 'none') value = { months: 0, kind: 'none', where: [] }; break;
    case 'usLors': if (/^\d{1,2}$/.test(v)) value = { count: Number(v) }; break;
    case 'languages': if (/^[A-Z][a-z]+(, [A-Z][a-z]+)*$/.test(v)) value = v.split(', '); break;
    case 'regions': { const ids = v.split(/[\s,]+/).filter(Boolean); if (ids.length && ids.every((r) => REGION_IDS.has(r))) value = [...new Set(ids)]; break; }
    case 'laTies':
      if (v === 'none') value = { family: false, lived: false, trained: false };
      else if (v === 'family' || v === 'lived' || v === 'trained') value = { family: v === 'family', lived: v === 'lived', trained: v === 'trained' };
      break;
    case 'research': if (v === 'none') value = { publications: 0, posters: 0 }; break;
    case 'ecfmg': if (['certified', 'in_progress', 'not_started'].includes(v)) value = { status: v }; break;
    case 'cycle': if (v === 'submitted' || v === 'not_submitted') value = { submitted: v === 'submitted' }; break;
    case 'couples': if (v === 'yes' || v === 'no') value = { matching: v === 'yes' }; break;
    default: value = v;
  }
  const checked = profileSchema.shape[field].safeParse(value);
  return checked.success && checked.data !== undefined ? (checked.data as NonNullable<Profile[ProfileField]>) : undefined;
}
