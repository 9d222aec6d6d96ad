// One residency program × specialty as the app keeps it, and the CSV row that carries it.
import { z } from 'zod';
import { specialtySchema } from '../../domain/profile.js';

/** The exact CSV header, in order; the file is refused if it differs. */
export const PROGRAM_COLUMNS = [
  'id', 'acgme_id', 'name', 'specialty', 'city', 'region', 'program_type', 'visa_j1', 'visa_h1b',
  'img_friendly', 'img_share', 'step2_min', 'yog_limit_years', 'usce_required', 'source_urls', 'as_of', 'notes',
] as const;
export type ProgramColumn = (typeof PROGRAM_COLUMNS)[number];

/** Program regions: all of California; anything outside California is not in the table yet. */
const PROGRAM_REGIONS = ['la_county', 'orange_county', 'san_diego', 'inland_empire', 'rest_of_california'] as const;
const programRegionSchema = z.enum(PROGRAM_REGIONS);
/** The value its schema above validates. */
export type ProgramRegion = z.infer<typeof programRegionSchema>;

/** Sponsor kinds; `unknown` when no rule or source settles it. */
const programTypeSchema = z.enum(['university', 'community', 'county_safety_net', 'military', 'va', 'unknown']);
/** The value its schema above validates. */
export type ProgramType = z.infer<typeof programTypeSchema>;

/** A sourced yes/no, or `unknown` — never a guess. */
const triStateSchema = z.enum(['yes', 'no', 'unknown']);
/** The value its schema above validates. */
export type TriState = z.infer<typeof triStateSchema>;

/** Characters that make a spreadsheet treat a cell as a formula (CSV injection). */
export const DANGEROUS_LEADING = ['=', '+', '-', '@', '\t', '\r', '\0'] as const;

/** True when a cell would be run as a formula by a spreadsheet. */
export function isDangerousCell(value: string): boolean {
  return value.length > 0 && (DANGEROUS_LEADING as readonly string[]).includes(value[0]!);
}

const safeText = (max: number) =>
  z.string().max(max).refine((v) => !isDangerousCell(v), {
    message: 'cell starts with = + - @ tab or CR (possible formula injection)',
  });

/** A program as used by the plan; optional facts are null when no source states them. */
export const programSchema = z.object({
  id: safeText(120).pipe(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be lowercase letters, digits and hyphens')),
  acgmeId: z.string().regex(/^\d{10}$/, 'acgme_id must be 10 digits').nullable(),
  name: safeText(200).pipe(z.string().min(1, 'name is empty')),
  specialty: specialtySchema,
  city: safeText(80),
  region: programRegionSchema,
  programType: programTypeSchema,
  visaJ1: triStateSchema,
  visaH1b: triStateSchema,
  imgFriendly: triStateSchema,
  imgShare: z.number().min(0).max(1).nullable(),
  step2Min: z.number().int().min(1).max(300).nullable(),
  yogLimitYears: z.number().int().min(0).max(60).nullable(),
  usceRequired: triStateSchema,
  sourceUrls: z.array(safeText(500).pipe(z.string().regex(/^https?:\/\/\S+$/, 'source url must start with http(s)://'))),
  asOf: z.number().int().min(1990).max(2100).nullable(),
  notes: safeText(4000),
});
export type Program = z.infer<typeof programSchema>;

/** Parses an optional number cell: empty → null; anything non-numeric is an error string. */
function numberCell(raw: string, column: string): number | null | { error: string } {
  const v = raw.trim();
  if (v === '') return null;
  if (!/^\d+(\.\d+)?$/.test(v)) return { error: `${column} "${raw}" is not a number` };
  return Number(v);
}

/** Turns one CSV record (column → cell) into a validated Program or a list of problems. */
export function programFromRecord(rec: Record<ProgramColumn, string>): { ok: true; program: Program } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const num = (column: ProgramColumn): number | null => {
    const r = numberCell(rec[column], column);
    if (r !== null && typeof r === 'object') { problems.push(r.error); return null; }
    return r;
  };
  const candidate = {
    id: rec.id,
    acgmeId: rec.acgme_id === '' ? null : rec.acgme_id,
    name: rec.name,
    specialty: rec.specialty,
    city: rec.city,
    region: rec.region,
    programType: rec.program_type,
    visaJ1: rec.visa_j1,
    visaH1b: rec.visa_h1b,
    imgFriendly: rec.img_friendly,
    imgShare: num('img_share'),
    step2Min: num('step2_min'),
    yogLimitYears: num('yog_limit_years'),
    usceRequired: rec.usce_required,
    sourceUrls: rec.source_urls === '' ? [] : rec.source_urls.split(';').map((u) => u.trim()),
    asOf: num('as_of'),
    notes: rec.notes,
  };
  for (const c of PROGRAM_COLUMNS) if (isDangerousCell(rec[c])) problems.push(`${c}: cell starts with = + - @ tab or CR (possible formula injection)`);
  const parsed = programSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${columnOf(issue.path[0])}: ${issue.message}`);
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems: [...new Set(problems)] };
  return { ok: true, program: parsed.data };
}

/** Turns a Program back into CSV cells, the inverse of programFromRecord. */
export function programToRecord(p: Program): Record<ProgramColumn, string> {
  const n = (v: number | null) => (v === null ? '' : String(v));
  return {
    id: p.id, acgme_id: p.acgmeId ?? '', name: p.name, specialty: p.specialty, city: p.city, region: p.region,
    program_type: p.programType, visa_j1: p.visaJ1, visa_h1b: p.visaH1b, img_friendly: p.imgFriendly,
    img_share: n(p.imgShare), step2_min: n(p.step2Min), yog_limit_years: n(p.yogLimitYears),
    usce_required: p.usceRequired, source_urls: p.sourceUrls.join(';'), as_of: n(p.asOf), notes: p.notes,
  };
}

const FIELD_TO_COLUMN: Record<string, ProgramColumn> = {
  acgmeId: 'acgme_id', programType: 'program_type', visaJ1: 'visa_j1', visaH1b: 'visa_h1b', imgFriendly: 'img_friendly',
  imgShare: 'img_share', step2Min: 'step2_min', yogLimitYears: 'yog_limit_years', usceRequired: 'usce_required',
  sourceUrls: 'source_urls', asOf: 'as_of',
};
function columnOf(key: PropertyKey | undefined): string {
  const k = String(key ?? '');
  return FIELD_TO_COLUMN[k] ?? k;
}
