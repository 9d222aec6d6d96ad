// The "steps" screen: every next step in order, every warning, the calendar, signals, and why this many applications.
import { usd } from '../domain/money.js';
import { countRange } from '../domain/count-range.js';
import type { Plan } from '../domain/plan.js';
import { scoreWords } from '../domain/score-words.js';
import { seasonOf } from './first-screen.js';
import { specialtyName, type PlanScreen, type ScreenSection } from './plan-screen.js';

/** Steps shown with their whole explanation; the rest are listed by title (a chat screen: the first lines carry the answer). */
const STEPS_IN_DETAIL = 5;
/** Calendar dates shown: the next few; the whole calendar is the "calendar" answer's, not this screen's. */
const CALENDAR_SHOWN = 4;

/** Everything to do and to know that the first screen only summarises. */
export function stepsScreen(plan: Plan): PlanScreen {
  const steps = [...plan.nextSteps].sort((a, b) => a.priority - b.priority);
  const detailed = steps.slice(0, STEPS_IN_DETAIL);
  const rest = steps.slice(STEPS_IN_DETAIL);
  const sections: ScreenSection[] = [{
    heading: `Every next step (${steps.length}), most important first`,
    lines: steps.length ? detailed.map((s) => ({ kind: 'step' as const, lead: s.title, text: `${s.detail}${s.article ? ` (our guide on ${s.article.replace(/-/g, ' ')})` : ''}` })) : [{ kind: 'plain', text: 'No step applies to your answers yet.' }],
  }];
  // past the first few, a step is one line: its title, with the guide to ask about for the detail
  if (rest.length) sections.push({ heading: `Also worth doing (${rest.length}; ask me about any of them for the detail)`, lines: rest.map((s) => ({ kind: 'item' as const, text: s.title })) });
  if (plan.notThisCycle) {
    sections.unshift({ heading: 'Not this cycle: a dated plan to apply next season', lines: [
      { kind: 'plain', text: plan.notThisCycle.why },
      ...plan.notThisCycle.months.map((m) => ({ kind: 'item' as const, lead: `By ${m.by}:`, text: m.what })),
    ] });
  }
  const cited = new Set<string>();
  for (const st of plan.standing ?? []) {
    const lines = [{ kind: 'plain' as const, lead: `${st.level}, ${scoreWords(st.score)}:`, text: st.line }];
    for (const f of st.factors) lines.push({ kind: 'plain', lead: `${f.effect >= 0 ? '+' : ''}${f.effect}`, text: f.text });
    // matchRate.value is a fraction (0.485): shown as a percent with one decimal
    if (st.matchRate) lines.push({ kind: 'plain', lead: `${(Math.round(st.matchRate.value * 1000) / 10).toFixed(1)}%`, text: `${st.matchRate.of ? `of ${st.matchRate.of}` : 'of non-US IMGs matched in this specialty'} in ${st.matchRate.year}` });
    // each source is named once in the whole screen, however many factors rest on it
    const sources = [...new Set([...st.factors.map((f) => f.source), ...(st.matchRate ? [st.matchRate.source] : [])])].filter((x) => x && !cited.has(x));
    sources.forEach((x) => cited.add(x));
    if (sources.length) lines.push({ kind: 'plain', lead: 'Sources:', text: sources.join('; ') });
    sections.push({ heading: `Where you stand in ${specialtyName(st.specialty)}`, lines });
  }
  if (plan.calendar?.items.length) {
    const items = plan.calendar.items.slice(0, CALENDAR_SHOWN);
    const more = plan.calendar.items.length - items.length;
    sections.push({ heading: `The next dates from ${plan.calendar.now}`, lines: [...items.map((c) => ({ kind: 'item' as const, lead: `${c.date}:`, text: `${c.what} (${c.source})` })),
      ...(more > 0 ? [{ kind: 'plain' as const, text: `…and ${more} later date${more === 1 ? '' : 's'} through Match Day (ask me about any of them).` }] : [])] });
  }
  if (plan.warnings?.length) sections.push({ heading: 'Warnings', lines: plan.warnings.map((text) => ({ kind: 'warning' as const, text })) });
  const a = plan.applications;
  const apps = [{ kind: 'plain' as const, lead: `${countRange(a.min, a.max)} applications:`, text: a.why }];
  for (const c of a.perSpecialty ?? []) apps.push({ kind: 'plain', lead: `${specialtyName(c.specialty)} ${countRange(c.min, c.max)}:`, text: c.why });
  if (a.cost) apps.push({ kind: 'plain', lead: `Cost for ${a.cost.programs} programs: about ${usd(a.cost.usd)}.`, text: `${a.cost.breakdown} (${a.cost.source}, ${seasonOf(a.cost.season)})` });
  sections.push({ heading: 'Why this many applications', lines: apps });
  if (plan.signaling) sections.push({ heading: 'Signals', lines: [{ kind: 'plain', text: plan.signaling }] });
  return { title: 'Your next steps and what to keep in mind', sections, footer: 'More: programs · program <name> · plan (first screen)' };
}
