// The match calendar (knowledge/match-calendar.json, zod-validated at load) and what to do now for a date and stage.
import { readKnowledgeJson } from './knowledge-files.js';
import { z } from 'zod';
import type { CalendarItem, Plan } from '../domain/plan.js';
import type { Stage } from '../domain/profile.js';

const ITEM_IDS = ['eras_opens', 'submit_opens', 'nrmp_registration', 'review_begins', 'nrmp_early_deadline', 'rol_opens', 'rol_deadline', 'match_week', 'match_day', 'eras_ends'] as const;
type ItemId = (typeof ITEM_IDS)[number];

/** Schema of the calendar file: every cycle has every item once, in date order. */
export const calendarSchema = z.object({
  $comment: z.string().optional(),
  cycles: z.array(z.object({
    match: z.number().int().min(2020).max(2100),
    items: z.array(z.object({
      id: z.enum(ITEM_IDS), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), approx: z.boolean().optional(),
      what: z.string().min(5), source: z.string().min(5),
    })).length(ITEM_IDS.length),
  }).superRefine((c, ctx) => {
    if (new Set(c.items.map((i) => i.id)).size !== ITEM_IDS.length) ctx.addIssue({ code: 'custom', message: `cycle ${c.match}: every item once` });
    for (let i = 1; i < c.items.length; i += 1) if (c.items[i]!.date < c.items[i - 1]!.date) ctx.addIssue({ code: 'custom', message: `cycle ${c.match}: items out of date order` });
  })).min(1),
});
export type MatchCalendar = z.infer<typeof calendarSchema>;

/** The calendar in the knowledge folder (KNOWLEDGE_DIR or the bundled one), read and validated once. */
const MATCH_CALENDAR: MatchCalendar = calendarSchema.parse(readKnowledgeJson('match-calendar.json'));

/** Where the cycle is on a date. */
export type CyclePhase = 'before_submission' | 'applications_open' | 'interview_season' | 'rank_list' | 'awaiting_match' | 'match_week' | 'after_match' | 'unknown';

interface Cycle { match: number; at: Record<ItemId, { date: string; approx: boolean; what: string; source: string }> }
const CYCLES: Cycle[] = MATCH_CALENDAR.cycles.map((c) => ({
  match: c.match,
  at: Object.fromEntries(c.items.map((i) => [i.id, { date: i.date, approx: i.approx === true, what: i.what, source: i.source }])) as Cycle['at'],
}));

const day = (now: Date) => now.toISOString().slice(0, 10);
const REVIEW_RUSH_DAYS = 30;
function addDays(iso: string, n: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
}

/** The cycle whose ERAS season holds this date (June to May), or undefined past our data. */
export function cycleOn(now: Date): Cycle | undefined {
  const d = day(now);
  return CYCLES.find((c) => d >= c.at.eras_opens.date && d <= c.at.eras_ends.date)
    ?? CYCLES.find((c) => d < c.at.eras_opens.date); // between seasons: the next one
}

/** The cycle of one Match year ("Match Day 2027"), or undefined when our calendar does not hold it. */
export function cycleOfMatch(match: number): Cycle | undefined {
  return CYCLES.find((c) => c.match === match);
}

/** The phase of the cycle on this date. */
export function cyclePhase(now: Date): CyclePhase {
  const c = cycleOn(now);
  if (!c) return 'unknown';
  const d = day(now);
  const at = c.at;
  if (d < at.submit_opens.date) return 'before_submission';
  if (d < addDays(at.review_begins.date, REVIEW_RUSH_DAYS)) return 'applications_open';
  if (d < at.rol_opens.date) return 'interview_season';
  if (d <= at.rol_deadline.date) return 'rank_list';
  if (d < at.match_week.date) return 'awaiting_match';
  if (d <= at.match_day.date) return 'match_week';
  return 'after_match';
}

const when = (i: { date: string; approx: boolean }) => `${i.approx ? 'about ' : ''}${i.date}`;

function nowText(c: Cycle, phase: CyclePhase, stage: Stage | undefined): string {
  const at = c.at;
  const next = CYCLES.find((x) => x.match === c.match + 1);
  const nextOpen = next ? `the next ERAS season (it opens ${when(next.at.eras_opens)})` : 'the next ERAS season (it opens in early June)';
  switch (phase) {
    case 'before_submission':
      return `Before submission (${c.match} Match): submissions open ${when(at.submit_opens)} and programs start reading ${when(at.review_begins)}. Finish your personal statement, letters, Step 2 CK score and program list now, so you can apply on the first day.`;
    case 'applications_open':
      return `Applications are open (${c.match} Match): programs began reviewing ${when(at.review_begins)} and fill interview slots in order. ${stage === 'preparing' ? 'If you are not ready this cycle, prepare for the next one instead of applying late and thin.' : 'If you have not applied, apply this week; register for the NRMP Match by ' + when(at.nrmp_early_deadline) + '.'}`;
    case 'interview_season':
      return stage === 'applying' || stage === 'reapplying'
        ? `ERAS opened ${when(at.submit_opens)} and programs began reviewing ${when(at.review_begins)}, so this cycle's first wave of interview invitations has gone out. If you have not applied, late applications still reach programs that are reviewing but draw few invitations: send them now where you fit best, make sure you are registered for the Match (the early deadline was ${when(at.nrmp_early_deadline)}), prepare for interviews, and plan for SOAP (${when(at.match_week)}) and for ${nextOpen}.`
        : stage === 'interviewing'
          ? `Interview season (${c.match} Match): prepare every interview, send short thank-you notes within the rules, and watch for rank list entry (${when(at.rol_opens)}).`
          : `Interview season of the ${c.match} Match: this cycle is under way, so use the months before ${nextOpen} to close your biggest gaps.`;
    case 'rank_list':
      return `Rank list time (${c.match} Match): rank every program where you interviewed and would train, in your true order; certify by ${when(at.rol_deadline)}.`;
    case 'awaiting_match':
      return `Rank lists are in (${c.match} Match). Prepare for Match Week (${when(at.match_week)}): if you do not match, SOAP runs Monday to Thursday, so have your documents ready.`;
    case 'match_week':
      return `Match Week (${c.match} Match): if you did not match, take part in SOAP if you are eligible; Match Day is ${when(at.match_day)}.`;
    case 'after_match':
      return `The ${c.match} Match is over; get ready for ${nextOpen}. If you did not match, use these months for the long-term paths (research, hands-on US work, a fresh look at specialty and geography) before you reapply.`;
    default:
      return 'Our calendar data ends before today: check the current dates on aamc.org and nrmp.org.';
  }
}

/** What to do now and the dated items of the current cycle still ahead (or the next cycle's, late in the season). */
export function planCalendar(now: Date, stage: Stage | undefined): Plan['calendar'] {
  const c = cycleOn(now);
  const phase = cyclePhase(now);
  if (!c) return { now: nowText(CYCLES[CYCLES.length - 1]!, 'unknown', stage), items: [] };
  const d = day(now);
  const ahead: CalendarItem[] = ITEM_IDS.map((id) => c.at[id]).filter((i) => i.date >= d)
    .map((i) => ({ date: when(i), what: i.what, source: i.source }));
  const next = CYCLES.find((x) => x.match === c.match + 1);
  if (next && ahead.length < 4) {
    for (const id of ['eras_opens', 'submit_opens', 'review_begins'] as const) ahead.push({ date: when(next.at[id]), what: next.at[id].what, source: next.at[id].source });
  }
  return { now: nowText(c, phase, stage), items: ahead };
}
