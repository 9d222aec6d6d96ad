// Which programs a question names ("why is cedars a reach?", "CHLA", "UCSD", "kaiser LA", "tufts medical center"):
// rare words of the program's name in common, or its initials, with place words only breaking ties. Works on any
// table of rows with a name and a city (the California table, the national roster), indexed once per table.
import { createRequire } from 'node:module';
import { withoutAskerWords } from './asker-words.js';

const stopwords = createRequire(import.meta.url)('natural/lib/natural/util/stopwords.js') as unknown;

/** A row that can be named: the California table's programs and the national roster's both qualify. */
export interface NameableRow { name: string; city: string }

/** Words that never identify a program on their own ("medical", "center", "program", question words...). */
const COMMON = new Set(['program', 'programs', 'medical', 'center', 'centers', 'medicine', 'hospital', 'hospitals', 'health', 'university', 'school', 'college', 'residency', 'the', 'and', 'for', 'with', 'inc', 'does', 'sponsor', 'visa', 'visas', 'which', 'what', 'take', 'they', 'reach', 'target', 'safety', 'realistic', 'why', 'me', 'is', 'my',
  // specialties and chat words name what is asked, not which program ("internal medicine programs ... someone like me")
  'internal', 'family', 'psychiatry', 'psych', 'pediatrics', 'peds', 'neurology', 'surgery', 'general', 'transitional', 'preliminary', 'prelim',
  'emergency', 'obstetrics', 'gynecology', 'pathology', 'anesthesiology', 'radiology', 'someone', 'like', 'people', 'will', 'would', 'can', 'could',
  'should', 'list', 'put', 'accept', 'accepts', 'takes', 'sponsors', 'sponsorship', 'spot', 'spots', 'year', 'next', 'realistically', 'plan']);

/** Place words: they name regions, not programs ("orange county IM programs"), so they only break ties between names. */
const PLACES = new Set(['los', 'angeles', 'san', 'diego', 'orange', 'county', 'southern', 'northern', 'california', 'socal', 'inland', 'empire', 'bay', 'area', 'valley', 'city']);

/** Name words of a text, lowercased, possessive "'s" dropped ("Children's" -> "children"). */
function words(text: string): string[] {
  const lower = text.toLowerCase().replace(/['\u2019]s\b/g, '');
  return [...(lower.match(/[a-z0-9]+/g) ?? []), ...(lower.match(/[a-z]+\+[a-z]+/g) ?? [])].filter((w) => w.length > 2);
}

/** Words that can identify a program by themselves. */
function nameWords(text: string): string[] {
  return words(text).filter((w) => !COMMON.has(w) && !PLACES.has(w));
}

/** Generic words that end an institution's name; initials are also taken without them ("UCSD" for "University of
 *  California (San Diego) Medical Center Program"). */
const TAIL = new Set(['program', 'residency', 'medical', 'center', 'hospital', 'health', 'system', 'consortium', 'foundation', 'clinic', 'campus']);

/** The initials a program's name may be typed as: the whole name's, and the name's without its generic tail. */
function initialsOf(name: string): string[] {
  const ws = (name.replace(/['\u2019]s\b/g, '').replace(/\b(of|the|and|at)\b/gi, ' ').match(/[A-Za-z]+/g) ?? []).map((w) => w.toLowerCase());
  const core = [...ws];
  while (core.length > 2 && TAIL.has(core[core.length - 1]!)) core.pop();
  const all = ws.filter((w) => w !== 'program' && w !== 'residency').map((w) => w[0]).join('');
  const short = core.map((w) => w[0]).join('');
  return [...new Set([all, short])].filter((x) => x.length >= 3);
}

/** Words of each row's name and city, with how rare each word is across the table. */
interface NameIndex { words: Set<string>[]; places: Set<string>[]; cities: string[][]; starts: string[]; acronyms: string[][]; idf: Map<string, number> }
const NAME_INDEXES = new WeakMap<readonly NameableRow[], NameIndex>();

/** The words of a row's city of two words or more, when its name says the city whole ("Long Beach Memorial"); none otherwise. */
function cityInName(row: NameableRow): string[] {
  const city = words(row.city);
  return city.length > 1 && words(row.name).join(' ').includes(city.join(' ')) ? city : [];
}

/** Built once per table (a new table after an import gets its own), never per question. */
function nameIndex(rows: readonly NameableRow[]): NameIndex {
  const cached = NAME_INDEXES.get(rows);
  if (cached) return cached;
  const places = rows.map((p) => new Set([...words(p.name), ...words(p.city)].filter((w) => PLACES.has(w) || !COMMON.has(w))));
  const df = new Map<string, number>();
  for (const set of places) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = new Map([...df].map(([w, n]) => [w, Math.log((rows.length + 1) / n)]));
  const built = { words: rows.map((p) => new Set(nameWords(p.name))), places, cities: rows.map(cityInName), starts: rows.map((p) => nameWords(p.name)[0] ?? ''), acronyms: rows.map((p) => initialsOf(p.name)), idf };
  NAME_INDEXES.set(rows, built);
  return built;
}

/** How a row matches a question: named (rare name words in common, or its initials, with the name's first word) and a
 *  score that also counts city and place words as tie-breaks, less a small cost for each rare word of the name the
 *  question leaves out ("Henry Ford Hospital" before "Henry Ford Jackson Hospital"). Scores compare within one table. */
export interface NameMatch {
  named: boolean;
  score: number;
  /** The question's words this row's name, initials or place matched: what the asker actually said of it. */
  hits?: ReadonlySet<string>;
  /** True when the question leaves out no rare word of the row's name (it says the whole name). */
  whole?: boolean;
  /** True when the question says the first name word ("UCLA" of "UCLA Internal Medicine...", not of "Harbor-UCLA"). */
  starts?: boolean;
}

/** Initials that are also everyday words of a question ("why" is Wellspan Health York's, "phd", "umm", "usd", "dhs"):
 *  such initials name a program only when typed in capitals ("WHY"), never as the word itself. */
const WORDLIKE = new Set([...(stopwords as { words: string[] }).words, 'why', 'how', 'who', 'air', 'par', 'phd', 'umm', 'hmm', 'usd', 'dhs', 'cme', 'ume', 'gme',
  'mac', 'und', 'ocf', 'mom', 'dad', 'sis', 'bro', 'lol', 'omg', 'btw', 'tbh', 'idk', 'imo', 'pls', 'thx', 'yes', 'yep', 'nah', 'okay', 'ask', 'asked', 'tell', 'help', 'need', 'want',
  'best', 'good', 'bad', 'poor', 'weak', 'low', 'high', 'top', 'why', 'me', 'she', 'him', 'her', 'them', 'map', 'cap', 'tab', 'pay', 'fee', 'fees', 'job', 'jobs', 'win']);

/** The words typed in capitals (3 letters or more): initials meant as initials. */
function capitals(question: string): Set<string> {
  return new Set((question.match(/\b[A-Z]{3,}\b/g) ?? []).map((w) => w.toLowerCase()));
}

/** Each row's match for a question, in the table's order. */
export function nameScores(rows: readonly NameableRow[], typed: string): NameMatch[] {
  // "as a Caribbean grad" says who asks, not which program: such words are set aside first (asker-words.ts)
  const question = withoutAskerWords(typed);
  const asked = new Set(words(question));
  const caps = capitals(question);
  const initials = (a: string) => asked.has(a) && (!WORDLIKE.has(a) || caps.has(a));
  if (asked.size === 0 || rows.length === 0) return rows.map(() => ({ named: false, score: 0 }));
  const index = nameIndex(rows);
  return rows.map((_, i) => {
    let score = 0;
    const hits = new Set<string>();
    // a word of the city named in the program's name, asked without the rest of the city, names nothing ("a long
    // shot" is no Long Beach program; "Harbor-UCLA" still names the one in Harbor City)
    const city = index.cities[i]!;
    const partOfCity = city.length > 0 && !city.every((w) => asked.has(w)) ? new Set(city) : undefined;
    for (const w of index.words[i]!) if (asked.has(w) && !partOfCity?.has(w)) { score += index.idf.get(w) ?? 0; hits.add(w); }
    for (const a of index.acronyms[i]!) if (initials(a)) hits.add(a);
    if (index.acronyms[i]!.some(initials)) score += Math.log(rows.length + 1);
    if (score === 0) return { named: false, score: 0 };
    const starts = asked.has(index.starts[i]!) && !partOfCity?.has(index.starts[i]!);
    if (starts) score += 0.5;
    // one rare word at least (a city alone, like "los angeles", names no program)
    if (score < NAMED_AT) return { named: false, score };
    // the city and place words of the name only break ties ("st mary long beach", "kaiser los angeles", "UCLA IM")
    for (const w of index.places[i]!) if (asked.has(w) && !index.words[i]!.has(w)) { score += 0.5 * (index.idf.get(w) ?? 0); hits.add(w); }
    let missing = 0;
    for (const w of index.words[i]!) if (!asked.has(w)) { score -= 0.25; missing += 1; }
    return { named: true, score, hits, whole: missing === 0, starts };
  });
}

/** The lowest score that names a program. */
const NAMED_AT = 2.5;

/** The programs a question names: the best-scoring rows, near ties included, best first. */
export function programsNamed<T extends NameableRow>(rows: readonly T[], question: string): T[] {
  const matches = nameScores(rows, question);
  const named = rows.map((p, i) => ({ p, ...matches[i]! })).filter((x) => x.named);
  const best = Math.max(...named.map((x) => x.score));
  return named.filter((x) => x.score >= best - 0.21).sort((a, b) => b.score - a.score).map((x) => x.p);
}

/** A row of the joined table: the California table's and the national roster's programs by their plan id. */
export interface JoinedRow extends NameableRow { id: string }
const JOINED = new WeakMap<readonly NameableRow[], WeakMap<readonly NameableRow[], JoinedRow[]>>();

/** The California table and the national roster as one table, so one question's scores compare; built once per pair. */
export function joinedTable(programs: readonly (NameableRow & { id: string })[], national: readonly (NameableRow & { acgmeId: string })[]): readonly JoinedRow[] {
  const inner = JOINED.get(programs) ?? new WeakMap<readonly NameableRow[], JoinedRow[]>();
  JOINED.set(programs, inner);
  const cached = inner.get(national);
  if (cached) return cached;
  const known = new Set(programs.map((p) => p.id));
  const rows = [...programs.map((p) => ({ id: p.id, name: p.name, city: p.city })),
    ...national.filter((n) => !known.has(n.acgmeId)).map((n) => ({ id: n.acgmeId, name: n.name, city: n.city }))];
  inner.set(national, rows);
  return rows;
}
