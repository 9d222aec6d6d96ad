// Reading rendered plans as a person would: their sentences, and how often each one is said.
import type { Plan, PlannedProgram } from '../../src/domain/plan.js';

/** The sentences of a text (wrapped lines joined back, bullets and numbers as their own starts), each trimmed. */
export function sentencesOf(text: string): string[] {
  const joined = text.replace(/\n[ \t]+(?![-!•*>]\s|\d+\.\s)/g, ' ');
  return joined.split(/\n+|(?<=[.!?])\s+(?=[A-Z(])/).map((s) => s.replace(/^[\s\-!•*>\d.]+/, '').replace(/[*_`~]/g, '').trim()).filter((s) => s.length >= 25);
}

/** Sentences said more than `max` times, with their counts (empty when none is). */
export function repeatedSentences(text: string, max = 2): [string, number][] {
  const counts = new Map<string, number>();
  for (const s of sentencesOf(text)) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > max);
}

/** Every listed program of a plan, all tiers. */
export function listedPrograms(plan: Plan): PlannedProgram[] {
  return [...plan.tiers.reach, ...plan.tiers.target, ...plan.tiers.safety];
}

/**
 * True when one of the program's reasons names one of its own stated facts (`facts`, a value other than
 * "unknown") or its H-1B filing count. Its city alone does not count: "your ties to Los Angeles" is about you.
 */
export function namesOwnFact(p: PlannedProgram): boolean {
  const plain = (t: string) => ` ${t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `; // "safety-net" names "safety net"
  const values = (p.facts ?? []).map((f) => plain(f.value)).filter((v) => v.trim().length >= 2 && v.trim() !== 'unknown');
  const own = [...values, ...(p.h1bFilings ? [plain(`${p.h1bFilings.count}`)] : [])];
  return p.reasons.some((r) => own.some((v) => plain(r).includes(v)));
}
