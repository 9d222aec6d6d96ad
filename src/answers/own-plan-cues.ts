// Own-plan questions recognised by their shape: the asker plus a cue family (chances, tiers, a count, a cost, a need,
// readiness, a list) and an object where the cue needs one, read from a vocabulary file
// (knowledge/answers/own-plan-cues.json) whose rules map families to a plan topic. The fallback behind the plan
// patterns, so a new wording of a familiar question ("a sane number of applications for me") still reaches the plan.
import { z } from 'zod';
import { readKnowledgeJson } from '../knowledge/knowledge-files.js';
import { wordsPattern } from './words-pattern.js';

const TOPICS = ['sponsors', 'midseason', 'applications', 'cost', 'tier', 'step3', 'standing', 'list', 'ready', 'steps'] as const;
/** The plan topics a rule may give (the same names as PlanTopic in plan-questions.ts, which reads this file). */
type PlanTopic = (typeof TOPICS)[number];

/** Validates knowledge/answers/own-plan-cues.json. */
const cuesSchema = z.object({
  self: z.array(z.string().min(1)).min(1),
  families: z.record(z.string().regex(/^[a-z0-9_]+$/), z.array(z.string().min(2)).min(1)),
  howTo: z.array(z.string().min(2)).min(1),
  rules: z.array(z.object({ topic: z.enum(TOPICS), all: z.array(z.string()).min(1), howToToo: z.boolean().optional() })).min(1),
}).superRefine((f, ctx) => {
  for (const r of f.rules) for (const fam of r.all) if (!f.families[fam]) ctx.addIssue({ code: 'custom', message: `rule ${r.topic} names unknown family ${fam}` });
});

/** The compiled cues: one pattern per family. */
interface OwnPlanCues { self: RegExp; howTo: RegExp; families: Map<string, RegExp>; rules: { topic: PlanTopic; all: string[]; howToToo: boolean }[] }

/** Compiles the cue file; throws a zod error on a bad one. */
function compileCues(file: unknown): OwnPlanCues {
  const f = cuesSchema.parse(file);
  return {
    self: wordsPattern(f.self), howTo: wordsPattern(f.howTo),
    families: new Map(Object.entries(f.families).map(([k, ws]) => [k, wordsPattern(ws)])),
    rules: f.rules.map((r) => ({ topic: r.topic, all: r.all, howToToo: r.howToToo ?? false })),
  };
}

/** The shipped cues, compiled when this module loads. */
export const OWN_PLAN_CUES: OwnPlanCues = compileCues(readKnowledgeJson('answers/own-plan-cues.json'));

/** The asker only as the speaker, not the subject: "I want to know", "I keep hearing", "I'm confused", "asking for my
 *  study group". A question whose only first person is one of these asks about the world, not about the asker. */
const SPEAKER = /\b(?:i (?:want|would like|wanted|need|'d like|just want) to (?:know|understand|ask|check)|i (?:keep )?(?:hear\w*|heard|read\w*|see\w*|saw|was told|got told)(?: (?:that|somewhere|online|on reddit))?|i'?m (?:confused|curious|wondering|writing|asking|reading|researching)|i (?:have|got) a (?:question|doubt|query)|i wonder(?:ed)?|i (?:think|believe|guess|suppose)|can you (?:explain|tell me|clarify)|(?:asking|ask) for (?:a friend|my (?:\w+ ){0,2}\w+))\b/gi;
/** Someone else's file named by the asker: "my cousin matched with 220, what were his chances?" */
const SOMEONE_ELSE = /\bmy (?:friend|friends|cousin|brother|sister|colleague|classmate|roommate|wife|husband|partner|son|daughter|mentor|senior|junior|batchmate|study group|co-?resident|coworker|co-worker)\b(?:'s)?/gi;

/** "IM" the specialty, not "im" for "I'm": capitals, after a preposition, or before a program word. */
const IM_SPECIALTY = /\bIM\b|\b(?<=(?:in|for|of|to|and|or|vs|into|do|pick|choose) )im\b|\bim(?= (?:programs?|residency|residencies|match|spots?|positions?|applicants?|prelims?|categorical)\b)/g;

/** The question with the asker-as-speaker phrases and other people's possessions removed, for the first-person test. */
export function askerText(question: string): string {
  return question.replace(/[\u2018\u2019]/g, "'").replace(IM_SPECIALTY, 'internal medicine').replace(SPEAKER, ' ').replace(SOMEONE_ELSE, ' ');
}

/** The plan topic of a first-person question by its cue families, if a rule holds. */
export function cueTopic(question: string, cues: OwnPlanCues = OWN_PLAN_CUES): PlanTopic | undefined {
  const text = question.replace(/[\u2018\u2019]/g, "'");
  if (!cues.self.test(askerText(text))) return undefined;
  const howTo = cues.howTo.test(text);
  const rule = cues.rules.find((r) => (r.howToToo || !howTo) && r.all.every((fam) => cues.families.get(fam)!.test(text)));
  return rule?.topic;
}

/** Whether a question asks for programs by name ("which ones?", "just names + city", "cuáles hay?"): the cue file's
 *  `names` family, so a plan answer on another topic (adding programs mid-season) lists them too. */
export function asksNames(question: string, cues: OwnPlanCues = OWN_PLAN_CUES): boolean {
  return cues.families.get('names')?.test(question.replace(/[\u2018\u2019]/g, "'")) ?? false;
}
