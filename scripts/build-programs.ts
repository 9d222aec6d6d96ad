// Rebuilds knowledge/programs/programs.csv from ../shared/data (programs + evidence + notes); deterministic.
// Usage: npx tsx scripts/build-programs.ts [sharedDataDir] [outFile]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Specialty } from '../src/domain/profile.js';
import { loadProgramsCsv } from '../src/knowledge/programs/load-programs-csv.js';
import { exportProgramsCsv } from '../src/knowledge/programs/program-store.js';
import type { Program, ProgramRegion } from '../src/knowledge/programs/program-schema.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'data'));
const outFile = resolve(process.argv[3] ?? join(root, 'knowledge', 'programs', 'programs.csv'));

const SPECIALTY: Record<string, Specialty> = {
  'Internal Medicine': 'internal_medicine',
  'Internal Medicine-Preliminary': 'prelim_internal_medicine',
  'Internal Medicine (Preliminary)': 'prelim_internal_medicine',
  'Family Medicine': 'family_medicine',
  'Psychiatry': 'psychiatry',
  'Pediatrics': 'pediatrics',
  'Transitional Year': 'transitional_year',
  'General Surgery': 'general_surgery',
  'Surgery-Preliminary': 'prelim_surgery',
  'Emergency Medicine': 'emergency_medicine',
  'Neurology': 'neurology',
  'Obstetrics and Gynecology': 'obstetrics_gynecology',
};
// Ventura/Santa Barbara and the Central Valley are outside the four SoCal bands we advise on first.
const REGION: Record<string, ProgramRegion> = {
  la_county: 'la_county', orange: 'orange_county', san_diego: 'san_diego', inland_empire: 'inland_empire',
  ventura_sb: 'rest_of_california', central_valley: 'rest_of_california', other_ca: 'rest_of_california',
};
const FACT_FIELDS = ['visa_j1', 'visa_h1b', 'img_share', 'step2_min', 'yog_limit_years', 'usce_required'] as const;

type Row = Record<string, string>;
const readCsv = (name: string): Row[] =>
  parse(readFileSync(join(sharedDir, name), 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Row[];

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 110).replace(/-+$/, '');
}
const rowKey = (r: Row) => (r.acgme_id ? r.acgme_id : `${r.name} | ${r.specialty}`);
const orUnknown = (v: string | undefined) => (v === 'yes' || v === 'no' ? v : 'unknown');
const numOrNull = (v: string | undefined) => (v && v.trim() !== '' ? Number(v) : null);

const programs = readCsv('programs.csv');
const evidence = readCsv('evidence.csv');
const notes = readCsv('program_notes.csv');

const evidenceUrls = new Map<string, string[]>();
const evidenced = new Set<string>();
for (const e of evidence) {
  evidenceUrls.set(e.row_key!, [...(evidenceUrls.get(e.row_key!) ?? []), e.source_url!]);
  evidenced.add(`${e.row_key}#${e.field}`);
}
const notesByKey = new Map(notes.map((n) => [n.row_key!, n.notes!] as const));

const out: Program[] = [];
const problems: string[] = [];
let unevidenced = 0;
for (const r of programs) {
  const specialty = SPECIALTY[r.specialty!];
  const region = REGION[r.region!];
  if (!specialty || !region) { problems.push(`unmapped specialty/region: ${r.specialty} / ${r.region} (${r.name})`); continue; }
  const key = rowKey(r);
  for (const f of FACT_FIELDS) {
    const v = r[f] ?? '';
    if (v !== '' && v !== 'unknown' && !evidenced.has(`${key}#${f}`)) { unevidenced++; problems.push(`no evidence for ${f}=${v} on ${key}`); }
  }
  const urls = [...new Set([...(r.source_urls ?? '').split(';'), ...(evidenceUrls.get(key) ?? [])].map((u) => u.trim()).filter(Boolean))];
  out.push({
    id: r.acgme_id ? r.acgme_id : slug(`${r.name} ${specialty.replace(/_/g, ' ')}`),
    acgmeId: r.acgme_id ? r.acgme_id : null,
    name: r.name!.trim(),
    specialty,
    city: r.city!.trim(),
    region,
    programType: (r.program_type || 'unknown') as Program['programType'],
    visaJ1: orUnknown(r.visa_j1),
    visaH1b: orUnknown(r.visa_h1b),
    imgFriendly: 'unknown', // no source in shared/data rates IMG-friendliness or IMG share for any program
    imgShare: numOrNull(r.img_share),
    step2Min: numOrNull(r.step2_min),
    yogLimitYears: numOrNull(r.yog_limit_years),
    usceRequired: orUnknown(r.usce_required),
    sourceUrls: urls,
    asOf: numOrNull(r.as_of),
    notes: (notesByKey.get(key) ?? '').replace(/\s+/g, ' ').trim(),
  });
}
out.sort((a, b) => a.id.localeCompare(b.id));

const csv = exportProgramsCsv(out);
const check = loadProgramsCsv(csv);
if (!check.ok) {
  for (const e of check.errors) console.error(`line ${e.line}: ${e.message}`);
  process.exit(1);
}
if (problems.length) for (const p of problems) console.error(`warning: ${p}`);
writeFileSync(outFile, csv);
console.log(`wrote ${check.programs.length} programs to ${outFile} (${unevidenced} facts without evidence)`);
