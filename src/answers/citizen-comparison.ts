// "why am I compared with non-US IMGs? I'm a citizen": a US citizen asking why the figures are non-US IMG figures.
// Answered with what the figures are, what we do not hold, and the two groups' match rates. (A green-card holder is
// not a US-citizen IMG in the NRMP's groups, so the comparison stands for them and this answer is not given.)
import type { Profile } from '../domain/profile.js';
import { RATES_2026 } from '../plan/base-rates.js';

/** "why am I compared with/against non-US IMGs", "why use foreign IMG stats for me": the comparison group questioned. */
const ASKS = /\b(why|how come)\b[^?]{0,40}\b(compar\w*|measur\w*|judg\w*|us(e|ing)|grouped|lumped|count\w*)\b[^?]{0,30}\b(non[- ]?us|foreign|international|visa[- ]seeking)\b[^?]{0,10}\b(imgs?|graduates?|applicants?|stats|figures|numbers|data)\b/i;
/** "do the non-US IMG numbers apply to me?", "am I counted with them or different?", "which group am I in?": whether
 *  the comparison group is the asker's own, asked without a "why". */
const ASKS_GROUP = /\b(non[- ]?us|foreign|international)\b[^?]{0,15}\b(imgs?|graduates?|applicants?)?\b[^?]{0,10}\b(stats|figures|numbers|data|rates?|percent\w*|%)\b[^?]{0,30}\b(apply|count|relevant|true|same)\b[^?]{0,15}\b(to|for)\s+(me|my case|someone like me)\b|\b(am i|are we|would i be|do i count as|do i fall (in|under))\b[^?]{0,25}\b(different|the same|counted|included|in (that|the same|this) group|a non[- ]?us img|non[- ]?us|a us img|us[- ]citizen img)\b|\bwhich (group|category|pool)\b[^?]{0,20}\b(am i|do i|i'?m|i am)\b/i;
/** The asker saying they are a citizen, in the same message. */
const SAYS_CITIZEN = /\b(i'?m|im|i am|as)\s+(a\s+)?(us\s+|u\.s\.\s+|american\s+)?citizen\b|\b(i'?m|im|i am)\s+(an?\s+)?american\b(?!\s+(medical|school|university|graduate|img))|\b(i'?m|im|i am|i was|was)\s+(us|u\.s\.|american)[- ]born\b|(?:^|\b(?:i was|i'?m|im|i am)\s+)born (in|and raised in) (the )?(us|u\.s\.|usa|united states|america|[a-z]+, (ca|tx|ny|fl|il))\b|\bi have (a )?(us|u\.s\.|american) (citizenship|passport)\b/i;

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** The answer for a US citizen who questions the comparison group, else undefined. */
export function citizenComparison(question: string, profile: Profile | undefined): string | undefined {
  if (!ASKS.test(question) && !ASKS_GROUP.test(question)) return undefined;
  const visa = profile?.visa;
  if (!(visa === 'us_citizen' || (SAYS_CITIZEN.test(question) && visa !== 'green_card' && !/green ?card|permanent resident/i.test(question)))) return undefined;
  const { usImgMatchRate: us, nonUsImgMatchRate: non } = RATES_2026;
  return [
    `${ASKS.test(question) ? 'Because' : 'Not as your own group:'} the score figures we hold are for non-US IMGs: the NRMP publishes Step 2 CK figures for US-citizen IMGs separately (NRMP Charting Outcomes for US IMGs, nrmp.org), and those are not in our data. So for you they are a stricter comparison, shown for reference, not as your group's figures.`,
    `As a US citizen you need no visa, so no program is closed to you for a visa, and that is counted in your plan. US-citizen IMGs matched at ${pct(us.value)} in ${us.year} against ${pct(non.value)} for non-US IMGs (${non.source}, nrmp.org).`,
    `Everything else in your file (scores, attempts, graduation year, US experience and letters) is judged as for any IMG, a US citizen included.`,
  ].join('\n');
}
