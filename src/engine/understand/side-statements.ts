// A field other than the one asked changes only on a statement of the applicant's own value for it
// (knowledge/side-statements.json): "2 IM, 1 prelim" counts interviews, "Cedars and UCLA, loved both" says where
// an observership was, "ERAS eating everything" names a cost; none of them chooses a specialty, a region or a stage.
import { z } from 'zod';
import type { Profile, ProfileField } from '../../domain/profile.js';
import { alternation } from '../people.js';
import type { Clause } from './clauses.js';
import { SPECIALTY_ALIASES } from './places-and-names.js';
import { onlyPlaces, regionsInTokens } from './readers/places.js';
import { placesOffered } from './regions-wish.js';
import SIDE_FILE from '../../../knowledge/side-statements.json' with { type: 'json' };

const sideSchema = z.object({
  about: z.string().min(1),
  fields: z.record(z.string(), z.array(z.string().regex(/^[a-z0-9' ]+$/)).min(1)),
}).strict();

/** Per field, the words that make a clause a statement of the applicant's own value, built once at load. */
const STATED: ReadonlyMap<string, RegExp> = new Map(Object.entries(sideSchema.parse(SIDE_FILE).fields)
  .map(([field, words]) => [field, new RegExp(`(?<![a-z'])(?:${alternation(words)})(?![a-z'])`)]));

// a value said bare, a sentence of its own ("peds.", "LA y orange county"), is the answer itself; the same words
// inside a sentence about something else ("4 weeks each: Cedars and UCLA", "(2 IM, 1 prelim)") name where or what it was
const SPECIALTY_WORDS: ReadonlySet<string> = new Set([...Object.values(SPECIALTY_ALIASES).flat().flatMap((a) => a.split(' ')), 'and', 'or', 'then', 'as', 'pls', 'please']);
const BARE: Partial<Record<ProfileField, (c: Clause) => boolean>> = {
  specialty: (c) => c.tokens.length > 0 && c.tokens.every((w) => SPECIALTY_WORDS.has(w)),
  regions: (c) => c.aside !== true && onlyPlaces(c),
};
const bareValue = (field: ProfileField, c: Clause, all: readonly Clause[]): boolean => {
  const bare = BARE[field];
  return bare !== undefined && bare(c) && all.every((o) => o.sentence !== c.sentence || o.marker || o.text === c.text || bare(o));
};

// a stored value taken back ("..., not LA county", "not IM"): the clause corrects the field, whatever words led to it
const DENIAL = /^(?:and |but )?(?:not|no|isn't|isnt)$/;
function deniesStored(field: ProfileField, c: Clause, profile: Profile): boolean {
  if (!DENIAL.test(c.tokens[0] ?? '')) return false;
  const rest = c.tokens.slice(1);
  if (field === 'regions') return regionsInTokens(rest).some((r) => profile.regions?.includes(r as never) === true);
  if (field === 'specialty') {
    const held = [profile.specialty?.primary, profile.specialty?.backup].flatMap((s) => (s ? SPECIALTY_ALIASES[s as keyof typeof SPECIALTY_ALIASES] ?? [] : []));
    return held.some((a) => ` ${rest.join(' ')} `.includes(` ${a} `));
  }
  return false;
}

// ("..., not 2019. regions: SD + OC", "stage: reapplying"): a value right after a label of its field (a clause of at most two
// words, the field's own word) is a statement of it, as much as one with a verb
const labelled = (c: Clause, all: readonly Clause[], cue: RegExp): boolean => {
  // (the clause routed may be a copy of the one cut from the message: found again by its sentence and its words)
  const before = all[all.findIndex((o) => o.sentence === c.sentence && o.tokens.join(' ').includes(c.tokens.join(' '))) - 1];
  return before !== undefined && before.sentence === c.sentence && before.tokens.length <= 2 && cue.test(before.text);
};

/** The clauses read for a field that may change it: all of them for the question asked (or with no question at all, or a field with no list),
 *  otherwise those of the sentences that state the applicant's value ("only" before a count limits the count, it
 *  states nothing; the rest of a stated sentence goes on with it: "scratch anywhere, I only want LA and Orange County"). */
export function statedClauses(field: ProfileField, group: readonly Clause[], at: { pending: ProfileField | undefined; asked: ProfileField | undefined; profile: Profile; all: readonly Clause[] }): readonly Clause[] {
  const { pending, asked, profile, all } = at;
  const cue = STATED.get(field);
  if (!cue || (pending === undefined && asked === undefined) || field === pending) return group;
  const stated = new Set(group.filter((c) => (field === 'regions' && (c.adds === true || placesOffered(c))) || bareValue(field, c, all) || deniesStored(field, c, profile) || labelled(c, all, cue) || cue.test(c.text.replace(/\bonly (?=\d)/g, ''))).map((c) => c.sentence));
  return group.filter((c) => stated.has(c.sentence));
}
