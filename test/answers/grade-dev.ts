// Grades the blind question sets written to /work/brief/WRITER-QUESTIONS.md (answerable, own_plan, refusal,
// not_in_guides) through the same answer path users' messages take, and measures passage recall at 1 and 3.
import { readFileSync } from 'node:fs';
import type { AskResult } from '../../src/domain/advice.js';
import type { Profile, ProfileField } from '../../src/domain/profile.js';
import { answerTraced, createAnswerer } from '../../src/answers/answer.js';
import { loadArticles } from '../../src/knowledge/articles.js';
import { claims, KB, missingFacts, notSelfContained } from './grade.js';

/** One case of a blind set. */
export interface DevCase {
  id: string;
  /** `unlisted`: situations the writer's list did not name, graded as own-plan with a profile, else as answerable. */
  kind: 'answerable' | 'own_plan' | 'refusal' | 'not_in_guides' | 'unlisted';
  question: string;
  style?: string;
  pending?: ProfileField;
  facts?: string[][];
  mustNot?: string[];
  article?: string;
  class?: 'unethical' | 'other_country' | 'personal' | 'off_topic';
  profile?: Profile;
  expect?: { mustMention?: string[][]; mustNot?: string[]; asksFor?: string; regionOnly?: string; visa?: 'needs_j1' | 'needs_h1b' };
}

/** One graded case: whether it passed, why not, and where the right article came in the passages chosen. */
export interface Graded { c: DevCase; r: AskResult; ok: boolean; why: string; at1: boolean; at3: boolean }

const NOW = new Date('2026-12-01T12:00:00Z');
const answerer = createAnswerer(loadArticles('knowledge/articles'));

/** The set's cases, or none when the file does not exist yet. */
export function readSet(path: string): DevCase[] {
  try { return (JSON.parse(readFileSync(path, 'utf8')) as { cases: DevCase[] }).cases; } catch { return []; }
}

const SOCAL = ['la_county', 'orange_county', 'san_diego', 'inland_empire'];
const REGION_SETS: Record<string, string[]> = { socal: SOCAL, southern_california: SOCAL, california: [...SOCAL, 'rest_of_california'] };

/** Programs of the table a reply names (longest names first, so a name inside another is not counted twice). */
function programsNamedIn(text: string) {
  const found: (typeof KB.programs)[number][] = [];
  let rest = text;
  for (const p of [...KB.programs].sort((a, b) => b.name.length - a.name.length)) {
    if (rest.includes(p.name)) { found.push(p); rest = rest.replaceAll(p.name, ''); }
  }
  return found;
}

const FIELD_WORDS: Record<string, RegExp> = {
  step2ck: /step 2|\bck\b/i, step1: /step 1/i, step3: /step 3/i, specialty: /specialty/i, visa: /visa|citizen|green card/i,
  graduationYear: /graduat/i, usce: /clinical experience|usce/i, regions: /where would you like|region|where .* train/i,
  usLors: /letters?/i, ecfmg: /ecfmg/i, languages: /language/i, laTies: /ties|connection/i,
};

function ownPlanWhy(c: DevCase, r: AskResult): string {
  if (!r.found) return 'not answered';
  if (r.kind === 'refusal') return 'refused';
  const e = c.expect ?? {};
  const t = r.answer;
  if (e.asksFor) {
    const asked = r.needs === e.asksFor || (r.needs === undefined && /\?/.test(t) && (FIELD_WORDS[e.asksFor]?.test(t.split('\n').filter((l) => l.includes('?')).join(' ')) ?? false));
    if (!asked) return `does not ask for ${e.asksFor}${r.needs ? ` (asks for ${r.needs})` : ''}`;
  }
  const missing = missingFacts(t, e.mustMention);
  if (missing.length) return `missing ${JSON.stringify(missing.map((g) => g[0]))}`;
  const bad = claims(t, e.mustNot);
  if (bad.length) return `claims ${JSON.stringify(bad)}`;
  const named = programsNamedIn(t);
  if (e.regionOnly) {
    const allowed = REGION_SETS[e.regionOnly] ?? [e.regionOnly];
    const out = named.filter((p) => !allowed.includes(p.region));
    if (out.length) return `lists programs outside ${e.regionOnly}: ${out.map((p) => p.name).join(', ')}`;
  }
  if (e.visa) {
    const field = e.visa === 'needs_h1b' ? 'visaH1b' : 'visaJ1';
    const out = named.filter((p) => !KB.programs.some((q) => q.name === p.name && q[field] === 'yes'));
    if (out.length) return `lists programs not known to take ${e.visa}: ${out.map((p) => p.name).join(', ')}`;
  }
  return '';
}

/** Grades one case through answerTraced (the path of advice.ask). */
export function gradeCase(c: DevCase): Graded {
  if (c.kind === 'unlisted') {
    const as: DevCase = c.profile ? { ...c, kind: 'own_plan' } : { ...c, kind: 'answerable', facts: c.facts ?? c.expect?.mustMention ?? [], mustNot: c.mustNot ?? c.expect?.mustNot ?? [] };
    return { ...gradeCase(as), c };
  }
  const context = c.kind === 'own_plan' ? { profile: c.profile ?? {}, now: NOW, kb: KB } : undefined;
  const { result: r, articles, chosen } = answerTraced(answerer, c.question, context);
  const text = r.found ? r.answer : '';
  let why = '';
  if (c.kind === 'answerable') {
    if (!r.found || r.kind === 'refusal') why = r.found ? 'refused' : 'not answered';
    else {
      const missing = missingFacts(text, c.facts);
      const bad = claims(text, c.mustNot);
      why = [missing.length ? `missing ${JSON.stringify(missing.map((g) => g[0]))}` : '', bad.length ? `claims ${JSON.stringify(bad)}` : ''].filter(Boolean).join(', ');
    }
  } else if (c.kind === 'own_plan') why = ownPlanWhy(c, r);
  // a refusal is first: a plain refusal, or a decline line before the honest alternative ("I will not help hide a fail ...")
  else if (c.kind === 'refusal') why = r.found && (r.kind === 'refusal' || /^I will not help\b/.test(r.answer)) ? '' : `not refused (${r.found ? r.kind ?? 'articles' : 'nearest topics only'})`;
  else why = !r.found || r.kind === 'refusal' ? '' : `answered (${r.kind ?? 'articles'}: ${r.title})`;
  const pointer = notSelfContained(r);
  if (!why && pointer) why = pointer;
  const at1 = !!c.article && chosen > 0 && articles[0] === c.article;
  const at3 = !!c.article && articles.slice(0, 3).includes(c.article);
  return { c, r, ok: !why, why, at1, at3 };
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}% (${n}/${d})`;

/** The figures of one set: share right per kind, recall of the right article at 1 and 3, and each failure. */
export function report(name: string, cases: DevCase[]) {
  const graded = cases.map(gradeCase);
  const share = (k: DevCase['kind']) => { const g = graded.filter((x) => x.c.kind === k); return { n: g.filter((x) => x.ok).length, d: g.length }; };
  const withArticle = graded.filter((x) => x.c.kind === 'answerable' && x.c.article);
  const figures = {
    answerable: share('answerable'), refusal: share('refusal'), own_plan: share('own_plan'), not_in_guides: share('not_in_guides'), unlisted: share('unlisted'),
    at1: { n: withArticle.filter((x) => x.at1).length, d: withArticle.length }, at3: { n: withArticle.filter((x) => x.at3).length, d: withArticle.length },
  };
  const shown = graded.filter((x) => x.c.kind === 'answerable' && x.r.found).map((x) => (x.r.found ? x.r.answer.split(/\s+/).length : 0));
  const words = Math.round(shown.reduce((a, b) => a + b, 0) / Math.max(1, shown.length));
  const lines = [
    `${name}: mean reply ${words} words; complete-and-correct ${pct(figures.answerable.n, figures.answerable.d)}, refusals ${pct(figures.refusal.n, figures.refusal.d)}, own-plan ${pct(figures.own_plan.n, figures.own_plan.d)}, not in guides ${pct(figures.not_in_guides.n, figures.not_in_guides.d)}${figures.unlisted.d ? `, unlisted ${pct(figures.unlisted.n, figures.unlisted.d)}` : ''}, passage recall@1 ${pct(figures.at1.n, figures.at1.d)}, @3 ${pct(figures.at3.n, figures.at3.d)}`,
    ...graded.filter((x) => !x.ok).map((x) => `  ${x.c.id} [${x.c.kind}${x.c.class ? `/${x.c.class}` : ''}${x.c.article ? ` ${x.c.article}` : ''}] "${x.c.question.slice(0, 70).replace(/\n/g, ' ')}": ${x.why}`),
  ];
  const rate = (f: { n: number; d: number }) => (f.d ? f.n / f.d : 1);
  return { figures, rates: { words, answerable: rate(figures.answerable), refusal: rate(figures.refusal), own_plan: rate(figures.own_plan), not_in_guides: rate(figures.not_in_guides), unlisted: rate(figures.unlisted), at1: rate(figures.at1), at3: rate(figures.at3) }, lines, graded };
}
