// The tiered plan the advisor hands back once a profile is complete (shape documented in README).
import type { Profile, Region, Specialty } from './profile.js';

/** Distance band from the applicant's home ground, LA first. */
export type Band = 'core LA' | 'SoCal' | 'rest of California' | 'national';

/** The bands from home outwards: the one order the plan builder, every screen and the chart walk. */
export const BANDS: readonly Band[] = ['core LA', 'SoCal', 'rest of California', 'national'];

/** At most this many first steps: the plan keeps no more, and the first screen shows no more. */
export const FIRST_STEPS_MAX = 5;

/** Reach, target or safety, judged against the profile. */
export type Tier = 'reach' | 'target' | 'safety';

/**
 * How well a program's openness to this applicant is backed: stated by a source with a year, public evidence (e.g. H-1B
 * filings by its institution), inferred (from its name) or unknown. Only stated facts and public evidence may place a
 * program in target or safety.
 */
export type EvidenceLevel = 'stated' | 'public evidence' | 'inferred' | 'unknown';

/** A parameter of a reason code: a figure, a name, a flag or a short list (never a sentence holding a figure). */
export type ReasonParam = string | number | boolean | string[];

/**
 * One judgment as data: a stable code (e.g. `excluded.military_active_duty`), its parameters (every figure is one) and,
 * when a figure or fact comes from a publication, its source. `src/plan/words.en.ts` turns it into a sentence.
 */
export interface ReasonCode { code: string; params: Record<string, ReasonParam>; source?: string }

/** The evidence behind one program's place in the plan: its level, what it rests on, and what to check first. */
export interface ProgramEvidence {
  level: EvidenceLevel; basis: string; check: string[];
  /** `basis` and `check` as codes (same order as the words). */
  basisCode?: ReasonCode; checkCodes?: ReasonCode[];
}

/** One stated fact about a program, with where it comes from and the year it describes. */
export interface ProgramFact { label: string; value: string; source?: string; asOf?: string }

/** One program as judged for one profile. */
export interface PlannedProgram {
  id: string;
  name: string;
  specialty: Specialty;
  city: string;
  /** California region; undefined for programs outside California. */
  region: Region;
  band: Band;
  /** Two-letter state (CA for the California table). */
  state?: string;
  /** Reasons in words; at least one names one of this program's own facts. */
  reasons: string[];
  verify: string[];
  /** `reasons` as codes with their parameters, one per reason in the same order (for adapters and tests). */
  reasonCodes?: ReasonCode[];
  /** `verify` as codes, one per item in the same order. */
  verifyCodes?: ReasonCode[];
  /** The program's stated facts (visa, graduation-year limit, type, first-attempt rule...), each with its source. */
  facts?: ProgramFact[];
  /** Public H-1B filing evidence for the sponsoring institution: what it is, never "sponsors H-1B". */
  h1bFilings?: { count: number; period: string; source: string };
  /** The evidence that the program is open to this applicant (the level decides whether it may be a target or safety). */
  evidence?: ProgramEvidence;
  /** In the unverified group: the tier it would have once what is to check is confirmed. */
  ifVerified?: Tier;
}

/** One factor of the strength model in words: its effect on the score and where its weight comes from. */
export interface StrengthFactor {
  id: string; effect: number; text: string; source: string;
  /** The factor as data (words come from src/plan/words.en.ts): a stable code and every figure as a parameter. */
  code?: string; params?: Record<string, ReasonParam>;
}

/** Where the applicant stands in one specialty, against matched and unmatched non-US IMGs. */
export interface Standing {
  specialty: Specialty;
  role: 'primary' | 'backup' | 'parallel';
  /** 0 (very weak) to 100 (very strong); explainable as the sum of `factors`. */
  score: number;
  level: 'strong' | 'competitive' | 'borderline' | 'weak' | 'very weak';
  /** One sentence placing the applicant, for the first screen. */
  line: string;
  step2ck?: {
    applicant?: number;
    predicted?: boolean;
    matched: { mean?: number; median?: number; q1?: number };
    unmatched: { mean?: number; median?: number; q1?: number };
    year: number;
    source: string;
  };
  /** A fraction (0.485 = 48.5%); `of` says whose rate it is (default: non-US IMGs who preferred this specialty). */
  matchRate?: { value: number; year: number; source: string; of?: string };
  factors: StrengthFactor[];
}

/** How many programs to apply to for one specialty, and why. */
export interface ApplicationCount {
  specialty: Specialty; min: number; max: number; why: string;
  /** The open programs inside the applicant's chosen regions, present only when they are fewer than the count: the
   *  regions, not the file, are then what limits the list, and the plan says so before the count. */
  inRegions?: number;
}

/** What applying costs, from the fee table of the given season. */
export interface ApplicationCost { programs: number; usd: number; breakdown: string; season: string; source: string }

/** A dated item of the match calendar. */
export interface CalendarItem { date: string; what: string; source: string }

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
  /** Programs whose openness to this applicant is unknown or only inferred: never targets or safeties; check these first. Ordered by evidence. */
  unverified?: PlannedProgram[];
  nextSteps: NextStep[];
  applications: { min: number; max: number; why: string; perSpecialty?: ApplicationCount[]; cost?: ApplicationCost };
  /** Where the applicant stands, one entry per specialty judged (primary first). */
  standing?: Standing[];
  /** At most five steps to do first, ranked by this applicant's biggest gaps. */
  firstSteps?: NextStep[];
  /** How many reach / target / safety programs sit in each band. */
  listShape?: Record<Band, Record<Tier, number>>;
  /** Facts the whole list shares (e.g. no source states a Step 2 CK minimum), said once, not per program. */
  sharedNotes?: string[];
  /** The one or two warnings that change the strategy, for the first screen (also kept in `warnings`). */
  keyWarnings?: string[];
  /** The key warnings as codes (words from src/plan/words.en.ts), one per item of `keyWarnings`, in the same order. */
  keyWarningCodes?: ReasonCode[];
  /** What to do now given today's date and the stage. */
  calendar?: { now: string; items: CalendarItem[] };
  warnings?: string[];
  /** The warnings as codes, one per item of `warnings`, in the same order. */
  warningCodes?: ReasonCode[];
  /** Present when the file and the regions leave no real chance this cycle: strengthen, then apply next cycle, month by month. */
  notThisCycle?: { why: string; whyCode?: ReasonCode; months: { by: string; what: string }[] };
  signaling?: string;
  caveats: string[];
}
