// Questions that sit next to a guide topic and were answered by the neighbouring passage ("I'm on a B1/B2, can I
// stay and apply?", "is my Caribbean school like a DO school?", "can I apply without Step 2 CK?"): each has its own
// short answer in knowledge/answers/near-topics.json, given when all of its patterns match and none of its exclusions.
import { z } from 'zod';
import { readKnowledgeJson } from '../knowledge/knowledge-files.js';

const schema = z.object({
  topics: z.array(z.object({
    id: z.string().min(1),
    all: z.array(z.string().min(1)).min(1),
    none: z.array(z.string()).default([]),
    answer: z.string().min(40),
    sources: z.array(z.string().min(1)).min(1),
  })),
});

/** The near topics with their patterns compiled once at load. */
const TOPICS = schema.parse(readKnowledgeJson('answers/near-topics.json')).topics.map((t) => ({
  ...t, all: t.all.map((p) => new RegExp(p, 'i')), none: t.none.map((p) => new RegExp(p, 'i')),
}));

/** The near topic a question asks, with its answer and sources, or undefined. */
export function nearTopic(question: string): { id: string; answer: string; sources: string[] } | undefined {
  const t = TOPICS.find((x) => x.all.every((re) => re.test(question)) && !x.none.some((re) => re.test(question)));
  return t ? { id: t.id, answer: t.answer, sources: t.sources } : undefined;
}
