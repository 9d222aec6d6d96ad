// Statements that reach beyond the row that cites them: an institution's own statement that it does not sponsor one
// visa route, for all its residency programs, reaches its programs that state nothing for that route; and a
// preliminary track the ACGME lists as part of its categorical program shares that program's stated eligibility rules.
// Both only ever close a program (a limit, a route declined), never open one, and both are said as derived: verify.
import type { ProgramFactRow } from '../knowledge/import/program-facts.js';
import type { PlanProgram } from './program-index.js';
import { labelledSource } from './source-kind.js';
import { reason, say, statusWords } from './words.en.js';

const ROUTES = { 'H-1B': { field: 'visaH1b', key: 'h1b' }, 'J-1': { field: 'visaJ1', key: 'j1' } } as const;

/**
 * An institution-wide "we do not sponsor <route>" (fact `sponsor_no_route`, on the row whose page says it): every program
 * of the same sponsor that states nothing for the route is treated as declining it (derived: verify).
 */
export function propagateInstitutionRoutes(all: readonly PlanProgram[], rows: readonly ProgramFactRow[], sponsorKey: (p: PlanProgram) => string): void {
  const byId = new Map(all.map((p) => [p.id, p]));
  for (const r of rows) {
    const route = r.fact === 'sponsor_no_route' ? ROUTES[r.value as keyof typeof ROUTES] : undefined;
    const stating = byId.get(r.programId);
    if (!route || !stating) continue;
    const source = labelledSource(r.sourceUrl);
    const asOf = r.asOf === null ? {} : { asOf: String(r.asOf) };
    stating.facts.push({ label: 'institution-wide visa statement', value: `the institution says it does not sponsor ${r.value} for its residents`, source, ...asOf });
    stating.plain = false;
    const via = reason('sponsor.institution_states_no_route', { route: r.value, sibling: stating.name.trim() }, source);
    const key = sponsorKey(stating);
    for (const p of all) {
      if (p === stating || p[route.field] !== 'unknown' || p.sponsorNoVisas === 'yes' || p.sponsorNoRouteVia?.[route.key] || sponsorKey(p) !== key) continue;
      p.sponsorNoRouteVia = { ...p.sponsorNoRouteVia, [route.key]: via };
      p.facts.push({ label: `institution-wide ${r.value} fact (derived)`, value: say(via), source, ...asOf });
      p.plain = false;
    }
  }
}

/**
 * A preliminary track the ACGME list names under its categorical program's id (fact `in_acgme_list` pointing at another
 * row of the table) is that program: the categorical row's stated limits reach the track where it states nothing.
 */
export function inheritFromCategorical(all: readonly PlanProgram[], rows: readonly ProgramFactRow[]): void {
  const byId = new Map(all.map((p) => [p.id, p]));
  for (const r of rows) {
    if (r.fact !== 'in_acgme_list' || r.value === r.programId) continue;
    const track = byId.get(r.programId);
    const cat = byId.get(r.value);
    if (!track || !cat || cat.specialty === track.specialty || !track.specialty.startsWith('prelim_')) continue;
    const shared: string[] = [];
    if (track.yogLimitYears === null && cat.yogLimitYears !== null) { track.yogLimitYears = cat.yogLimitYears; shared.push(`a graduation-year limit of ${cat.yogLimitYears} years`); }
    if (track.visaJ1 === 'unknown' && cat.visaJ1 === 'no') { track.visaJ1 = 'no'; shared.push('no J-1'); }
    if (track.visaH1b === 'unknown' && cat.visaH1b === 'no') { track.visaH1b = 'no'; shared.push('no H-1B'); }
    if (track.firstAttemptRequired === 'unknown' && cat.firstAttemptRequired === 'yes') { track.firstAttemptRequired = 'yes'; track.firstAttemptExams = cat.firstAttemptExams; shared.push('first-attempt passes'); }
    if (track.ecfmgBy === null && cat.ecfmgBy !== null) { track.ecfmgBy = cat.ecfmgBy; shared.push(`ECFMG certification ${cat.ecfmgBy}`); }
    if (track.usceRequired === 'unknown' && cat.usceRequired === 'yes') { track.usceRequired = 'yes'; shared.push('US clinical experience'); }
    if (!track.eligibleStatuses && cat.eligibleStatuses) { track.eligibleStatuses = cat.eligibleStatuses; shared.push(`appointing only ${statusWords(cat.eligibleStatuses)}`); }
    if (!shared.length) continue;
    const src = cat.facts[0]?.source;
    track.facts.push({ label: 'rules of its categorical program (derived)', value: `the ACGME lists this track as part of ${cat.name.trim()} (${cat.id}), whose source states ${shared.join(', ')}: verify with the program`, ...(src ? { source: src } : {}), ...(cat.asOf ? { asOf: String(cat.asOf) } : {}) });
    if (track.asOf === null && cat.asOf !== null) track.asOf = cat.asOf;
    track.plain = false;
  }
}
