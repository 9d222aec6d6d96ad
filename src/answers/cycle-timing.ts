// "Will I be ok for this match?", "am I too late?", "can I apply this cycle given where my ECFMG stands?": the asker's
// own season read against one cycle's calendar (knowledge/match-calendar.json): the rank order list deadline and Match
// Day with their source, what the saved ECFMG status still needs by that deadline, and where their season stands.
import type { Profile } from '../domain/profile.js';
import { applicationsIn } from '../domain/profile.js';
import { cycleOn, cyclePhase } from '../knowledge/calendar.js';
import { lateSeasonLine } from './season.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** An ISO date in words ("about 3 March 2027" when the calendar gives it only roughly). */
function dateWords(item: { date: string; approx: boolean }): string {
  const [y, m, d] = item.date.split('-').map(Number);
  return `${item.approx ? 'about ' : ''}${d} ${MONTHS[m! - 1]} ${y}`;
}

/** A month named in the question ("late feb", "in March"), as its number 1–12. */
function monthNamed(question: string): number | undefined {
  const m = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.exec(question);
  if (!m || (m[1]!.toLowerCase() === 'may' && !/\b(in|by|late|early|mid|end of) may\b/i.test(question))) return undefined;
  return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(m[1]!.toLowerCase()) + 1;
}

/** What each missing ECFMG part is, in words. */
const MISSING_WORDS: Readonly<Record<string, string>> = {
  step1: 'Step 1', step2ck: 'Step 2 CK', oet: 'the OET Medicine for your Pathway', diploma: 'your diploma verification', application: 'your ECFMG application',
};

/** The OET scores ECFMG's Pathways ask for, as our guide states them with its source and year. */
const OET_LINE = 'OET Medicine for the Pathways needs at least 350 in Listening, Reading and Speaking and 300 in Writing, in one sitting (ECFMG Pathways requirements for 2026, as our guide on language skills states them; confirm on ecfmg.org).';

/** The cycle-timing answer for this asker on this date (the OET scores left out when the reply already states them). */
export function cycleTimingText(profile: Profile, now: Date, question: string, oetSaid = false): string {
  const c = cycleOn(now);
  if (!c) return 'Our calendar data ends before today: check this cycle\'s rank order list deadline and Match Day on nrmp.org.';
  const rol = c.at.rol_deadline;
  const lines = [`For the ${c.match} Match: the rank order list deadline is ${dateWords(rol)} and Match Day is ${dateWords(c.at.match_day)} (NRMP; exact dates on nrmp.org).`];
  const ecfmg = profile.ecfmg;
  if (ecfmg && ecfmg.status !== 'certified') {
    const missing = (ecfmg.missing ?? []).map((m) => MISSING_WORDS[m]).filter(Boolean);
    lines.push(`Your ECFMG certification is ${ecfmg.status === 'in_progress' ? 'in progress' : 'not started'}${missing.length ? ` (still missing: ${missing.join(', ')})` : ''}: ECFMG must confirm your exams and your Pathway (the clinical and communication skills requirement) by that rank order list deadline, or you cannot be matched this cycle; the full certificate is needed before training starts on July 1.`);
    if (!oetSaid && (/\boet\b/i.test(question) || ecfmg.missing?.includes('oet'))) lines.push(OET_LINE);
  } else if (ecfmg?.status === 'certified') {
    lines.push('Your ECFMG certification is done, so nothing on that side stands between you and this Match.');
  }
  const month = monthNamed(question);
  const rolMonth = Number(rol.date.slice(5, 7));
  if (month !== undefined && month >= 1 && month <= 6) {
    lines.push(month < rolMonth
      ? `${MONTHS[month - 1]} is before that deadline, but a result must reach ECFMG and be confirmed by it: leave a margin of some weeks, and if it slips past the deadline you cannot be matched this cycle.`
      : month === rolMonth ? `${MONTHS[month - 1]} is the deadline's own month: check the exact day on nrmp.org, since a result confirmed after it is too late for this cycle.`
        : `${MONTHS[month - 1]} is after that deadline: too late for this cycle's Match, so plan for the next one.`);
  }
  const phase = cyclePhase(now);
  if (applicationsIn(profile)) {
    const n = profile.cycle?.interviews;
    lines.push(`Your applications are already out${n !== undefined ? ` and you have ${n === 0 ? 'no interviews' : `${n} interview${n === 1 ? '' : 's'}`} so far` : ''}, so you are not too late: what is left this cycle is the interviews, the rank list by that deadline, and Match Week (SOAP if you do not match).`);
  } else if (phase === 'interview_season' || phase === 'rank_list') {
    // what the date means for applications not yet out, and when the next cycle opens (season.ts)
    lines.push(lateSeasonLine(now) ?? `Programs began reviewing on ${dateWords(c.at.review_begins)}: late files draw few interviews.`);
  }
  return lines.join('\n');
}
