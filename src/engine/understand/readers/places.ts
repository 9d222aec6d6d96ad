// Readers for preferred regions and ties to LA/SoCal; places are found once by a prepared phrase index.
import { REGIONS, type LaTies, type Region } from '../../../domain/profile.js';
import type { Clause } from '../clauses.js';
import { REGION_ALIASES } from '../places-and-names.js';
import { negatedAt } from '../scan.js';
import { PhraseIndex } from '../tokens.js';
import { joined, none, value, yesNo, type Reader } from '../reading.js';

const SOCAL: Region[] = ['la_county', 'orange_county', 'san_diego', 'inland_empire'];
const PLACES = new PhraseIndex(REGION_ALIASES, 99);
type Place = Region | 'anywhere';

function expand(v: (typeof REGION_ALIASES)[number][1]): Place[] {
  if (v === 'socal') return SOCAL;
  if (v === 'california') return [...SOCAL, 'rest_of_california'];
  return [v];
}

/** Places named in the tokens (not negated), SoCal and California expanded, in the order named. */
export function regionsInTokens(tokens: readonly string[]): Place[] {
  const out: Place[] = [];
  for (const hit of PLACES.find(tokens)) if (!negatedAt(tokens, hit.start, 3)) for (const r of expand(hit.value)) if (!out.includes(r)) out.push(r);
  return out;
}

/** Places named but negated ("not NY", "anywhere but Texas"). */
function deniedIn(tokens: readonly string[]): Place[] {
  return PLACES.find(tokens).filter((h) => negatedAt(tokens, h.start, 3) || tokens[h.start - 1] === 'anywherebut').flatMap((h) => expand(h.value));
}

const REGION_IDS: ReadonlySet<string> = new Set([...REGIONS, 'anywhere']);

/** Preferred regions; "X as well" adds to the stored list, anything else replaces it. */
export const readRegions: Reader<Place[]> = (clauses, ctx) => {
  const words = clauses.flatMap((c) => c.text.split(/[\s,]+/)).filter(Boolean);
  if (words.length && words.every((w) => REGION_IDS.has(w))) return value([...new Set(words)] as Place[]);
  const found: Place[] = [];
  const denied: Place[] = [];
  for (const c of clauses) {
    for (const r of regionsInTokens(c.tokens)) if (!found.includes(r)) found.push(r);
    denied.push(...deniedIn(c.tokens));
  }
  let out = found.filter((r) => !denied.includes(r) || found.length === 1 && r === 'anywhere');
  if (out.length === 0) {
    if (/\b(no preference|doesn't matter|doesnt matter|don't care|dont care|any where|open to anything|flexible|wherever|any place)\b/.test(joined(clauses).join(' '))) return value(['anywhere']);
    return none();
  }
  const adds = clauses.some((c) => c.adds) && !clauses.some((c) => /\b(only|just)\b/.test(c.text));
  if (adds && ctx.stored) out = [...new Set([...ctx.stored, ...out])];
  return value(out);
};

const FAMILY = /^(family|families|parents|parent|relatives|relative|brother|brothers|sister|sisters|siblings|sibling|uncle|uncles|aunt|aunts|aunty|auntie|cousin|cousins|spouse|wife|husband|partner|fiance|fiancee|mom|dad|mother|father|son|daughter|kids|children|grandparents|grandma|grandpa|niece|nephew|inlaws|boyfriend|girlfriend)$/;
const LIVED = /^(lived|live|living|reside|resided|resident|grew|raised|moved|home|stayed|staying|born|house)$/;
const TRAINED = /^(trained|training|train|rotated|rotation|rotations|extern|externship|externships|observership|observerships|observed|elective|electives|clerkship|clerkships|usce|volunteered|volunteer|volunteering|worked|work|working|job|research|researcher|school|studied|subi|shadowed|shadowing)$/;
const CA_PLACES = new Set<Place>([...SOCAL, 'rest_of_california']);

/** Ties to LA/SoCal; a tie to a place outside California is not one, and a negated tie is false, never true. */
export const readLaTies: Reader<LaTies> = (clauses, ctx) => {
  if (clauses.length === 1) {
    const c = clauses[0]!.text;
    if (c === 'none') return value({ family: false, lived: false, trained: false });
    if (c === 'family' || c === 'lived' || c === 'trained') return value({ family: c === 'family', lived: c === 'lived', trained: c === 'trained' });
  }
  const base: LaTies = ctx.stored ? { ...ctx.stored } : { family: false, lived: false, trained: false };
  let said = false;
  for (const c of clauses) {
    const t = c.tokens;
    const places = regionsInTokens(t);
    const elsewhere = places.length > 0 && !places.some((p) => CA_PLACES.has(p));
    const mark = (key: keyof LaTies, re: RegExp) => {
      t.forEach((w, i) => {
        if (!re.test(w)) return;
        said = true;
        base[key] = !negatedAt(t, i, 5) && !elsewhere;
      });
    };
    mark('family', FAMILY);
    mark('lived', LIVED);
    mark('trained', TRAINED);
  }
  if (said) return value(base);
  const text = joined(clauses).join(' ');
  if (/\b(no ties|none|no connection|no connections|nothing|not really|nope|nah|no one|nobody|zero)\b/.test(text) || (ctx.pending && yesNo(clauses) === false)) return value({ family: false, lived: false, trained: false });
  return none();
};

/** Clauses that name a place and nothing else: used to tell preferences from context. */
export function onlyPlaces(c: Clause): boolean {
  const hits = PLACES.find(c.tokens);
  const covered = hits.reduce((n, h) => n + h.end - h.start, 0);
  return hits.length > 0 && covered >= c.tokens.length - 2;
}
