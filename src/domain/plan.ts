// The tiered plan the advisor hands back once a profile is complete (shape documented in README).
import type { Profile, Region, Specialty } from './profile.js';

/** Distance band from the applicant's home ground, LA first. */
export type Band = 'core LA' | 'SoCal' | 'rest of California' | 'national';

/** Reach, target or safety, judged against the profile. */
export type Tier = 'reach' | 'target' | 'safety';

/** One program as judged for one profile. */
export interface PlannedProgram {
  id: string;
  name: string;
  specialty: Specialty;
  city: string;
  region: Region;
  band: Band;
  reasons: string[];
  verify: string[];
}

/** One prioritised next step, from a rule. Lower priority number comes first. */
export interface NextStep {
  id: string;
  title: string;
  detail: string;
  priority: number;
  article?: string;
}

/** The whole plan. */
export interface Plan {
  profile: Profile;
  tiers: { reach: PlannedProgram[]; target: PlannedProgram[]; safety: PlannedProgram[] };
  excluded: PlannedProgram[];
  nextSteps: NextStep[];
  applications: { min: number; max: number; why: string };
  warnings?: string[];
  signaling?: string;
  caveats: string[];
}
