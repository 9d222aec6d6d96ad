// The at-most-five steps to do first: rule steps ranked by priority and by the size of the gap each one closes.
import { FIRST_STEPS_MAX, type NextStep, type Standing } from '../domain/plan.js';

/** A step as the rules give it: the gap it closes and the steps it can only follow. */
type Ranked = NextStep & { gap?: string; after?: readonly string[] };

/** How far one point of gap moves a step up the list: a 10-point gap is worth one priority level. */
const GAP_PER_PRIORITY = 10;

/** The score below which the whole file counts as a gap (`overall`), and how much of that distance counts. */
const OVERALL_FROM = 60;
const OVERALL_SHARE = 0.5;

/** Gap size (≥ 0) of each factor id in a standing: how many points it costs; `overall` is half the distance below 60. */
export function gapSizes(st: Standing | undefined): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  // an attempt never stated is no fail: it earns no step about explaining a failed attempt
  for (const f of st?.factors ?? []) if (f.effect < 0 && f.code !== 'standing.fails.unstated') out.set(f.id, -f.effect);
  if (st && st.score < OVERALL_FROM) out.set('overall', (OVERALL_FROM - st.score) * OVERALL_SHARE);
  return out;
}

/** Ranks steps: priority lowered by the gap the step addresses, ties broken by gap size, then id. */
export function rankSteps(steps: readonly Ranked[], gaps: ReadonlyMap<string, number>): NextStep[] {
  return ranked(steps, gaps).map(({ s }) => strip(s));
}

/** A gap smaller than this many points does not claim one of the three gap places (a point for year four is no gap). */
const GAP_PLACE_MIN = 3;
/** How many of the first steps are reserved for the biggest gaps, one step each. */
const GAP_PLACES = 3;

/**
 * The first steps: the ranked list cut to five, where each of the three biggest gaps keeps its best step — one that
 * would fall below the cut replaces the lowest-ranked step that closes none of them (never a priority-1 step such
 * as missing ECFMG certification or applications already in); a smaller gap then takes the place of a second step
 * for a gap already served. A step aimed at a gap this applicant does not have
 * stays out (e.g. "know what your Step 2 CK means" when the score sits at the specialty's matched median).
 */
export function firstSteps(steps: readonly Ranked[], gaps: ReadonlyMap<string, number>): NextStep[] {
  const list = ranked(steps, gaps).filter(({ s }) => !s.gap || gaps.has(s.gap));
  const chosen = list.slice(0, FIRST_STEPS_MAX);
  const biggest = [...gaps].filter(([id, size]) => id !== 'overall' && size >= GAP_PLACE_MIN)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, GAP_PLACES).map(([id]) => id);
  // kept: priority-1 steps, the first step for each of the biggest gaps, and the step for the whole file when it is a gap
  const keep = (k: (typeof list)[number]) => k.s.priority <= 1 || k.s.gap === 'overall'
    || (k.s.gap !== undefined && biggest.includes(k.s.gap) && chosen.find((x) => x.s.gap === k.s.gap) === k);
  for (const id of biggest) {
    if (chosen.some((k) => k.s.gap === id)) continue;
    const step = list.find((k) => k.s.gap === id);
    if (!step) continue;
    const out = chosen.map((k, i) => ({ k, i })).reverse().find(({ k }) => !keep(k));
    if (!out) break;
    chosen[out.i] = step;
  }
  // Further gaps (fourth biggest on) take the place of a second step for a gap already served, never a generic one.
  const rest = [...gaps].filter(([id, size]) => id !== 'overall' && size >= GAP_PLACE_MIN && !biggest.includes(id)).sort((x, y) => y[1] - x[1]);
  for (const [id] of rest) {
    if (chosen.some((k) => k.s.gap === id)) continue;
    const step = list.find((k) => k.s.gap === id);
    const dup = chosen.map((k, i) => ({ k, i })).reverse()
      .find(({ k, i }) => k.s.priority > 1 && k.s.gap !== undefined && chosen.findIndex((x) => x.s.gap === k.s.gap) < i);
    if (!step || !dup) continue;
    chosen[dup.i] = step;
  }
  chosen.sort((x, y) => list.indexOf(x) - list.indexOf(y));
  return chosen.map(({ s }) => strip(s));
}

function ranked(steps: readonly Ranked[], gaps: ReadonlyMap<string, number>) {
  const keyed = steps.map((s) => {
    const gap = s.gap ? gaps.get(s.gap) ?? 0 : 0;
    return { s, gap, key: s.priority - gap / GAP_PER_PRIORITY };
  });
  keyed.sort((x, y) => x.key - y.key || y.gap - x.gap || (x.s.id < y.s.id ? -1 : x.s.id > y.s.id ? 1 : 0));
  // a step that can only follow another present one (Step 3 after Step 2 CK) moves to just after it
  for (let i = 0; i < keyed.length; i++) {
    const k = keyed[i]!;
    const last = Math.max(-1, ...(k.s.after ?? []).map((id) => keyed.findIndex((x) => x.s.id === id)));
    if (last > i) { keyed.splice(i, 1); keyed.splice(last, 0, k); i--; }
  }
  return keyed;
}

function strip(s: Ranked): NextStep {
  const { gap: _gap, after: _after, ...step } = s;
  return step;
}
