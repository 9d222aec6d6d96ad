// Own-plan question families that lean on what is stored ("and Kaiser?", "will I be ok for this match?", "which visa
// would you pick for me?"), read from a table (knowledge/answers/plan-follow-ups.json): a family names when a question
// belongs to it, the profile fields its answer reads and the parts said from them. This module only says which family
// a question is; each family's answer is its own module.
import { z } from 'zod';
import { PROFILE_FIELDS, type Profile, type ProfileField } from '../domain/profile.js';
import type { NationalProgram } from '../knowledge/import/national-schema.js';
import { readKnowledgeJson } from '../knowledge/knowledge-files.js';
import type { PlanKb } from '../plan/build-plan.js';
import { joinedTable, programsNamed } from './program-names.js';
import { wordsPattern } from './words-pattern.js';
import { alternation, peopleFor } from '../engine/people.js';

const FAMILY_IDS = ['applications_sent', 'rank_order', 'named_program', 'interview_count', 'cycle_timing', 'visa_choice', 'peer_outcome'] as const;
/** A follow-up family of the table. */
export type FollowUpFamily = (typeof FAMILY_IDS)[number];

/** Validates knowledge/answers/plan-follow-ups.json. */
const followUpsSchema = z.object({
  $comment: z.string().optional(),
  words: z.record(z.string().regex(/^[a-z_]+$/), z.array(z.string().min(1)).min(1)),
  families: z.array(z.object({
    id: z.enum(FAMILY_IDS), program: z.boolean().optional(), person: z.boolean().optional(), none: z.array(z.string()).optional(),
    yields: z.object({ topics: z.array(z.string()).min(1), unless: z.array(z.string()) }).optional(),
    when: z.array(z.object({ all: z.array(z.string()), most: z.number().int().min(1).optional() })).min(1),
    reads: z.array(z.enum(PROFILE_FIELDS as [ProfileField, ...ProfileField[]])).min(1), asks: z.array(z.enum(PROFILE_FIELDS as [ProfileField, ...ProfileField[]])).optional(), parts: z.array(z.string().min(5)).min(1),
  })).min(1),
}).superRefine((f, ctx) => {
  for (const fam of f.families) for (const g of [...fam.when.flatMap((w) => w.all), ...fam.none ?? [], ...fam.yields?.unless ?? []]) if (!f.words[g]) ctx.addIssue({ code: 'custom', message: `${fam.id} names unknown word group ${g}` });
});

interface Family { id: FollowUpFamily; program: boolean; person: boolean; none: RegExp[]; yields?: { topics: string[]; unless: RegExp[] }; when: { all: RegExp[]; most?: number }[]; asks: ProfileField[] }

/** Compiles the table; throws a zod error on a bad file. */
function compile(file: unknown): Family[] {
  const f = followUpsSchema.parse(file);
  const groups = new Map(Object.entries(f.words).map(([k, ws]) => [k, wordsPattern(ws)]));
  return f.families.map((x) => ({
    id: x.id, program: x.program ?? false, person: x.person ?? false, none: (x.none ?? []).map((g) => groups.get(g)!),
    ...(x.yields ? { yields: { topics: x.yields.topics, unless: x.yields.unless.map((g) => groups.get(g)!) } } : {}), asks: x.asks ?? [],
    when: x.when.map((w) => ({ all: w.all.map((g) => groups.get(g)!), ...(w.most ? { most: w.most } : {}) })),
  }));
}

const FILE = readKnowledgeJson('answers/plan-follow-ups.json');
/** The table's word groups, each one pattern, for the answers that read a group on its own. */
const GROUPS: ReadonlyMap<string, RegExp> = new Map(Object.entries(followUpsSchema.parse(FILE).words).map(([k, ws]) => [k, wordsPattern(ws)]));
/** The shipped table, compiled when this module loads. */
const FAMILIES: readonly Family[] = compile(FILE);
/** Another person named: a relative or friend whose own case a question may be about (knowledge/people.json), or a
 *  peer of the table's `peer` group ("a senior from my school", "people with 235"). */
const PERSON = new RegExp(String.raw`\b(?:my|our|a|his|her|their|mi|mis|meu|minha|mera|meri|mere)\s+(?:\w+\s+)?(?:${alternation(peopleFor('theirCase').map((p) => p.word))})s?\b|${wordsPattern(followUpsSchema.parse(FILE).words.peer ?? ['$^']).source}`, 'i');
const EMPTY: readonly NationalProgram[] = [];

/** The family a question belongs to, the first of the table that holds; a program family needs a name the program
 *  tables know. */
export function followUpFamily(question: string, kb?: PlanKb, topic?: string): FollowUpFamily | undefined {
  const f = followUp(question, kb);
  // a plan topic the family yields to keeps its own answer, unless the question names what the family is about
  if (f?.yields && topic && f.yields.topics.includes(topic) && !f.yields.unless.some((re) => re.test(question))) return undefined;
  return f?.id;
}

/** The first field of the question's family the answer cannot do without, when the profile lacks it. */
export function followUpGap(question: string, profile: Profile, kb?: PlanKb): ProfileField | undefined {
  return followUp(question, kb)?.asks.find((f) => profile[f] === undefined);
}

function followUp(question: string, kb?: PlanKb): Family | undefined {
  const text = question.replace(/[\u2018\u2019]/g, "'").trim();
  const words = text.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w)).length;
  for (const f of FAMILIES) {
    if (!f.when.some((w) => (w.most === undefined || words <= w.most) && w.all.every((re) => re.test(text)))) continue;
    if (f.none.some((re) => re.test(text))) continue;
    if (f.person && !PERSON.test(text)) continue;
    if (f.program && !(kb && programsNamed(joinedTable(kb.programs, kb.national ?? EMPTY), text).length)) continue;
    return f;
  }
  return undefined;
}

/** Whether a question holds a word of one group of the table ("open_next": "now what", "what do I do"). */
export function saysGroup(group: string, question: string): boolean {
  return GROUPS.get(group)?.test(question.replace(/[\u2018\u2019]/g, "'")) ?? false;
}
