// Another country's papers and "almost none" in Spanish and Portuguese (knowledge/status-words.json), read before each
// language's word table: "cidadania portuguesa e italiana" becomes "citizenship portuguese and italian", "residencia en
// España" "residence permit in spain", "casi ningún programa da H1B" "hardly any program gives h1b", so that the visa reader
// sees another country's papers, and a visa hardly given, as it sees them typed in English.
import { z } from 'zod';
import { alternation } from '../people.js';
import STATUS_FILE from '../../../knowledge/status-words.json' with { type: 'json' };

const words = z.array(z.string().regex(/^[\p{L} ]+$/u)).min(1);
const languageSchema = z.object({
  nationalities: z.record(z.string().regex(/^[a-z ]+$/), words), papers: z.object({ citizenship: words, passport: words }).strict(),
  residence: words, almostNone: words, giveVerbs: words,
}).strict();
const fileSchema = z.object({ about: z.string().min(1), languages: z.object({ es: languageSchema, pt: languageSchema }).strict() }).strict();

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
/** One rewrite: a pattern and what it becomes. */
type Row = [RegExp, (m: string, ...g: string[]) => string];

function rowsOf(lang: z.infer<typeof languageSchema>): Row[] {
  const english = new Map<string, string>();
  for (const [en, forms] of Object.entries(lang.nationalities)) for (const f of forms) english.set(f, en);
  const nationality = alternation([...english.keys()]);
  const paper = new Map<string, string>([...lang.papers.citizenship.map((w): [string, string] => [w, 'citizenship']), ...lang.papers.passport.map((w): [string, string] => [w, 'passport'])]);
  const papers = alternation([...paper.keys()]);
  const joiner = '(?: ?, ?| e | y | ou | o | and )';
  const list = `(?:${nationality})(?:${joiner}(?:${nationality}))*`;
  const inEnglish = (run: string) => run.split(/ ?, ?| e | y | ou | o | and /).map((w) => english.get(w.trim()) ?? w).join(' and ');
  return [
    // "cidadania portuguesa e italiana", "pasaporte español", "dupla cidadania, brasileira", "passaporte é italiano": the papers, then the nationalities in English
    [new RegExp(`${B}(${papers})(?:,? (?:de |es |e |eh )?(?:la |o |a )?)(${list})${E}`, 'gu'), (_m, p: string, run: string) => `${paper.get(p)} ${inEnglish(run)}`],
    // "tengo residencia en España", "residência em Portugal": another country's residence (never the US: that is read as before)
    [new RegExp(`${B}(?:${alternation(lang.residence)}) (?:en|em|no|na|de) (?!(?:los )?(?:eeuu|ee ?uu|estados unidos|usa|eua)${E})(\\p{L}+)`, 'gu'), (_m, place: string) => `residence permit in ${place}`],
    // "casi ningún programa da H1B", "quase nenhum programa dá H1B": hardly any, and the verb of giving
    [new RegExp(`${B}(?:${alternation(lang.almostNone)})${E}`, 'gu'), () => 'hardly any'],
    [new RegExp(`${B}(hardly any (?:\\p{L}+ )?)(?:${alternation(lang.giveVerbs)})${E}`, 'gu'), (_m, before: string) => `${before}gives `.replace(/ $/, '')],
  ];
}

const FILE = fileSchema.parse(STATUS_FILE).languages;
const ROWS: Record<'es' | 'pt', Row[]> = { es: rowsOf(FILE.es), pt: rowsOf(FILE.pt) };

/** A Spanish or Portuguese sentence (lowercased, accents stripped) with another country's papers and "almost none" in English words. */
export function statusInEnglish(sentence: string, lang: 'es' | 'pt' | 'hi'): string {
  if (lang === 'hi') return sentence;
  return ROWS[lang].reduce((t, [re, to]) => t.replace(re, to as (m: string, ...g: string[]) => string), sentence);
}
