// Stated program facts beyond the table's columns (knowledge/programs/program-facts.csv): one row per fact, each with
// its source address, the year it describes and the quote it rests on.
import { csvRows } from './csv-rows.js';
import { z } from 'zod';
import { isDangerousCell } from './program-schema.js';

/** Columns of program-facts.csv, in order. */
const PROGRAM_FACT_COLUMNS = ['program_id', 'fact', 'value', 'source_url', 'as_of', 'quote'] as const;

/** The facts a row may state: first-attempt rule (value: which exams), sponsor-wide no-visa statement, Step 3 before H-1B, ECFMG certification deadline (value: by when), only active-duty US military may apply (value: who may), an academic flagship by a cited ranking (value: institution and rank), the same program as a national roster row (value: its ACGME id), listed in the ACGME public program list (value: its ACGME id), an institution-wide statement that it does not sponsor one visa route (value: H-1B or J-1), a stated minimum of US clinical experience (value: months), a closed list of the statuses it appoints (value: `citizen;permanent_resident[;j1]`). */
const PROGRAM_FACT_KINDS = ['first_attempt_required', 'sponsor_no_visas', 'step3_for_h1b', 'ecfmg_certified_by', 'military_only', 'academic_flagship', 'same_program_as', 'in_acgme_list', 'sponsor_no_route', 'usce_min_months', 'eligible_statuses'] as const;

/** The statuses a closed eligibility list may name. */
const ELIGIBLE_STATUSES = ['citizen', 'permanent_resident', 'j1', 'h1b'] as const;
/** One status a closed eligibility list names. */
export type EligibleStatus = (typeof ELIGIBLE_STATUSES)[number];

const text = (max: number) => z.string().max(max).refine((v) => !isDangerousCell(v), { message: 'cell starts with = + - @ tab or CR' });

/** One stated fact about one program. */
export const programFactRowSchema = z.object({
  programId: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  fact: z.enum(PROGRAM_FACT_KINDS),
  value: text(200),
  sourceUrl: z.string().regex(/^https?:\/\/\S+$/),
  asOf: z.number().int().min(1990).max(2100).nullable(),
  quote: text(1000).pipe(z.string().min(5)),
}).refine((r) => r.fact !== 'usce_min_months' || /^[1-9]\d?$/.test(r.value), { message: 'usce_min_months takes a whole number of months', path: ['value'] })
  .refine((r) => r.fact !== 'eligible_statuses' || r.value.split(';').every((s) => (ELIGIBLE_STATUSES as readonly string[]).includes(s)), { message: `eligible_statuses takes ${ELIGIBLE_STATUSES.join(', ')} separated by ;`, path: ['value'] });
/** One parsed row of program-facts.csv. */
export type ProgramFactRow = z.infer<typeof programFactRowSchema>;

/** Parses program-facts.csv; returns the rows or every problem with its line. Never throws. */
export function loadProgramFactsCsv(csv: string): { ok: true; facts: ProgramFactRow[] } | { ok: false; errors: string[] } {
  const table = csvRows(csv, PROGRAM_FACT_COLUMNS);
  if (!table.ok) return table;
  const errors: string[] = [];
  const facts: ProgramFactRow[] = [];
  table.rows.forEach((r, i) => {
    const parsed = programFactRowSchema.safeParse({
      programId: r[0], fact: r[1], value: r[2], sourceUrl: r[3], asOf: r[4] === '' || r[4] === undefined ? null : Number(r[4]), quote: r[5],
    });
    if (parsed.success) facts.push(parsed.data);
    else errors.push(...parsed.error.issues.map((x) => `line ${i + 2}: ${x.path.join('.')}: ${x.message}`));
  });
  return errors.length ? { ok: false, errors } : { ok: true, facts };
}
