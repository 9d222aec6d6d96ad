// Generates knowledge/programs/national.csv from ../shared/data/national_programs.csv (ACGME roster, mid-2025) and
// ../shared/data/h1b_lca (DOL LCA filings, FY2025 Q2): identity, location, a type read only from the name, and the
// resident H-1B filings of the employer the data's heuristic matched to the program. California rows already in
// knowledge/programs/programs.csv are left out (the table's row and facts win). Deterministic.
// Usage: npx tsx scripts/build-national.ts [sharedDataDir] [outFile]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Specialty } from '../src/domain/profile.js';
import { loadProgramsCsv } from '../src/knowledge/import/load-programs-csv.js';
import { NATIONAL_COLUMNS, loadNationalCsv } from '../src/knowledge/import/national-schema.js';
import { isDangerousCell } from '../src/knowledge/import/program-schema.js';
import { nameType, regionFromPlace } from '../src/knowledge/import/national-derive.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'data'));
const outFile = resolve(process.argv[3] ?? join(root, 'knowledge', 'programs', 'national.csv'));

/** Roster specialty names → our ids; specialties we do not advise on are left out. */
const SPECIALTY: Record<string, Specialty> = {
  'Family Medicine': 'family_medicine', 'Internal Medicine': 'internal_medicine', Surgery: 'general_surgery',
  Psychiatry: 'psychiatry', 'Ob Gyn': 'obstetrics_gynecology', 'Emergency Medicine': 'emergency_medicine',
  Pediatrics: 'pediatrics', 'Orthopaedic Surgery': 'orthopaedic_surgery', 'Diagnostic Radiology': 'diagnostic_radiology',
  Neurology: 'neurology', Anesthesiology: 'anesthesiology', Urology: 'urology', Dermatology: 'dermatology',
  Pathology: 'pathology', Otolaryngology: 'otolaryngology', Ophthalmology: 'ophthalmology', 'Neurological Surgery': 'neurosurgery',
  'Physical Medicine & Rehabilitation': 'physical_medicine_rehabilitation', 'Interventional Radiology Integrated': 'interventional_radiology',
  'Plastic Surgery Integrated': 'plastic_surgery', 'Radiation Oncology': 'radiation_oncology', 'Vascular Surgery Integrated': 'vascular_surgery',
};

type Row = Record<string, string>;
const readCsv = (path: string): Row[] => parse(readFileSync(path, 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Row[];

const roster = readCsv(join(sharedDir, 'national_programs.csv'));
const employers = readCsv(join(sharedDir, 'h1b_lca', 'employers_fy2025q2_physician_trainees.csv'));
const ca = loadProgramsCsv(readFileSync(join(root, 'knowledge', 'programs', 'programs.csv'), 'utf8'));
if (!ca.ok) throw new Error('knowledge/programs/programs.csv does not load');
const cityRegion = new Map<string, string>();
for (const p of ca.programs) if (p.city) cityRegion.set(p.city.toLowerCase(), p.region);
// California rows already in our table (by ACGME id, or by name within the specialty) keep their table row and facts.
const norm = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const inTable = new Set<string>();
for (const p of ca.programs) {
  if (p.acgmeId) inTable.add(`id|${p.acgmeId}`);
  inTable.add(`name|${p.specialty}|${norm(p.name)}`);
}

// Resident filings per roster id: the employer with the most resident LCAs wins when several name the same id.
const filings = new Map<string, { count: number; employer: string }>();
for (const e of employers) {
  const resident = Number(e.n_resident ?? 0) + Number(e.n_resident_or_fellow ?? 0) + Number(e.n_house_staff ?? 0);
  if (!resident) continue;
  for (const part of (e.roster_candidate_ids_im_fm_psych_peds ?? '').split(';')) {
    const id = part.split(':')[0]!.trim();
    if (!/^\d{10}$/.test(id)) continue;
    const prev = filings.get(id);
    if (!prev || resident > prev.count) filings.set(id, { count: resident, employer: e.employer_name! });
  }
}

const seen = new Set<string>();
const out: string[][] = [];
for (const r of roster) {
  const specialty = SPECIALTY[r.specialty!];
  if (!specialty) continue;
  const key = `${r.acgme_id}|${specialty}`;
  if (seen.has(key)) continue;
  seen.add(key);
  const state = (r.state || r.state_from_acgme_id || '').trim();
  if (!/^[A-Z]{2}$/.test(state)) continue;
  if (state === 'CA' && (inTable.has(`id|${r.acgme_id}`) || inTable.has(`name|${specialty}|${norm(r.name!)}`))) continue;
  const region = state === 'CA' ? regionFromPlace(r.city ?? '', Number(r.lat), Number(r.lon), cityRegion) : 'other_us';
  const type = nameType(r.name!);
  const f = filings.get(r.acgme_id!);
  const safe = (v: string) => (isDangerousCell(v) ? `'${v}` : v);
  out.push([r.acgme_id!, safe(r.name!), specialty, safe(r.city ?? ''), state, region, type, type === 'unknown' ? 'none' : 'name', f ? String(f.count) : '', f ? safe(f.employer) : '']);
}
out.sort((a, b) => (a[0]! + a[2]! < b[0]! + b[2]! ? -1 : 1));
const csv = stringify([[...NATIONAL_COLUMNS], ...out], { record_delimiter: 'unix' });
const check = loadNationalCsv(csv);
if (!check.ok) throw new Error(`generated national.csv does not validate:\n${check.errors.slice(0, 10).join('\n')}`);
writeFileSync(outFile, csv);
console.log(`wrote ${out.length} programs to ${outFile} (${out.filter((x) => x[8]).length} with H-1B filing evidence)`);
