// The national roster row (generated knowledge/programs/national.csv): identity and location, no policy facts.
import { csvRows } from './csv-rows.js';
import { z } from 'zod';
import { specialtySchema } from '../../domain/profile.js';
import { isDangerousCell } from './program-schema.js';

/** Columns of national.csv, in order. */
export const NATIONAL_COLUMNS = [
  'acgme_id', 'name', 'specialty', 'city', 'state', 'region', 'program_type', 'type_basis', 'h1b_lca_count', 'h1b_employer',
] as const;

const text = (max: number) => z.string().max(max).refine((v) => !isDangerousCell(v), { message: 'cell starts with = + - @ tab or CR' });

/** One national row; `programType` comes only from the name (typeBasis `name`) or is unknown. */
export const nationalProgramSchema = z.object({
  acgmeId: z.string().regex(/^\d{10}$/),
  name: text(200).pipe(z.string().min(1)),
  specialty: specialtySchema,
  city: text(80),
  state: z.string().regex(/^[A-Z]{2}$/),
  /** California region for California rows missing from our table; `other_us` elsewhere. */
  region: z.enum(['la_county', 'orange_county', 'san_diego', 'inland_empire', 'rest_of_california', 'other_us']),
  programType: z.enum(['university', 'community', 'unknown']),
  typeBasis: z.enum(['name', 'none']),
  /** Resident H-1B LCAs filed by the employer the roster row was matched to by name (verify), FY2025 Q1–Q2. */
  h1bLcaCount: z.number().int().min(1).nullable(),
  h1bEmployer: text(200).nullable(),
});
export type NationalProgram = z.infer<typeof nationalProgramSchema>;

/** Parses national.csv; returns the rows or every problem with its line. Never throws. */
export function loadNationalCsv(csv: string): { ok: true; programs: NationalProgram[] } | { ok: false; errors: string[] } {
  const table = csvRows(csv, NATIONAL_COLUMNS);
  if (!table.ok) return table;
  const errors: string[] = [];
  const programs: NationalProgram[] = [];
  const seen = new Set<string>();
  table.rows.forEach((r, i) => {
    const line = i + 2;
    if (r.length !== NATIONAL_COLUMNS.length) { errors.push(`line ${line}: expected ${NATIONAL_COLUMNS.length} cells, found ${r.length}`); return; }
    const parsed = nationalProgramSchema.safeParse({
      acgmeId: r[0], name: r[1], specialty: r[2], city: r[3], state: r[4], region: r[5], programType: r[6], typeBasis: r[7],
      h1bLcaCount: r[8] === '' ? null : Number(r[8]), h1bEmployer: r[9] === '' ? null : r[9],
    });
    if (!parsed.success) { errors.push(...parsed.error.issues.map((x) => `line ${line}: ${x.path.join('.')}: ${x.message}`)); return; }
    const key = `${parsed.data.acgmeId}|${parsed.data.specialty}`;
    if (seen.has(key)) { errors.push(`line ${line}: duplicate ${key}`); return; }
    seen.add(key);
    programs.push(parsed.data);
  });
  return errors.length ? { ok: false, errors } : { ok: true, programs };
}
