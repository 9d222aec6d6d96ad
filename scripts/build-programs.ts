// Rebuilds knowledge/programs/programs.csv from ../shared/data (programs + evidence + notes), then merges our own
// sourced additions (knowledge/programs/additions.csv + additions-evidence.csv); deterministic.
// Usage: npx tsx scripts/build-programs.ts [sharedDataDir] [outFile] [additionsDir]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Specialty } from '../src/domain/profile.js';
import { loadProgramsCsv } from '../src/knowledge/import/load-programs-csv.js';
import { exportProgramsCsv } from '../src/knowledge/import/program-store.js';
import { PROGRAM_COLUMNS, programFromRecord, type Program, type ProgramColumn, type ProgramRegion } from '../src/knowledge/import/program-schema.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'data'));
const outFile = resolve(process.argv[3] ?? join(root, 'knowledge', 'programs', 'programs.csv'));
const additionsDir = resolve(process.argv[4] ?? join(root, 'knowledge', 'programs'));

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
// "community" counts in the applicant's favour, so it is kept only where a page with an address says it (the name rule's
// guess, "hospital / health system / Kaiser" in the name, becomes unknown)
const statedCommunity = new Set(evidence.filter((e) => e.field === 'program_type' && e.value === 'community' && /^https?:\/\//.test(e.source_url ?? '') && /community/i.test(e.quote ?? '')).map((e) => e.row_key!));

// "university" is the name rule's reading of a university word in the name; where the name pairs a hospital with the
// university ("UCLA-Kern Medical Center", "Sutter Santa Rosa Regional Hospital/UCSF", "UCR/Desert Regional Medical
// Center") the university may be only an affiliate of a hospital that runs the program, so without a source the type is
// unknown (the name rule stays for names that are the university's alone)
const UNIVERSITY_WORDS = /\b(?:University|UCLA|UCSF|UCSD|UCI|UCR|USC|Stanford|School of Medicine|College of Medicine)\b/;
const HOSPITAL_WORDS = /\b(?:Hospital|Medical Center|Health ?Care|Regional|VA|Kaiser)\b/;
const pairsHospital = (name: string) => name.replace(/\s+Program$/, '').split(/\/|(?<=[A-Za-z])-(?=[A-Z])/).some((part) => HOSPITAL_WORDS.test(part) && !UNIVERSITY_WORDS.test(part));
const typeOf = (r: Record<string, string | undefined>, key: string): Program['programType'] => {
  if (r.program_type === 'community' && !statedCommunity.has(key)) return 'unknown';
  if (r.program_type === 'university' && !evidenced.has(`${key}#program_type`) && pairsHospital(r.name ?? '')) return 'unknown';
  return (r.program_type || 'unknown') as Program['programType'];
};

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
    programType: typeOf(r, key),
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

const additions = mergeAdditions(out, additionsDir);
out.sort((a, b) => a.id.localeCompare(b.id));

const csv = exportProgramsCsv(out);
const check = loadProgramsCsv(csv);
if (!check.ok) {
  for (const e of check.errors) console.error(`line ${e.line}: ${e.message}`);
  process.exit(1);
}
if (problems.length) for (const p of problems) console.error(`warning: ${p}`);
writeFileSync(outFile, csv);
console.log(`wrote ${check.programs.length} programs to ${outFile} (${unevidenced} facts without evidence; ` +
  `additions: ${additions.added} new rows, ${additions.filled} fields filled on existing rows)`);

/**
 * Merges knowledge/programs/additions.csv (same columns as programs.csv) into `out`, in place.
 * - A new row needs an `identity` evidence row; every non-unknown fact (program_type, visa, img, step 2, YOG, USCE)
 *   needs an evidence row with the same field and value; a non-empty as_of must be the latest `as_of=YYYY` tag in the
 *   row's evidence notes. Ids follow the script's scheme (ACGME id, else the name+specialty slug).
 * - A row whose id already exists may only fill fields that are `unknown`/empty there (each with evidence; an empty
 *   city with an evidence row of field `city`); it never overrides a sourced value. Its as_of becomes the later of the two years; its evidence addresses are appended.
 * Any violation stops the build (exit 1): nothing is written.
 */
function mergeAdditions(target: Program[], dir: string): { added: number; filled: number } {
  const addFile = join(dir, 'additions.csv');
  const evFile = join(dir, 'additions-evidence.csv');
  if (!existsSync(addFile)) return { added: 0, filled: 0 };
  const errors: string[] = [];
  const parseFile = (f: string) => parse(readFileSync(f, 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Row[];
  const header = (f: string) => (parse(readFileSync(f, 'utf8'), { bom: true, to_line: 1 }) as string[][])[0] ?? [];
  if (header(addFile).join(',') !== PROGRAM_COLUMNS.join(',')) errors.push(`additions.csv header must be: ${PROGRAM_COLUMNS.join(',')}`);
  const EV_COLUMNS = ['row_key', 'field', 'value', 'source_url', 'quote', 'note'];
  if (!existsSync(evFile)) errors.push('additions-evidence.csv is missing');
  else if (header(evFile).join(',') !== EV_COLUMNS.join(',')) errors.push(`additions-evidence.csv header must be: ${EV_COLUMNS.join(',')}`);
  if (errors.length) fail(errors);

  const rows = parseFile(addFile);
  const ev = parseFile(evFile);
  const FACTS = ['program_type', 'visa_j1', 'visa_h1b', 'img_friendly', 'img_share', 'step2_min', 'yog_limit_years', 'usce_required'] as const;
  const FIELD_OF: Record<(typeof FACTS)[number], keyof Program> = {
    program_type: 'programType', visa_j1: 'visaJ1', visa_h1b: 'visaH1b', img_friendly: 'imgFriendly', img_share: 'imgShare',
    step2_min: 'step2Min', yog_limit_years: 'yogLimitYears', usce_required: 'usceRequired',
  };
  const known = (v: string | undefined) => v !== undefined && v.trim() !== '' && v.trim() !== 'unknown';
  const ids = new Set(rows.map((r) => r.id));
  const evBy = new Map<string, Row[]>();
  ev.forEach((e, i) => {
    const where = `additions-evidence.csv line ${i + 2}`;
    if (!ids.has(e.row_key)) errors.push(`${where}: row_key "${e.row_key}" is not an id in additions.csv`);
    if (e.field !== 'identity' && e.field !== 'city' && !(FACTS as readonly string[]).includes(e.field!)) errors.push(`${where}: unknown field "${e.field}"`);
    if (!/^https?:\/\/\S+$/.test(e.source_url ?? '')) errors.push(`${where}: source_url must be an http(s) address`);
    const q = (e.quote ?? '').trim();
    if (q === '' || q.length > 300) errors.push(`${where}: quote must be 1-300 characters (has ${q.length})`);
    evBy.set(e.row_key!, [...(evBy.get(e.row_key!) ?? []), e]);
  });

  const byId = new Map(target.map((p, i) => [p.id, i] as const));
  const seen = new Set<string>();
  let added = 0;
  let filled = 0;
  rows.forEach((r, i) => {
    const where = `additions.csv line ${i + 2} (${r.id})`;
    if (seen.has(r.id!)) { errors.push(`${where}: duplicate id`); return; }
    seen.add(r.id!);
    const parsed = programFromRecord(r as Record<ProgramColumn, string>);
    if (!parsed.ok) { errors.push(...parsed.problems.map((p) => `${where}: ${p}`)); return; }
    const p = parsed.program;
    const wantId = p.acgmeId ?? slug(`${p.name} ${p.specialty.replace(/_/g, ' ')}`);
    if (p.id !== wantId) errors.push(`${where}: id must be "${wantId}" (ACGME id, else the name+specialty slug)`);
    const evs = evBy.get(p.id) ?? [];
    const hasEv = (field: string, value: string) => evs.some((e) => e.field === field && e.value === value);
    const years = evs.map((e) => /as_of=(\d{4})/.exec(e.note ?? '')?.[1]).filter((y): y is string => !!y).map(Number);
    const latest = years.length ? Math.max(...years) : null;
    for (const f of FACTS) {
      if (known(r[f]) && !hasEv(f, r[f]!.trim())) errors.push(`${where}: ${f}=${r[f]} has no evidence row (field ${f}, same value)`);
    }
    if (p.asOf !== latest) errors.push(`${where}: as_of must be the latest as_of=YYYY tag of its evidence (${latest ?? 'empty'}), is ${p.asOf ?? 'empty'}`);
    const urls = [...new Set([...p.sourceUrls, ...evs.filter((e) => e.field !== 'city').map((e) => e.source_url!.trim())])]; // a city's address page is no program source
    const at = byId.get(p.id);
    if (at === undefined) {
      if (!evs.some((e) => e.field === 'identity')) errors.push(`${where}: a new program needs an identity evidence row (existence/name/city/specialty)`);
      target.push({ ...p, sourceUrls: urls });
      byId.set(p.id, target.length - 1);
      added++;
      return;
    }
    // Existing row: fill unknown/empty fields only.
    const base = target[at]!;
    // a city the shared data leaves empty may be filled, with an evidence row (field city, same value)
    const fillsCity = base.city === '' && p.city !== '';
    if (fillsCity && !hasEv('city', p.city)) errors.push(`${where}: city=${p.city} fills an empty city and needs an evidence row (field city, same value)`);
    if (base.name !== p.name || base.specialty !== p.specialty || (base.city !== p.city && !fillsCity) || base.region !== p.region) {
      errors.push(`${where}: name/specialty/city/region must repeat the existing row (${base.name} | ${base.specialty} | ${base.city} | ${base.region})`);
    }
    const next: Program = { ...base, ...(fillsCity ? { city: p.city } : {}) };
    let changed = false; // a fact filled (a city alone brings no program source)
    for (const f of FACTS) {
      if (!known(r[f])) continue;
      const key = FIELD_OF[f];
      const cur = base[key];
      const curKnown = cur !== null && cur !== 'unknown';
      if (curKnown && String(cur) !== String(p[key])) { errors.push(`${where}: ${f} would override the sourced value ${String(cur)}`); continue; }
      if (!curKnown) { (next as Record<string, unknown>)[key] = p[key]; changed = true; filled++; }
    }
    if (p.notes) {
      if (base.notes === '') next.notes = p.notes;
      else errors.push(`${where}: notes may only be filled where the existing row has none`);
    }
    if (changed) {
      next.sourceUrls = [...new Set([...base.sourceUrls, ...urls])];
      next.asOf = base.asOf === null ? p.asOf : p.asOf === null ? base.asOf : Math.max(base.asOf, p.asOf);
    }
    target[at] = next;
  });
  if (errors.length) fail(errors);
  return { added, filled };
}

function fail(errors: string[]): never {
  for (const e of errors) console.error(`error: ${e}`);
  console.error(`additions rejected: ${errors.length} problem(s); nothing written`);
  process.exit(1);
}
