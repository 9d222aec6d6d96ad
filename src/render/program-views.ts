// Detail screens about programs: the list (all, one tier or one band), one program's facts, and why it sits in its tier.
import type { Band, Plan, PlannedProgram, Tier } from '../domain/plan.js';
import { BANDS, evidenceWords, listed, placeOf, programById, specialtyName, TIER_NAMES, TIERS, tierOf, UNVERIFIED_NAME, unverifiedMeaning, type PlanScreen, type ScreenLine, type ScreenSection } from './plan-screen.js';

/** A reason or check said by this many programs of one list or more is said once above the list instead. */
const SHARED_AT = 3;
/** Programs shown per tier in one list (a chat screen, not a catalogue); the rest are counted, and a narrower list or the CSV shows them. */
export const LIST_MAX = 12;

/** Strings that at least SHARED_AT of the lists contain, with how many contain them, most common first. */
function sharedItems(lists: string[][]): { text: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const l of lists) for (const x of new Set(l)) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= SHARED_AT).map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count);
}

/** A shared reason or check said once above the list; `mark` ties it to the programs it applies to, unless all of them. */
interface Note { text: string; count: number; check: boolean; mark?: number }

function lineOf(p: PlannedProgram, notes: ReadonlyMap<string, Note>, showSpecialty: boolean): ScreenLine {
  const own = p.reasons.filter((r) => !notes.has(r));
  const marks = [...p.reasons, ...p.verify].flatMap((r) => { const m = notes.get(r)?.mark; return m ? [m] : []; });
  const where = `${showSpecialty ? `${specialtyName(p.specialty)}, ` : ''}${placeOf(p)} (${p.band})${marks.length ? ` [${[...new Set(marks)].sort((a, b) => a - b).join(', ')}]` : ''}`;
  return { kind: 'item', lead: p.name.trim(), text: own.length ? `${where}: ${own.join('; ')}` : where };
}

/** What many programs of the list share, numbered where it applies to some of them only. */
function notesOf(programs: PlannedProgram[]): Map<string, Note> {
  const all = [...sharedItems(programs.map((p) => p.reasons)).map((x) => ({ ...x, check: false })), ...sharedItems(programs.map((p) => p.verify)).map((x) => ({ ...x, check: true }))];
  let next = 0;
  return new Map(all.map((x): [string, Note] => [x.text, x.count === programs.length ? x : { ...x, mark: ++next }]));
}

function noteLine(n: Note, of: number): ScreenLine {
  const scope = n.mark ? `[${n.mark}] ` : '';
  return { kind: 'item', text: `${scope}${n.check ? 'To verify: ' : ''}${n.text} (${n.count === of ? `all ${of}` : `${n.count} of ${of}`})` };
}

/** The unverified group: each program with what to check and the tier it would have once checked. */
function unverifiedLines(list: PlannedProgram[], filter: { tier?: Tier; band?: Band }): ScreenLine[] {
  return capped(list.map((p) => ({
    kind: 'item' as const, lead: p.name.trim(),
    text: `${specialtyName(p.specialty)}, ${placeOf(p)} (${p.band}), ${p.evidence?.level ?? 'unknown'} evidence${p.ifVerified ? `; a ${p.ifVerified} if confirmed` : ''}: check ${(p.evidence?.check ?? ['its visa policy']).join('; ')}`,
  })), filter);
}

/** The program list: one tier, one band, the unverified group, or all of it, with what the programs share said once at the top. */
export function programsScreen(plan: Plan, filter: { tier?: Tier; band?: Band; unverified?: boolean } = {}): PlanScreen {
  const keep = (p: PlannedProgram) => !filter.band || p.band === filter.band;
  const unchecked = filter.tier ? [] : (plan.unverified ?? []).filter(keep);
  if (filter.unverified) {
    return {
      title: `Programs, unverified: ${unchecked.length}`,
      sections: [{ heading: `${UNVERIFIED_NAME.name} (${unchecked.length}): ${unverifiedMeaning(plan)}`, lines: unchecked.length ? unverifiedLines(unchecked, filter) : [{ kind: 'plain', text: 'None: every listed program has a stated fact or public evidence behind its tier.' }] }],
      footer: 'More: program <name> (its facts, sources and what to verify) · programs (the whole list) · plan (first screen)',
    };
  }
  const tiers = filter.tier ? [filter.tier] : TIERS;
  const shown = listed(plan).filter((x) => tiers.includes(x.tier) && keep(x.program)).map((x) => x.program);
  const closed = filter.tier ? [] : plan.excluded.filter(keep);
  // what the list shares is read from the programs on screen only, and said after them: a note about programs the
  // screen does not show is noise, and the first program comes before any footnote
  const onScreen = (list: PlannedProgram[]) => list.slice(0, LIST_MAX);
  const all = [...tiers.flatMap((t) => onScreen(plan.tiers[t].filter(keep))), ...onScreen(closed)];
  const notes = notesOf(all);
  const specialties = new Set(all.map((p) => p.specialty));
  const sections: ScreenSection[] = [];
  const said = [...(plan.sharedNotes ?? []).map((text) => ({ kind: 'item' as const, text })), ...[...notes.values()].map((n) => noteLine(n, all.length))];
  for (const t of tiers) {
    const list = plan.tiers[t].filter(keep);
    sections.push({ heading: `${TIER_NAMES[t].name} (${list.length}): ${TIER_NAMES[t].meaning}`, lines: list.length ? capped(list.map((p) => lineOf(p, notes, specialties.size > 1)), filter) : [{ kind: 'plain', text: 'None in our table.' }] });
  }
  if (unchecked.length) sections.push({ heading: `${UNVERIFIED_NAME.name} (${unchecked.length}): ${unverifiedMeaning(plan)}`, lines: unverifiedLines(unchecked, filter) });
  if (closed.length) sections.push({ heading: `Closed to you (${closed.length})`, lines: capped(closed.map((p) => lineOf(p, notes, specialties.size > 1)), filter) });
  if (said.length) sections.push({ heading: 'Said once for the programs above ([n]: the programs marked with it)', lines: said });
  if (!filter.tier && !filter.band && plan.caveats.length) sections.push({ heading: 'About this table', lines: plan.caveats.map((text) => ({ kind: 'item' as const, text })) });
  const scope = [filter.tier ? TIER_NAMES[filter.tier].name.toLowerCase() : '', filter.band ? `in ${filter.band}` : ''].filter(Boolean).join(' ');
  return {
    title: `${scope ? `Programs, ${scope}` : 'All programs'}: ${shown.length} listed${closed.length ? `, ${closed.length} closed` : ''}`,
    sections,
    footer: 'More: program <name> (its facts, sources and what to verify) · why <program> · csv (every program) · plan (first screen)',
  };
}

/** At most LIST_MAX lines, then one line saying how many more and how to see them. */
function capped(lines: ScreenLine[], filter: { tier?: Tier; band?: Band }): ScreenLine[] {
  if (lines.length <= LIST_MAX) return lines;
  const narrower = filter.band ? 'csv (the file has every program)' : '"programs <tier> <band>" (e.g. "programs target SoCal") or csv (the file has every program)';
  return [...lines.slice(0, LIST_MAX), { kind: 'plain', text: `…and ${lines.length - LIST_MAX} more: see them with ${narrower}.` }];
}

function tierWords(t: Tier | 'unverified' | 'excluded'): string {
  return t === 'excluded' ? 'closed to you' : t === 'unverified' ? 'unverified (check it first)' : `a ${t} program`;
}

function factLines(p: PlannedProgram): ScreenLine[] {
  const lines: ScreenLine[] = (p.facts ?? []).map((f) => ({
    kind: 'item' as const, lead: `${f.label}:`, text: `${f.value}${f.source || f.asOf ? ` (${[f.source ?? 'source not given', f.asOf ? `as of ${f.asOf}` : 'year not given'].join(', ')})` : ' (no source: treat as unknown)'}`,
  }));
  if (p.h1bFilings) {
    const h = p.h1bFilings;
    lines.push({ kind: 'item', lead: 'H-1B filings:', text: `${h.count} by its institution in ${h.period} (${h.source}); evidence that it files H-1B paperwork, not a promise to sponsor you` });
  }
  if (!lines.length) lines.push({ kind: 'plain', text: 'No fact about this program carries a source in our table: its visa, score and graduation-year policies are unknown until you check them.' });
  return lines;
}

/** One program: its facts with sources and years, why it sits in its tier, and what to verify. */
export function programScreen(plan: Plan, id: string): PlanScreen | undefined {
  const p = programById(plan, id);
  const tier = tierOf(plan, id);
  if (!p || !tier) return undefined;
  const sections: ScreenSection[] = [
    { lines: [{ kind: 'plain', text: `${specialtyName(p.specialty)} · ${placeOf(p)} · ${p.band} · ${tierWords(tier)}` }] },
    { heading: 'Facts, with source and year', lines: factLines(p) },
    { heading: tier === 'excluded' ? 'Why it is closed to you' : `Why it is ${tierWords(tier)}`, lines: p.reasons.map((text) => ({ kind: 'item' as const, text })) },
  ];
  const ev = evidenceWords(p);
  if (ev) sections.push({ heading: 'Evidence', lines: [{ kind: 'item', text: ev }, ...(p.evidence?.check ?? []).map((c) => ({ kind: 'item' as const, text: `check first: ${c}` }))] });
  if (p.verify.length) sections.push({ heading: 'Verify before you apply', lines: p.verify.map((text) => ({ kind: 'item' as const, text })) });
  return { title: p.name.trim(), sections, footer: 'More: programs (the whole list) · steps · plan (first screen)' };
}

/** Why one program sits in its tier, in its reasons; undefined when the plan does not hold it. */
export function whyScreen(plan: Plan, id: string): PlanScreen | undefined {
  const p = programById(plan, id);
  const tier = tierOf(plan, id);
  if (!p || !tier) return undefined;
  return {
    title: `Why ${p.name.trim()} is ${tierWords(tier)}`,
    sections: [{ lines: p.reasons.length ? p.reasons.map((text) => ({ kind: 'item' as const, text })) : [{ kind: 'plain', text: 'The plan gives no reason for this program.' }] }],
    footer: `More: program ${p.name.trim()} (its facts, sources and what to verify)`,
  };
}
