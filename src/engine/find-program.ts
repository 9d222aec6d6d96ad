// Finds the program a person names ("program huntington", "why is white memorial a target") among a plan's programs.
import type { Plan, PlannedProgram } from '../domain/plan.js';
import { listed } from '../domain/plan-facts.js';

/** The outcome: one program, several that fit equally, or none (with the nearest names). */
export type Found =
  | { kind: 'one'; program: PlannedProgram }
  | { kind: 'several'; programs: PlannedProgram[] }
  | { kind: 'none'; nearest: PlannedProgram[] };

const FILLER = new Set(['the', 'a', 'an', 'of', 'at', 'program', 'programme', 'residency', 'is', 'was', 'it', 'my', 'in', 'on', 'for', 'about', 'and', 'list', 'reach', 'target', 'safety', 'closed', 'excluded', 'not', 'there', 'so', 'such', 'listed']);
const WORD = /[a-z0-9]+/g;
/** The shortest id prefix taken as an id (shorter ones are read as words of a name). */
const ID_PREFIX_MIN = 40;

const wordsOf = (text: string): string[] => text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(WORD) ?? [];

/** The words of a request that can name a program (fillers such as "the", "program", "a target" dropped). */
export function nameWords(text: string): string[] {
  return wordsOf(text).filter((w) => !FILLER.has(w));
}

// the small words an acronym skips ("CHOC" is Children's Hospital of Orange County)
const SKIPPED_IN_ACRONYM = new Set(['of', 'the', 'and', 'at', 'for', 'in', 's', 'program', 'programme']);
/** The initials of a name's words, small words skipped ("University of California (Irvine)" -> "uci"). */
const initialsOf = (name: string): string => wordsOf(name).filter((w) => !SKIPPED_IN_ACRONYM.has(w)).map((w) => w[0]).join('');

/** Finds a program by id (or a long prefix of it), by every word of `text` starting a word of its name, city or id, or
 * by an acronym of its name ("choc", "uci") for a word that starts no word of any program; only the given specialty's
 * programs when one is named. */
export function findProgram(plan: Plan, text: string, specialty?: string): Found {
  const every = [...listed(plan).map((x) => x.program), ...(plan.unverified ?? []), ...plan.excluded];
  const all = specialty ? every.filter((p) => p.specialty === specialty) : every;
  const id = text.trim();
  const byId = all.find((p) => p.id === id);
  if (byId) return { kind: 'one', program: byId };
  // a platform select may carry only the first characters of a long id (Slack allows 75)
  const byPrefix = id.length >= ID_PREFIX_MIN ? all.filter((p) => p.id.startsWith(id)) : [];
  if (byPrefix.length === 1) return { kind: 'one', program: byPrefix[0]! };
  const asked = nameWords(text);
  if (!asked.length) return { kind: 'none', nearest: [] };
  const owns = all.map((p) => wordsOf(`${p.name} ${p.city} ${p.id}`));
  const acronyms = new Set(asked.filter((w) => /^[a-z]{3,6}$/.test(w) && !owns.some((own) => own.some((o) => o.startsWith(w)))));
  const scored = all.map((p, i) => {
    const own = owns[i]!;
    const initials = initialsOf(`${p.name} ${p.city}`);
    // "childrens" is "children's"; "la" is Los Angeles (a short word that starts none of the name's words, read as its initials)
    const hit = (w: string) => (w !== 'la' && own.some((o) => o.startsWith(w) || (w.length > 4 && w.endsWith('s') && o === w.slice(0, -1))))
      || ((acronyms.has(w) || w === 'la') && initials.includes(w));
    return { p, hits: asked.filter(hit).length, exact: nameWords(p.name).join(' ') === asked.join(' ') };
  });
  const exact = scored.filter((s) => s.exact);
  if (exact.length === 1) return { kind: 'one', program: exact[0]!.p };
  const full = scored.filter((s) => s.hits === asked.length);
  if (full.length === 1) return { kind: 'one', program: full[0]!.p };
  // several fit every word: the one whose name says them in a row ("riverside university") is the one meant
  const phrase = ` ${asked.join(' ')}`;
  // (unless the words are a city: "long beach" then means every program there)
  const isCity = full.some((s) => ` ${nameWords(s.p.city).join(' ')}` === phrase);
  const inARow = isCity ? [] : full.filter((s) => ` ${nameWords(s.p.name).join(' ')} `.includes(`${phrase} `));
  if (inARow.length === 1) return { kind: 'one', program: inARow[0]!.p };
  if (full.length > 1) return { kind: 'several', programs: full.map((s) => s.p) };
  const best = Math.max(0, ...scored.map((s) => s.hits));
  return { kind: 'none', nearest: best > 0 ? scored.filter((s) => s.hits === best).slice(0, 5).map((s) => s.p) : [] };
}
