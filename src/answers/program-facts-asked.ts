// "Does Kaiser SoCal sponsor a J-1?", "San Joaquin IM: YOG cutoff?", "Eisenhower IM, visa, I graduated 2018": a program
// named with one of its stated facts asked (its visa policy, its graduation-year limit, its minimum Step 2 CK) is
// answered from the program table, each fact with its source's site and year; a fact no source states is said unknown.
// Programs of one system sharing every fact asked are said once. The words asked are data
// (knowledge/answers/program-fact-asks.json); the table is the plan's own (the saved conversation's, else the bundled one).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { AskResult } from '../domain/advice.js';
import type { Program } from '../knowledge/import/program-schema.js';
import { loadProgramsCsv } from '../knowledge/import/load-programs-csv.js';
import { knowledgeDirOf, readKnowledgeJson } from '../knowledge/knowledge-files.js';
import { specialtyLabel } from '../plan/specialty-info.js';
import { andList } from '../domain/and-list.js';
import { planResult } from './plan-result.js';
import { programsNamed } from './program-names.js';
import { sourceNote } from './program-visa.js';
import { specialtiesNamed } from './specialty-figures.js';
import { wordsPattern } from './words-pattern.js';

/** Validates knowledge/answers/program-fact-asks.json. */
const asksSchema = z.object({ visa: z.array(z.string().min(1)), graduation: z.array(z.string().min(1)), score: z.array(z.string().min(1)) });
const ASKS = asksSchema.parse(readKnowledgeJson('answers/program-fact-asks.json'));
/** One pattern per fact a question may ask of a named program, built once at load. */
const ASKED = { visa: wordsPattern(ASKS.visa), graduation: wordsPattern(ASKS.graduation), score: wordsPattern(ASKS.score) } as const;
type Fact = keyof typeof ASKED;

/** How many programs are said one by one before the rest are counted. */
const SHOWN = 4;

let bundled: readonly Program[] | undefined;
/** The bundled program table, read once per process on first use (a conversation's own table is passed in instead). */
function bundledTable(): readonly Program[] {
  if (!bundled) {
    const read = loadProgramsCsv(readFileSync(join(knowledgeDirOf(process.env), 'programs', 'programs.csv'), 'utf8'));
    bundled = read.ok ? read.programs : [];
  }
  return bundled;
}

/** A visa fact in words, for one program or for several said together ("does not sponsor a J-1 or an H-1B"). */
function visaWords(p: Program, plural: boolean): string {
  const [does, doesNot, whether] = plural ? ['sponsor', 'do not sponsor', 'they sponsor'] : ['sponsors', 'does not sponsor', 'it sponsors'];
  if (p.visaJ1 === p.visaH1b && p.visaJ1 !== 'unknown') return `${p.visaJ1 === 'yes' ? does : doesNot} a J-1 or an H-1B`.replace(/^sponsors? a J-1 or/, `${does} a J-1 and`);
  const one = (fact: Program['visaJ1'], visa: string) => (fact === 'yes' ? `${does} ${visa}` : fact === 'no' ? `${doesNot} ${visa}` : `no source says whether ${whether} ${visa}`);
  return `${one(p.visaJ1, 'a J-1')}; ${one(p.visaH1b, 'an H-1B')}`;
}

/** One row's facts asked, in words (for several programs said together when `plural`). */
function factsOf(p: Program, asked: readonly Fact[], plural = false): string[] {
  const out: string[] = [];
  if (asked.includes('visa')) out.push(visaWords(p, plural));
  // a fact the table lacks is said as the table's gap, never as the program's silence: its page may still state a rule
  if (asked.includes('graduation')) out.push(p.yogLimitYears !== null ? `graduation within the last ${p.yogLimitYears} years, a stated limit` : 'no graduation-year limit in our table (its page may state one)');
  if (asked.includes('score')) out.push(p.step2Min !== null ? `Step 2 CK minimum ${p.step2Min}, stated` : 'no Step 2 CK minimum in our table (its page may state a score rule)');
  return out;
}

/** True when a row states something asked (a visa answer, a limit, a minimum), so the table has more than "unknown". */
const states = (p: Program, asked: readonly Fact[]) => (asked.includes('visa') && (p.visaJ1 !== 'unknown' || p.visaH1b !== 'unknown'))
  || (asked.includes('graduation') && p.yogLimitYears !== null) || (asked.includes('score') && p.step2Min !== null);

/** The stated facts asked of the programs a question names, or undefined when it names none or asks none of them. */
export function programFactsAsked(question: string, table?: readonly Program[]): string | undefined {
  const asked = (Object.keys(ASKED) as Fact[]).filter((f) => ASKED[f].test(question));
  if (!asked.length) return undefined;
  const rows = programsNamed(table ?? bundledTable(), question);
  const specialties = specialtiesNamed(question);
  const named = specialties.length ? rows.filter((p) => specialties.includes(p.specialty as (typeof specialties)[number])) : rows;
  if (!named.length || !named.some((p) => states(p, asked))) return undefined;
  // programs of one system that agree on every fact asked are said once, with the sites the facts come from; a program
  // the table knows nothing asked about is only counted
  const stating = named.filter((p) => states(p, asked));
  const groups = new Map<string, Program[]>();
  for (const p of stating) groups.set(factsOf(p, asked).join('; '), [...(groups.get(factsOf(p, asked).join('; ')) ?? []), p]);
  const said = [...groups.values()].slice(0, SHOWN).map((group) => {
    const p = group[0]!;
    const who = group.length === 1 ? `${p.name.trim()} (${specialtyLabel(p.specialty)}, ${p.city})`
      : `${group.length} programs of ${p.name.replace(/\s*\(.*$|\s+Program$/, '').trim()} (${andList([...new Set(group.map((x) => specialtyLabel(x.specialty)))])})`;
    return `- ${who}: ${factsOf(p, asked, group.length > 1).join('; ')}. Source: ${sourcesOf(group)}.`;
  });
  const rest = [...groups.values()].slice(SHOWN).reduce((n, g) => n + g.length, 0) + (named.length - stating.length);
  return [
    'From our program table (each fact as a source states it; a program can change it any cycle, so check its own page this season):',
    ...said,
    ...(rest ? [`- ${rest} more of that name: nothing asked is stated in our table.`] : []),
  ].join('\n');
}

/** The sites the facts of a group come from (each program's own page where the row names one), with the latest year. */
function sourcesOf(group: readonly Program[]): string {
  const sites = new Set<string>();
  for (const p of group) sites.add(sourceNote(p).replace(/, (?:as of \d{4}|undated)$/, ''));
  const years = group.map((p) => p.asOf).filter((y): y is number => y !== null);
  return `${andList([...sites])}, ${years.length ? `as of ${Math.max(...years)}` : 'undated'}`;
}

/** Where the table's facts come from, as the sources line says it. */
const TABLE_SOURCE = 'our program table (each program\'s own page, named above)';

/** The table's facts first (each line names its own source), then as much of the guides' general answer as fits one
 *  chat message, closed by the guides' titles as every guide answer is. */
export function factsFirst(facts: string, general: AskResult): AskResult {
  if (!general.found || general.kind !== 'articles') return planResult(`${facts}\nSources: ${TABLE_SOURCE}.`, [TABLE_SOURCE]);
  const paragraphs = general.answer.split('\n\n');
  const sources = paragraphs.pop()!;
  const shown: string[] = [];
  for (const x of paragraphs.filter((x) => !x.startsWith('Type "more"'))) {
    if (facts.length + [...shown, x].join('\n\n').length + sources.length + 10 > 2000) break;
    shown.push(x);
  }
  return { ...general, answer: [facts, ...shown, sources].join('\n\n') };
}
